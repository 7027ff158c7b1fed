import Dispatch
import Foundation
import Reader
import ThreadKit

/// What skein remembers between openings, in SQLite at `$XDG_STATE_HOME/skein/state.sqlite3` (default
/// `~/.local/state/skein/`): for each thread, its comments by key (`Thread.commentKeys`, stored as integers), which
/// were read, where the reader was, and its folds, author filter and theme. Every use of the database runs on one
/// serial queue, so a key never waits for the
/// disk: the reader's changes are queued and written in a transaction every few hundred milliseconds. WAL
/// mode, so a kill loses at most the last of those batches; a busy timeout, so two skeins can share the file.
public final class StateStore: @unchecked Sendable {
    /// The schema this build reads and writes; a store from a newer skein is moved aside, never rewritten.
    static let schemaVersion: Int64 = 4
    static let flushDelay = 0.3

    let database: SQLite
    let queue = DispatchQueue(label: "skein.state")
    /// Thread row and comment keys of each document the driver told about; touched only on `queue`.
    private var documents: [Int: (thread: Int64, keys: [UInt64])] = [:]
    private var pending: [(thread: Int64, key: UInt64, read: Bool)] = []
    private var positions: [Int64: UInt64] = [:]
    private var views: [Int64: [SQLite.Value]] = [:]
    private var flushScheduled = false

    /// The store to use, or nil with the one line to warn: turned off (`--no-state`, `SKEIN_STATE=off`),
    /// unopenable, damaged or from a newer skein (then moved aside, so the next run starts afresh).
    public static func open(disabled: Bool, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> (store: StateStore?, warning: String?) {
        if disabled || environment["SKEIN_STATE"]?.lowercased() == "off" { return (nil, nil) }
        let path = location(environment: environment)
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            return (try StateStore(path: path), nil)
        } catch let failure as SQLite.Failure where failure.isCorrupt {
            return (nil, moveAside(path, because: "is damaged (\(failure.description))"))
        } catch let newer as NewerSchema {
            return (nil, moveAside(path, because: "was written by a newer skein (schema \(newer.version))"))
        } catch {
            return (nil, "skein: remembering nothing this time: \(path): \(error)")
        }
    }

    public static func location(environment: [String: String]) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (home as NSString).appendingPathComponent(".local/state")
        return (state as NSString).appendingPathComponent("skein/state.sqlite3")
    }

    struct NewerSchema: Error { var version: Int64 }

    init(path: String) throws {
        database = try SQLite(path: path)
        try database.execute("PRAGMA busy_timeout = 3000")
        var version: Int64 = 0
        try database.query("PRAGMA user_version") { version = $0.integer(0) }
        guard version <= Self.schemaVersion else { throw NewerSchema(version: version) }
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        if version < 1 {
            try database.execute("""
                BEGIN;
                CREATE TABLE IF NOT EXISTS threads(id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, path TEXT, title TEXT,
                                                   format TEXT, comments INTEGER, opened REAL, position TEXT);
                CREATE TABLE IF NOT EXISTS comments(thread INTEGER NOT NULL, key TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0,
                                                    PRIMARY KEY(thread, key)) WITHOUT ROWID;
                PRAGMA user_version = 1;
                COMMIT;
                """)
        }
        if version < 2 {
            // The library: what each thread file held when last read, and its comments' words for search.
            try database.execute("""
                BEGIN;
                CREATE TABLE IF NOT EXISTS files(path TEXT PRIMARY KEY, size INTEGER, mtime REAL, thread TEXT, title TEXT,
                                                 format TEXT, comments INTEGER, first_row INTEGER, last_row INTEGER);
                CREATE TABLE IF NOT EXISTS bookmarks(thread TEXT NOT NULL, comment TEXT NOT NULL, path TEXT, title TEXT, author TEXT,
                                                     words TEXT, created REAL, PRIMARY KEY(thread, comment));
                CREATE VIRTUAL TABLE IF NOT EXISTS texts USING fts5(path UNINDEXED, comment UNINDEXED, author, body,
                                                                   tokenize = 'unicode61 remove_diacritics 2');
                PRAGMA user_version = 2;
                COMMIT;
                """)
        }
        if version < 3 {
            // Each thread's view as it was left (`StoredView`). Columns have no IF NOT EXISTS: those another skein
            // added meanwhile are looked up, under a write lock.
            try database.execute("BEGIN IMMEDIATE")
            var columns: Set<String> = []
            try database.query("PRAGMA table_info(threads)") { columns.insert($0.text(1) ?? "") }
            for column in ["folded", "shown_authors", "hidden_authors", "theme"] where !columns.contains(column) {
                try database.execute("ALTER TABLE threads ADD COLUMN \(column) TEXT")
            }
            try database.execute("PRAGMA user_version = 3; COMMIT")
        }
        if version < 4 { try numberKeys() }
    }

    /// Schema 4 keeps comment keys as integers (`Thread.commentKeys`): recalling a 100,000-comment thread read
    /// and matched 100,000 strings before. The keys stores wrote before are turned into those numbers.
    private func numberKeys() throws {
        // Under a write lock, and only if no other skein did it meanwhile.
        try database.execute("BEGIN IMMEDIATE")
        do {
            var current: Int64 = 0
            try database.query("PRAGMA user_version") { current = $0.integer(0) }
            guard current < 4 else { return try database.execute("COMMIT") }
            try database.execute("""
                CREATE TABLE marks(thread INTEGER NOT NULL, key INTEGER NOT NULL, read INTEGER NOT NULL DEFAULT 0,
                                   PRIMARY KEY(thread, key)) WITHOUT ROWID
                """)
            var marks: [[SQLite.Value]] = []
            try database.query("SELECT thread, key, read FROM comments") { row in
                guard let key = row.text(1).flatMap(ThreadKit.Thread.commentKey(stored:)) else { return }
                marks.append([.integer(row.integer(0)), .stored(key), .integer(row.integer(2))])
            }
            try database.repeated("INSERT OR IGNORE INTO marks(thread, key, read) VALUES (?, ?, ?)", marks)
            var positions: [[SQLite.Value]] = []
            try database.query("SELECT id, position FROM threads WHERE position IS NOT NULL") { row in
                let key = row.text(1).flatMap(ThreadKit.Thread.commentKey(stored:))
                positions.append([key.map(SQLite.Value.stored) ?? .null, .integer(row.integer(0))])
            }
            try database.repeated("UPDATE threads SET position = ? WHERE id = ?", positions)
            var bookmarks: [[SQLite.Value]] = []
            try database.query("SELECT thread, comment FROM bookmarks") { row in
                guard let thread = row.text(0), let old = row.text(1), let key = ThreadKit.Thread.commentKey(stored: old) else { return }
                bookmarks.append([.stored(key), .text(thread), .text(old)])
            }
            try database.repeated("UPDATE bookmarks SET comment = ? WHERE thread = ? AND comment = ?", bookmarks)
            var folds: [[SQLite.Value]] = []
            try database.query("SELECT id, folded FROM threads WHERE folded IS NOT NULL") { row in
                let keys = StoredView.list(row.text(1)).compactMap(ThreadKit.Thread.commentKey(stored:))
                folds.append([.text(StoredView.text(keys.map { String($0) })), .integer(row.integer(0))])
            }
            try database.repeated("UPDATE threads SET folded = ? WHERE id = ?", folds)
            try database.execute("DROP TABLE comments; PRAGMA user_version = 4; COMMIT")
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }

    /// A damaged or newer store is renamed, not deleted: the marks in it may still be wanted.
    private static func moveAside(_ path: String, because reason: String) -> String {
        let aside = path + ".aside-\(Int(Date().timeIntervalSince1970))"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix) }
        return "skein: the state store \(path) \(reason); moved it to \(aside) and remembering nothing this time"
    }

    /// What is remembered of `thread` (opened as document `document`, from `path`), handed to `done` on the
    /// store's queue; the thread's comments are recorded as seen, so the next opening knows what is new.
    public func recall(_ thread: ThreadKit.Thread, document: Int, path: String, done: @escaping @Sendable (Recollection) -> Void) {
        queue.async { [self] in
            // Keyed here, off the caller's thread: the reader draws its first screen meanwhile.
            let key = thread.identityKey, keys = thread.commentKeys
            let title = thread.title, format = thread.format, count = thread.comments.count
            do {
                var row: Int64?
                var position: UInt64?
                var view: StoredView?
                try database.query("SELECT id, position, folded, shown_authors, hidden_authors, theme FROM threads WHERE key = ?", [.text(key)]) {
                    row = $0.integer(0)
                    position = $0.storedKey(1)
                    view = StoredView(row: $0, from: 2)
                }
                var known: [UInt64: Bool] = [:]
                if let row {
                    known.reserveCapacity(keys.count)
                    try database.query("SELECT key, read FROM marks WHERE thread = ?", [.integer(row)]) { known[$0.storedKey(0) ?? 0] = $0.integer(1) != 0 }
                }
                try database.execute("BEGIN")
                if let row {
                    try database.query("UPDATE threads SET path = ?, title = ?, comments = ?, opened = ? WHERE id = ?",
                                       [.text(path), title.map { .text($0) } ?? .null, .integer(Int64(count)), .real(Date().timeIntervalSince1970), .integer(row)])
                } else {
                    try database.query("INSERT INTO threads(key, path, title, format, comments, opened) VALUES (?, ?, ?, ?, ?, ?)",
                                       [.text(key), .text(path), title.map { .text($0) } ?? .null, .text(format), .integer(Int64(count)),
                                        .real(Date().timeIntervalSince1970)])
                }
                let thread = row ?? database.lastInsertedRow
                try database.repeated("INSERT OR IGNORE INTO marks(thread, key) VALUES (?, ?)",
                                      keys.filter { known[$0] == nil }.map { [.integer(thread), .stored($0)] })
                try database.execute("COMMIT")
                documents[document] = (thread, keys)
                var recollection = Recollection()
                for (index, commentKey) in keys.enumerated() {
                    switch known[commentKey] {
                    case true?: recollection.read.insert(Int32(index))
                    case nil where row != nil: recollection.new.insert(Int32(index))
                    default: break
                    }
                }
                recollection.position = position.flatMap { keys.firstIndex(of: $0) }.map(Int32.init)
                recollection.view = view?.view(keys: keys)
                done(recollection)
            } catch {
                try? database.execute("ROLLBACK")
            }
        }
    }

    /// Read marks to keep; written with others in one transaction a moment later.
    public func record(_ changes: [ReadingChange]) {
        guard !changes.isEmpty else { return }
        queue.async { [self] in
            for change in changes {
                guard let document = documents[change.document], document.keys.indices.contains(Int(change.comment)) else { continue }
                pending.append((document.thread, document.keys[Int(change.comment)], change.isRead))
            }
            scheduleFlush()
        }
    }

    /// Where the reader is in a document, to open there next time.
    public func recordPosition(document: Int, comment: Int32?) {
        queue.async { [self] in
            guard let entry = documents[document], let comment, entry.keys.indices.contains(Int(comment)) else { return }
            positions[entry.thread] = entry.keys[Int(comment)]
            scheduleFlush()
        }
    }

    /// How the reader was looking at a document (folds, filter, theme), to look so again next time.
    public func recordView(document: Int, _ view: RememberedView) {
        queue.async { [self] in
            guard let entry = documents[document] else { return }
            views[entry.thread] = StoredView(view, keys: entry.keys).values
            scheduleFlush()
        }
    }

    /// Writes what is queued now and waits for it: at exit.
    public func close() {
        queue.sync { flush() }
    }

    private func scheduleFlush() {
        guard !flushScheduled else { return }
        flushScheduled = true
        queue.asyncAfter(deadline: .now() + Self.flushDelay) { [self] in flush() }
    }

    private func flush() {
        flushScheduled = false
        guard !pending.isEmpty || !positions.isEmpty || !views.isEmpty else { return }
        do {
            try database.execute("BEGIN")
            try database.repeated("UPDATE marks SET read = ? WHERE thread = ? AND key = ?",
                                  pending.map { [.integer($0.read ? 1 : 0), .integer($0.thread), .stored($0.key)] })
            try database.repeated("UPDATE threads SET position = ? WHERE id = ?", positions.map { [.stored($0.value), .integer($0.key)] })
            try database.repeated("UPDATE threads SET folded = ?, shown_authors = ?, hidden_authors = ?, theme = ? WHERE id = ?",
                                  views.map { $0.value + [.integer($0.key)] })
            try database.execute("COMMIT")
            pending.removeAll()
            positions.removeAll()
            views.removeAll()
        } catch {
            try? database.execute("ROLLBACK")
        }
    }
}
