import Foundation
import Reader

/// A thread's view as the `threads` table keeps it: folded comments by key (indices change when a thread is saved
/// again and grows; in decimal), the filter's authors, and the theme's name; the lists as JSON, which any name can go in.
struct StoredView {
    var folded: [UInt64]
    var shownAuthors: [String]
    var hiddenAuthors: [String]
    var theme: String?

    init(_ view: RememberedView, keys: [UInt64]) {
        folded = view.folded.sorted().compactMap { keys.indices.contains(Int($0)) ? keys[Int($0)] : nil }
        shownAuthors = view.shownAuthors.sorted()
        hiddenAuthors = view.hiddenAuthors.sorted()
        theme = view.theme
    }

    /// The view in the row's columns from `column` on; nil when none was ever kept (the folds column is NULL).
    init?(row: SQLite.Row, from column: Int32) {
        guard let folded = row.text(column) else { return nil }
        self.folded = Self.list(folded).compactMap { UInt64($0) }
        shownAuthors = Self.list(row.text(column + 1))
        hiddenAuthors = Self.list(row.text(column + 2))
        theme = row.text(column + 3)
    }

    /// The columns' values, in order.
    var values: [SQLite.Value] {
        [.text(Self.text(folded.map { String($0) })), .text(Self.text(shownAuthors)), .text(Self.text(hiddenAuthors)), theme.map { .text($0) } ?? .null]
    }

    /// The view for the thread whose comment keys are `keys`: folds of comments no longer in it are dropped.
    func view(keys: [UInt64]) -> RememberedView {
        var indices: Set<Int32> = []
        if !folded.isEmpty {
            let wanted = Set(folded)
            for (index, key) in keys.enumerated() where wanted.contains(key) { indices.insert(Int32(index)) }
        }
        return RememberedView(folded: indices, shownAuthors: Set(shownAuthors), hiddenAuthors: Set(hiddenAuthors), theme: theme)
    }

    static func text(_ list: [String]) -> String {
        (try? JSONSerialization.data(withJSONObject: list)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func list(_ text: String?) -> [String] {
        text.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String] } ?? []
    }
}
