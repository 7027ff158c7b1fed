/// A pager: the numbers of a list's pages, one after another, on one line ("Pages: 1 2 3 Next »") or down a run of short lines
/// ("1" / "2" / "3" / "next" / "last »", a list's items in a text browser's copy). Under the comments it ends them: what follows
/// is the site's, however name-like ("Donate Now").
enum PageNumbers {
    /// "Pages", "Page 2 of 5": a pager's heading, words of pagers and figures only.
    static func isHeading(_ text: String, rules: PlainTextRules) -> Bool {
        text.utf8.count < 24 && text.contains(where: \.isLetter) && text.split(separator: " ").allSatisfy { word in
            let bare = word.trimmingPunctuation
            return bare.isEmpty || bare.allSatisfy(\.isNumber) || rules.pagerWords.contains(bare.lowercased())
        }
    }

    /// Whether a pager starts at line `index` (a heading such as "Pages" over it may stand just above: `isHeading`).
    static func start(at index: Int, in lines: [PageLine], rules: PlainTextRules) -> Bool {
        // A pager's lines are short (the walk below reads none that is not): a paragraph is passed over before its first word
        // is looked for, which in a script without spaces is the whole paragraph.
        // Most lines open otherwise: a figure, a list's bullet or an opening arrow comes first in a pager.
        guard lines[index].isShort, let first = lines[index].text.utf8.first, first &- 0x30 < 10 || first >= 0x80 || first == UInt8(ascii: "*")
                || first == UInt8(ascii: "<") || first == UInt8(ascii: "[") else { return false }
        // Its first word past a bullet is a number, a pager's word or an arrow: looked at, as a slice, before any line is split
        // (asked of every line).
        let text = lines[index].text[...]
        var opening = text.prefix { $0 != " " }
        if opening.isListBullet { opening = text.dropFirst(opening.count).drop { $0 == " " }.prefix { $0 != " " } }
        let bare = opening.trimmingPunctuation
        guard bare.isEmpty || bare.allSatisfy(\.isASCIIDigit) || bare.count <= 8 && rules.pagerWords.contains(bare.lowercased()) else { return false }
        var numbers: [Int] = []
        var moves = 0
        var line = index
        while line < lines.count, line == index || lines[line].blanksBefore == 0, lines[line].isShort,
              line - index < rules.pagerMaximumLines {
            let words = lines[line].text.split(separator: " ").filter { !$0.isListBullet }
            guard !words.isEmpty else { break }
            var read = 0
            for word in words {
                let bare = word.trimmingPunctuation
                if let number = Int(bare), number > 0, numbers.last.map({ number == $0 + 1 }) ?? true {
                    numbers.append(number)
                } else if bare.isEmpty || rules.pagerWords.contains(bare.lowercased()) {
                    moves += 1
                } else {
                    break
                }
                read += 1
            }
            // A line with other words on it is no pager's, nor is what follows it.
            if read < words.count { if line == index { return false }; break }
            line += 1
        }
        return numbers.count >= rules.pagerMinimumNumbers || numbers.count >= 2 && moves > 0
    }
}
