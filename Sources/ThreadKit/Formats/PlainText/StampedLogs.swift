/// A log pasted in a post ("[    1.290858] pci_bus 0000:10: resource 0 [io  0x2000-0x2fff]", a line a text browser wrapped
/// left under it: "es)"): every line opening with a stamp alike, glued one under another. None of its lines is a name, nor
/// a header of the page's layout.
enum StampedLogs {
    static func mark(_ lines: inout [PageLine], rules: PlainTextRules) {
        var index = 0
        while index < lines.count {
            guard let stamp = stamp(of: lines[index].text) else {
                index += 1
                continue
            }
            // The run: lines glued under the first, each stamped or the rest of a stamped line the browser wrapped.
            var end = index, stamped = 1, next = index + 1
            while next < lines.count, next - end <= rules.logWrappedLines + 1, lines[next].blanksBefore == 0 {
                if Self.stamp(of: lines[next].text) == stamp { (end, stamped) = (next, stamped + 1) }
                next += 1
            }
            if stamped >= rules.logShortestRun {
                for line in index...end {
                    lines[line].nameScore = nil
                    lines[line].isInLog = true
                }
            }
            index = end + 1
        }
    }

    /// The mark a stamped line opens with, a figure after it and the spaces between ("[   41.500614] …", "(12:03) …"): as a
    /// log's lines open. Read on the first bytes: asked of every line of a page.
    static func stamp(of text: String) -> UInt8? {
        let bytes = text.utf8
        guard let mark = bytes.first, mark == UInt8(ascii: "[") || mark == UInt8(ascii: "("),
              let figure = bytes.dropFirst().first(where: { $0 != 0x20 }), figure &- 0x30 < 10 else { return nil }
        return mark
    }
}
