/// "OP•6 hr. ago" under a name where the page's other names have "•6 hr. ago": a copy glued a badge (or a removed poster's
/// "[deleted]") to the header's date line, which the page otherwise sets on a line of its own. Split into the word's line and
/// the date's, the two lines every layout already reads.
enum GluedBadges {
    static func split(_ lines: inout [PageLine], rules: PlainTextRules) {
        // The shapes of the lines a bullet opens ("•7 hr. ago"), seen often enough to be the page's.
        var opened: [String: Int] = [:]
        // A list's entries repeat ("• permalink" under every comment): each text is shaped once.
        var shapes: [String: String?] = [:]
        for line in lines where line.isShort && opensWithBullet(line.text) {
            if shapes[line.text] == nil { shapes[line.text] = .some(Furniture.shape(line.text, rules: rules)) }
            if let shape = shapes[line.text] ?? nil { opened[shape, default: 0] += 1 }
        }
        let pageShapes = Set(opened.filter { $0.value >= rules.furnitureMinimumRepeats }.keys)
        guard !pageShapes.isEmpty else { return }
        var split: [PageLine] = []
        split.reserveCapacity(lines.count + 16)
        for line in lines {
            guard line.isShort, let (word, rest) = gluedWord(in: line.text), let shape = Furniture.shape(String(rest), rules: rules),
                  pageShapes.contains(shape) else {
                split.append(line)
                continue
            }
            split.append(PageLine(text: String(word), number: line.number, blanksBefore: Int(line.blanksBefore), indent: Int(line.indent)))
            split.append(PageLine(text: String(rest), number: line.number, blanksBefore: 0, indent: Int(line.indent) + word.count))
        }
        lines = split
    }

    /// "•" (E2 80 A2) or "·" (C2 B7) first, read on the bytes: every short line is asked.
    private static func opensWithBullet(_ text: String) -> Bool {
        text.utf8.starts(with: [0xE2, 0x80, 0xA2]) || text.utf8.starts(with: [0xC2, 0xB7])
    }

    /// One word with no space, glued to a bullet that opens the rest: ("OP", "•6 hr. ago").
    private static func gluedWord(in text: String) -> (Substring, Substring)? {
        // Most lines hold neither bullet's bytes: passed over on them.
        guard text.utf8.contains(0xA2) || text.utf8.contains(0xB7), let bullet = text.firstIndex(where: { $0 == "•" || $0 == "·" }),
              bullet > text.startIndex, !text[..<bullet].utf8.contains(0x20), text.index(after: bullet) < text.endIndex else { return nil }
        return (text[..<bullet], text[bullet...])
    }
}
