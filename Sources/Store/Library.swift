import Foundation
import Reader
import ThreadKit

/// One thread file of a library, as the store knows it.
public struct LibraryEntry: Sendable, Equatable {
    public var path: String
    public var title: String?
    public var format: String
    public var comments: Int
    public var unread: Int
    public var new: Int
    /// When it was last opened; nil for never.
    public var lastRead: Date?
}

extension StateStore {
    /// The entry for a thread file, read again only when its size or time changed (`parse` is called then;
    /// nil means it holds no thread), its comments' words put in the search index.
    public func index(path: String, size: Int64, modified: Double, parse: () -> ThreadKit.Thread?) -> Bool {
        queue.sync {
            var cached = false
            try? database.query("SELECT 1 FROM files WHERE path = ? AND size = ? AND mtime = ?", [.text(path), .integer(size), .real(modified)]) { _ in
                cached = true
            }
            if cached { return true }
            let thread = parse()
            do {
                try database.execute("BEGIN")
                // The file's words from before, by their row numbers: a search index's path column has no index.
                var rows: (Int64, Int64)?
                try database.query("SELECT first_row, last_row FROM files WHERE path = ? AND first_row IS NOT NULL", [.text(path)]) {
                    rows = ($0.integer(0), $0.integer(1))
                }
                if let rows { try database.query("DELETE FROM texts WHERE rowid BETWEEN ? AND ?", [.integer(rows.0), .integer(rows.1)]) }
                var first: Int64?, last: Int64?
                if let thread, !thread.comments.isEmpty {
                    try database.repeated("INSERT INTO texts(path, comment, author, body) VALUES (?, ?, ?, ?)",
                                          thread.comments.enumerated().map { index, comment in
                                              [.text(path), .integer(Int64(index)), comment.author.map { .text($0) } ?? .null,
                                               .text(comment.blocks.map(\.text).joined(separator: "\n"))]
                                          })
                    last = database.lastInsertedRow
                    first = last.map { $0 - Int64(thread.comments.count) + 1 }
                }
                try database.query("""
                    INSERT OR REPLACE INTO files(path, size, mtime, thread, title, format, comments, first_row, last_row)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.text(path), .integer(size), .real(modified), thread.map { .text($0.identityKey) } ?? .null,
                          thread?.title.map { .text($0) } ?? .null, thread.map { .text($0.format) } ?? .null,
                          .integer(Int64(thread?.comments.count ?? 0)), first.map { .integer($0) } ?? .null, last.map { .integer($0) } ?? .null])
                try database.execute("COMMIT")
            } catch {
                try? database.execute("ROLLBACK")
            }
            return false
        }
    }

    /// The thread files among `paths` (text with no comments is no thread), with what is read and new in each,
    /// last read first, then by name.
    public func entries(_ paths: [String]) -> [LibraryEntry] {
        queue.sync {
            var found: [LibraryEntry] = []
            let wanted = Set(paths)
            try? database.query("""
                SELECT f.path, f.title, f.format, f.comments, t.opened,
                       (SELECT count(*) FROM marks m WHERE m.thread = t.id AND m.read = 1),
                       (SELECT count(*) FROM marks m WHERE m.thread = t.id)
                FROM files f LEFT JOIN threads t ON t.key = f.thread
                WHERE f.format IS NOT NULL AND NOT (f.format = 'plain-text' AND f.comments = 0)
                """) { row in
                guard let path = row.text(0), wanted.contains(path) else { return }
                let comments = Int(row.integer(3))
                let opened = row.double(4)
                found.append(LibraryEntry(path: path, title: row.text(1), format: row.text(2) ?? "", comments: comments,
                                          unread: max(0, comments - Int(row.integer(5))),
                                          new: opened == nil ? 0 : max(0, comments - Int(row.integer(6))),
                                          lastRead: opened.map { Date(timeIntervalSince1970: $0) }))
            }
            return found.sorted { a, b in
                if a.lastRead != b.lastRead { return (a.lastRead ?? .distantPast) > (b.lastRead ?? .distantPast) }
                return a.path < b.path
            }
        }
    }

    /// Comments of the files in `paths` whose words match `query` (each word as it is, quotes and all), best
    /// first, with their thread's title: by FTS5's bm25 among the `candidates` matches indexed last. On a million
    /// comments, ranking all 100,000 matches of a common word took 0.23 s, ranking the last 10,000 about 15 ms.
    public func search(_ query: String, in paths: [String], limit: Int = 50, candidates: Int = 10_000) -> [SearchHit] {
        queue.sync {
            let wanted = Set(paths)
            let phrase = query.split(separator: " ").map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
            var ranked: [(row: Int64, score: Double)] = []
            try? database.query("SELECT rowid, bm25(texts) FROM texts WHERE texts MATCH ? ORDER BY rowid DESC LIMIT ?",
                                [.text(phrase), .integer(Int64(candidates))]) { ranked.append(($0.integer(0), $0.double(1) ?? 0)) }
            // Enough of the best to fill `limit` when some lie in files not asked about; only they are read and
            // get snippets. The rowid's `+` keeps it from choosing the plan, which snippet() could not run in.
            let best = ranked.sorted { $0.score < $1.score }.prefix(limit * 4).map(\.row)
            guard let first = best.min() else { return [] }
            var found: [Int64: SearchHit] = [:]
            try? database.query("""
                SELECT rowid, path, comment, author, snippet(texts, 3, ?, ?, '…', 12) FROM texts
                WHERE texts MATCH ? AND rowid >= ? AND +rowid IN (\(best.map(String.init).joined(separator: ",")))
                """, [.text(SnippetMarks.start), .text(SnippetMarks.end), .text(phrase), .integer(first)]) { row in
                guard let path = row.text(1), wanted.contains(path) else { return }
                let snippet = SnippetMarks.read(row.text(4) ?? "")
                found[row.integer(0)] = SearchHit(path: path, title: nil, comment: Int(row.integer(2)), author: row.text(3),
                                                  snippet: snippet.text, matches: snippet.matches)
            }
            var hits = Array(best.compactMap { found[$0] }.prefix(limit))
            var titles: [String: String?] = [:]
            for index in hits.indices {
                let path = hits[index].path
                if titles[path] == nil {
                    var title: String?
                    try? database.query("SELECT title FROM files WHERE path = ?", [.text(path)]) { title = $0.text(0) }
                    titles[path] = title
                }
                hits[index].title = titles[path] ?? nil
            }
            return hits
        }
    }

    /// Bookmarks the comment `comment` of `thread` (opened as `document` from `path`), or takes its bookmark
    /// away; true when it is bookmarked now.
    public func toggleBookmark(_ thread: ThreadKit.Thread, comment: Int32, path: String) -> Bool {
        let key = thread.identityKey, commentKey = thread.commentKeys[Int(comment)]
        let marked = thread.comments[Int(comment)]
        let words = marked.blocks.first { $0.kind != .quote }?.text ?? marked.blocks.first?.text ?? ""
        return queue.sync {
            var exists = false
            try? database.query("SELECT 1 FROM bookmarks WHERE thread = ? AND comment = ?", [.text(key), .stored(commentKey)]) { _ in exists = true }
            if exists {
                try? database.query("DELETE FROM bookmarks WHERE thread = ? AND comment = ?", [.text(key), .stored(commentKey)])
            } else {
                try? database.query("INSERT INTO bookmarks(thread, comment, path, title, author, words, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                    [.text(key), .stored(commentKey), .text(path), thread.title.map { .text($0) } ?? .null,
                                     marked.author.map { .text($0) } ?? .null, .text(String(words.prefix(120))),
                                     .real(Date().timeIntervalSince1970)])
            }
            return !exists
        }
    }

    /// Every bookmark of every thread, the latest first.
    public func bookmarks() -> [Bookmark] {
        queue.sync {
            var found: [Bookmark] = []
            try? database.query("SELECT path, title, comment, author, words FROM bookmarks ORDER BY created DESC") { row in
                guard let comment = row.storedKey(2) else { return }
                found.append(Bookmark(path: row.text(0) ?? "", title: row.text(1), comment: comment, author: row.text(3),
                                      words: row.text(4) ?? ""))
            }
            return found
        }
    }
}
