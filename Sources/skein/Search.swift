import ArgumentParser
import Foundation
import Store

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the comments of the threads under folders (indexed in the state store as they are read).")

    @Argument(help: "Words to find; \"quoted words\" as a phrase.")
    var query: String

    @Argument(help: "Folders or thread files to search (default: the current folder).", completion: .directory)
    var paths: [String] = []

    func run() throws {
        let opened = StateStore.open(disabled: false)
        if let warning = opened.warning { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        guard let store = opened.store else { fail("search needs the state store, which is off (SKEIN_STATE=off)") }
        defer { store.close() }
        let files = LibraryFiles.index(LibraryFiles.collect(paths.isEmpty ? ["."] : paths), in: store)
        let hits = store.search(query, in: files)
        let terminal = isatty(STDOUT_FILENO) == 1
        let here = FileManager.default.currentDirectoryPath + "/"
        for hit in hits {
            let file = hit.path.hasPrefix(here) ? String(hit.path.dropFirst(here.count)) : hit.path
            // On a terminal the matches are bold; a pipe gets the words alone.
            let snippet = hit.snippet.split(separator: "\n").joined(separator: " ")
                .replacingOccurrences(of: "[", with: terminal ? "\u{1B}[1m" : "").replacingOccurrences(of: "]", with: terminal ? "\u{1B}[22m" : "")
            print("\(file):\(hit.comment)  \(hit.author ?? "anonymous")  \(snippet)")
        }
        if hits.isEmpty { throw ExitCode(1) }
    }
}
