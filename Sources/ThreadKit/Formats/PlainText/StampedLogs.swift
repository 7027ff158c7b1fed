/// A log pasted in a post ("[    1.290858] pci_bus 0000:10: resource 0 [io  0x2000-0x2fff]", a line a text browser wrapped
/// left under it: "es)"): every line opening with a stamp alike, glued one under another. None of its lines is a name.
enum StampedLogs {
    /// Stamped lines in a row, at least, for a log.
    private static let shortestLog = 3
    /// Lines a text browser may wrap one stamped line into, after its first.
    private static let wrappedLines = 2

    static func unname(_ lines: inout [PageLine]) {
        var index = 0
        while index < lines.count {
            guard let stamp = PageLayout.stamp(of: lines[index].text) else {
                index += 1
                continue
            }
            // The run: lines glued under the first, each stamped or the rest of a stamped line the browser wrapped (a line or two).
            var end = index, stamped = 1, next = index + 1
            while next < lines.count, next - end <= wrappedLines + 1, lines[next].blanksBefore == 0 {
                if PageLayout.stamp(of: lines[next].text) == stamp { (end, stamped) = (next, stamped + 1) }
                next += 1
            }
            if stamped >= shortestLog {
                for line in index...end { lines[line].nameScore = nil }
            }
            index = end + 1
        }
    }
}
