/// The marks FTS5's `snippet()` puts around each match, read back into plain text and match ranges, so no
/// character of the comment itself (a `[` of its own) can pass for one.
enum SnippetMarks {
    /// Start and end of text (STX, ETX): control characters, which words never hold.
    static let start = "\u{2}", end = "\u{3}"

    /// `marked` without its marks, and where they were (UTF-8 offsets in the text without them).
    static func read(_ marked: String) -> (text: String, matches: [Range<Int>]) {
        var text = ""
        var matches: [Range<Int>] = []
        var opened: Int?
        for scalar in marked.unicodeScalars {
            switch String(scalar) {
            case start: opened = text.utf8.count
            case end:
                if let from = opened, from < text.utf8.count { matches.append(from..<text.utf8.count) }
                opened = nil
            default: text.unicodeScalars.append(scalar)
            }
        }
        return (text, matches)
    }
}
