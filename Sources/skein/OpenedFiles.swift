import Foundation
import ThreadKit

/// The files named on the command line, read as the reader's documents.
///
/// For a terminal, a large page opens on its start while the whole is parsed on another thread,
/// and a Disqus export opens as all its threads, busiest first. For a pipe, each file is one thread.
struct OpenedFiles {
    private(set) var documents: [(name: String, thread: ThreadKit.Thread)] = []
    /// The file each document was read from, to read it again for its evidence (see `path(of:)`).
    private var sources: [String] = []
    /// Whole parses still running for documents that show a preview.
    private(set) var pending: [BackgroundParse] = []
    /// Why each file that could not be opened could not (`PATH: reason`).
    private(set) var failures: [String] = []

    /// Files that cannot be read are noted in `failures` and the rest open; exits with `skein: PATH: reason`
    /// only when none opens.
    init(paths: [String], options: ParseOptions, interactive: Bool) {
        for path in paths {
            let name = Self.displayName(path)
            do {
                let bytes = try ThreadFile.read(path)
                if interactive, let preview = Preview.thread(from: bytes) {
                    pending.append(BackgroundParse(document: documents.count, bytes: bytes, options: options, preview: preview))
                    documents.append((name, preview))
                } else if interactive {
                    let threads = try ThreadFile.parseEvery(bytes, path: path, options: options)
                    documents += threads.map { (threads.count > 1 ? "\(name): \($0.title ?? "untitled")" : name, $0) }
                } else {
                    documents.append((name, try ThreadFile.parse(bytes, path: path, options: options)))
                }
                sources += Array(repeating: path, count: documents.count - sources.count)
            } catch {
                failures.append("\(error)")
            }
        }
        if documents.isEmpty { fail(failures.joined(separator: "; ")) }
    }

    /// What the status line says about files that did not open.
    var notice: String? {
        failures.isEmpty ? nil : "not opened: " + failures.joined(separator: "; ")
    }

    /// The whole threads parsed since the last call, with the documents they complete.
    mutating func takeFinished() -> [(document: Int, thread: ThreadKit.Thread)] {
        var finished: [(document: Int, thread: ThreadKit.Thread)] = []
        pending.removeAll { parse in
            guard let whole = parse.result else { return false }
            finished.append((parse.document, whole))
            return true
        }
        return finished
    }

    /// The path document `index` was read from; `-` for standard input.
    func path(of document: Int) -> String { sources[document] }

    private static func displayName(_ path: String) -> String {
        path == "-" ? "(stdin)" : path == SampleThread.path ? "sample thread" : (path as NSString).lastPathComponent
    }
}
