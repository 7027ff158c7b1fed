import Foundation
import Reader
import Store
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

    /// A library's threads, each read only when first shown: until then its document is its title alone.
    init(library entries: [LibraryEntry]) {
        for entry in entries {
            var summary = "\(entry.comments) comments"
            if entry.new > 0 { summary += " · \(entry.new) new" }
            if entry.unread > 0 && entry.unread != entry.comments { summary += " · \(entry.unread) unread" }
            if entry.lastRead == nil { summary += " · not read" }
            summaries[documents.count] = summary
            documents.append((entry.title ?? (entry.path as NSString).lastPathComponent, ThreadKit.Thread(format: entry.format, title: entry.title)))
            sources.append(entry.path)
            unread.insert(documents.count - 1)
        }
    }

    /// What the store says of each library document not read yet.
    private(set) var summaries: [Int: String] = [:]

    /// Library documents not read yet.
    private(set) var unread: Set<Int> = []

    /// Starts reading a library document the reader has come to; false when there is nothing to start.
    mutating func load(document: Int, options: ParseOptions) -> Bool {
        guard unread.remove(document) != nil, let bytes = try? ThreadFile.read(sources[document]) else { return false }
        pending.append(BackgroundParse(document: document, bytes: bytes, options: options, preview: documents[document].thread))
        return true
    }

    /// Shows a bookmark: its file's document, with the comment selected; a message when the file or the
    /// comment is gone.
    mutating func open(_ mark: Bookmark, in session: ReaderSession, memory: Memory) -> String? {
        guard let document = document(at: mark.path, in: session, memory: memory) else { return "the bookmark's file cannot be read: \(mark.path)" }
        let comment = session.state.documents[document].thread.commentKeys.firstIndex(of: mark.comment).map(Int32.init)
        session.show(document: document, comment: comment)
        return comment == nil ? "the bookmarked comment is no longer in \(Self.displayName(mark.path))" : nil
    }

    /// Shows a library search's hit: its file's document, with the comment selected.
    mutating func open(_ hit: SearchHit, in session: ReaderSession, memory: Memory) -> String? {
        guard let document = document(at: hit.path, in: session, memory: memory) else { return "the file cannot be read: \(hit.path)" }
        let count = session.state.documents[document].thread.comments.count
        session.show(document: document, comment: hit.comment < count ? Int32(hit.comment) : nil)
        return hit.comment < count ? nil : "the comment is no longer in \(Self.displayName(hit.path))"
    }

    /// The document of the file at `path`: its own if it is open, else the file read now and added. A library
    /// document not read yet is read now, whole, so a comment can be found in it; what is read here is recalled.
    private mutating func document(at path: String, in session: ReaderSession, memory: Memory) -> Int? {
        if let open = sources.indices.first(where: { memory.standardized(sources[$0]) == path }) {
            if unread.remove(open) != nil, let thread = try? ThreadFile.load(path) {
                session.load(document: open, thread: thread)
                memory.recall(thread, document: open, path: path)
            }
            return open
        }
        guard let thread = try? ThreadFile.load(path) else { return nil }
        documents.append((Self.displayName(path), thread))
        sources.append(path)
        let added = session.add(name: Self.displayName(path), thread: thread)
        memory.recall(thread, document: added, path: path)
        return added
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

    /// Every file read, or to be read, as a document: what a library's search looks through.
    var paths: [String] { sources }

    /// The path document `index` was read from; `-` for standard input.
    func path(of document: Int) -> String { sources[document] }

    private static func displayName(_ path: String) -> String {
        path == "-" ? "(stdin)" : path == SampleThread.path ? "sample thread" : (path as NSString).lastPathComponent
    }
}
