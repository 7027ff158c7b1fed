/// A mark a text browser prints in the margin beside a line of text, where the page drew an image there: `w3m -dump`
/// prints Hacker News's vote arrows as `*` or `[s]` beside a comment's first lines, at a column of their own. The mark
/// is no word of the text: a line that opens with one, a gap after it, and the text going on at the column where a
/// line beside it starts, loses it.
enum MarginMarks {
    static func remove(_ lines: inout [PageLine]) {
        for index in lines.indices where lines[index].text.utf8.first.map(isMarkByte) == true {
            let text = lines[index].text
            guard let space = text.firstIndex(of: " ") else { continue }
            let mark = text[..<space]
            guard isMark(mark) else { continue }
            let rest = text[space...].drop { $0 == " " }
            let gap = text.distance(from: space, to: rest.startIndex)
            // A star needs a gap after it (a list's bullet has one space); a word in brackets is no bullet.
            guard gap >= (mark == "*" ? 2 : 1), !rest.isEmpty else { continue }
            let column = Int(lines[index].indent) + mark.count + gap
            // The text goes on at the column where the line above or below starts (a comment's header, its next line).
            let above = index > 0 && Int(lines[index - 1].indent) == column
            let below = index + 1 < lines.count && Int(lines[index + 1].indent) == column
            guard above || below else { continue }
            var line = PageLine(text: String(rest), number: lines[index].number, blanksBefore: Int(lines[index].blanksBefore), indent: column)
            line.reachedWrapWidth = lines[index].reachedWrapWidth
            lines[index] = line
        }
    }

    private static func isMarkByte(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "*") || byte == UInt8(ascii: "[") }

    /// "*", "[s]", "[x]", "[https]": a star, or a few letters in brackets (an image w3m could not name, or named by its
    /// address's scheme: a commenter's avatar).
    private static func isMark(_ word: Substring) -> Bool {
        if word == "*" { return true }
        guard word.count <= 8, word.first == "[", word.last == "]" else { return false }
        return word.dropFirst().dropLast().allSatisfy { $0.isASCII && $0.isLetter }
    }
}
