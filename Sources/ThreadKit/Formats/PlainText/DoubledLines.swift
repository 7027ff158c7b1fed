/// A line a text browser printed twice over, with nothing between: "Ganesh UdmaleGanesh Udmale", a link's text and the
/// copy the page keeps for screen readers, both printed. The line is its text once.
enum DoubledLines {
    /// Halves shorter than this may be a name of their own ("Mimi", "Lulu").
    static let minimumHalf = 3

    static func undouble(_ lines: inout [PageLine]) {
        for index in lines.indices where lines[index].isShort {
            guard let half = lines[index].text.doubledHalf else { continue }
            lines[index].text = half
        }
    }
}

extension String {
    /// The text's first half when the text is it twice ("nik snik s" → "nik s"), maybe with a mark between the two (a
    /// moderator's "KyleMit♦KyleMit"), of some letters and no repetition itself ("hahahaha" is laughter, not a name printed
    /// twice). Byte halves first: nearly every line fails on them.
    var doubledHalf: String? {
        let count = utf8.count
        guard count >= 2 * DoubledLines.minimumHalf else { return nil }
        // The bytes between the halves: none, or one mark of up to four bytes.
        for between in 0...4 where (count - between) % 2 == 0 {
            let end = utf8.index(utf8.startIndex, offsetBy: (count - between) / 2)
            let start = utf8.index(end, offsetBy: between)
            guard utf8[..<end].elementsEqual(utf8[start...]), let split = end.samePosition(in: self),
                  let rest = start.samePosition(in: self) else { continue }
            let mark = self[split..<rest]
            // A badge's sign, none of ASCII's ("subreddit:subreddit" is text).
            guard between == 0 || between > 1 && mark.count == 1 && !mark.contains(where: { $0.isLetter || $0.isNumber || $0.isWhitespace })
            else { continue }
            let half = String(self[..<split])
            // A half that repeats a shorter piece itself ("hahaha") is such a piece's repetition, not a name twice.
            guard half.count >= DoubledLines.minimumHalf, half.contains(where: \.isLetter), half.first != " ", half.last != " ",
                  !(half + half).dropFirst().dropLast().contains(half) else { return nil }
            return half
        }
        return nil
    }
}
