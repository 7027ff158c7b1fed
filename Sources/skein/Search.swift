import ArgumentParser
import Foundation
import Reader
import Store

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
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
            let author = hit.author ?? "anonymous"
            print("\(file):\(hit.comment)  \(terminal ? SafeText.printable(author) : author)  \(Self.snippet(hit, bold: terminal))")
        }
        if hits.isEmpty { throw ExitCode(1) }
    }

    /// A hit's words on one line; on a terminal the matches are bold, and the file's text can send no escape.
    static func snippet(_ hit: SearchHit, bold: Bool) -> String {
        let text = hit.snippet.replacingOccurrences(of: "\n", with: " ")
        guard bold else { return text }
        var out = ""
        var offset = 0
        let bytes = Array(text.utf8)
        for match in hit.matches where match.lowerBound >= offset && match.upperBound <= bytes.count {
            out += SafeText.printable(String(decoding: bytes[offset..<match.lowerBound], as: UTF8.self))
            out += "\u{1B}[1m" + SafeText.printable(String(decoding: bytes[match], as: UTF8.self)) + "\u{1B}[22m"
            offset = match.upperBound
        }
        return out + SafeText.printable(String(decoding: bytes[offset...], as: UTF8.self))
    }
}
