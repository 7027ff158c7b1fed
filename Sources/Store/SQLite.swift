import CSQLite

/// A thin handle on one SQLite connection: statements with bound values, rows read by column. Hand-written
/// over SQLite's C API because the store needs a dozen calls of it; the library does the real work.
final class SQLite {
    struct Failure: Error, CustomStringConvertible {
        var code: Int32
        var description: String
        /// The file is not a database, or is damaged.
        var isCorrupt: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }
    }

    private var handle: OpaquePointer?

    init(path: String) throws {
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK else {
            let failure = Failure(code: status, description: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open")
            sqlite3_close(handle)
            throw failure
        }
    }

    deinit { sqlite3_close(handle) }

    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard status == SQLITE_OK else { throw Failure(code: status, description: message.map { String(cString: $0) } ?? "error \(status)") }
    }

    /// Runs `sql` with `values` bound in order, calling `row` for each result row.
    func query(_ sql: String, _ values: [Value] = [], row: (Row) throws -> Void = { _ in }) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw lastFailure }
        defer { sqlite3_finalize(statement) }
        try bind(values, to: statement)
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw lastFailure }
            try row(Row(statement: statement))
        }
    }

    /// One prepared statement run once per set of values: a batch of writes.
    func repeated(_ sql: String, _ batches: [[Value]]) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw lastFailure }
        defer { sqlite3_finalize(statement) }
        for values in batches {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            try bind(values, to: statement)
            guard sqlite3_step(statement) == SQLITE_DONE else { throw lastFailure }
        }
    }

    var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }

    private var lastFailure: Failure {
        Failure(code: sqlite3_errcode(handle), description: String(cString: sqlite3_errmsg(handle)))
    }

    private func bind(_ values: [Value], to statement: OpaquePointer?) throws {
        for (offset, value) in values.enumerated() {
            let position = Int32(offset + 1)
            switch value {
            case .integer(let number): sqlite3_bind_int64(statement, position, number)
            case .real(let number): sqlite3_bind_double(statement, position, number)
            case .text(let text): sqlite3_bind_text(statement, position, text, -1, skein_sqlite_transient())
            case .null: sqlite3_bind_null(statement, position)
            }
        }
    }

    enum Value {
        case integer(Int64), real(Double), text(String), null

        /// A comment key (`Thread.commentKeys`), as the signed integer SQLite keeps.
        static func stored(_ key: UInt64) -> Value { .integer(Int64(bitPattern: key)) }
    }

    struct Row {
        let statement: OpaquePointer?
        func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
        /// nil for NULL.
        func double(_ column: Int32) -> Double? {
            sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_double(statement, column)
        }
        /// A comment key written with `Value.stored`; nil for NULL.
        func storedKey(_ column: Int32) -> UInt64? {
            sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : UInt64(bitPattern: sqlite3_column_int64(statement, column))
        }
        func text(_ column: Int32) -> String? {
            sqlite3_column_text(statement, column).map { String(cString: $0) }
        }
    }
}
