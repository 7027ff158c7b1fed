/// A page laid out in a table of two columns, as `w3m -dump` prints an old forum's posts (the poster's name, rank and
/// fields on the left, the post on the right, side by side on each line), is read as a person reads it: each cell of
/// the left column, then the lines of the right column beside it. The right column is found by the page itself:
/// many lines have a gap of spaces that ends at the same column, and many others start there.
enum TableColumns {
    static func split(_ lines: inout [PageLine], rules: PlainTextRules) {
        guard let column = rightColumn(of: lines, rules: rules) else { return }
        // Each line's part in the left column and in the right; a line across both (a heading, a row of links) is neither.
        let parts = lines.map { line -> (left: PageLine?, right: PageLine?) in
            if let gap = gap(in: line, endingAt: column, rules: rules) {
                return (PageLine(text: String(line.text[..<gap.lowerBound]), number: line.number, blanksBefore: Int(line.blanksBefore),
                                 indent: Int(line.indent)),
                        PageLine(text: String(line.text[gap.upperBound...]), number: line.number, blanksBefore: 0, indent: column))
            }
            if Int(line.indent) >= column { return (nil, line) }
            if Int(line.indent) + line.text.count < column { return (line, nil) }
            return (nil, nil)
        }
        var read: [PageLine] = []
        read.reserveCapacity(lines.count + lines.count / 4)
        var index = 0
        while index < lines.count {
            guard parts[index].left != nil else {
                read.append(parts[index].right ?? lines[index])
                index += 1
                continue
            }
            // A cell of the left column goes on while its lines follow one another, a line or two of the right column
            // between them: the poster's name, rank and fields beside the post. It is read first, then the right beside it.
            var end = index
            var apart = 0
            while end < lines.count, apart < 2 {
                if parts[end].left != nil, end == index || lines[end].blanksBefore == 0 {
                    apart = 0
                } else if parts[end].right != nil, lines[end].blanksBefore == 0 {
                    apart += 1
                } else {
                    break
                }
                end += 1
            }
            while end > index, parts[end - 1].left == nil { end -= 1 }
            read += parts[index..<end].compactMap(\.left)
            read += parts[index..<end].compactMap(\.right)
            index = end
        }
        lines = read
    }

    /// The column most gaps end at, when it is the table's: a gap of `tableGap` spaces or more ends there on
    /// `tableRows` lines or more, and as many lines again start there on their own (the post going on under its header).
    private static func rightColumn(of lines: [PageLine], rules: PlainTextRules) -> Int? {
        var gapEnds: [Int: Int] = [:]
        var starts = [Int](repeating: 0, count: Int(UInt8.max) + 1)
        // Every line's bytes are looked through: on every core.
        let gapped = [Bool](count: lines.count, concurrentlyInPieces: PageLine.pieces(for: lines.count)) { hasGap(lines[$0].text, rules: rules) }
        for (line, gapped) in zip(lines, gapped) {
            starts[Int(line.indent)] += 1
            guard gapped else { continue }
            var column = Int(line.indent)
            var spaces = 0
            for character in line.text {
                if character == " " {
                    spaces += 1
                } else {
                    if spaces >= rules.tableGap { gapEnds[column, default: 0] += 1 }
                    spaces = 0
                }
                column += 1
            }
        }
        // Ties go the same way on every run: the leftmost column.
        guard let best = gapEnds.filter({ $0.key >= rules.tableMinimumColumn }).max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
              best.value >= rules.tableRows, best.key < starts.count, starts[best.key] >= rules.tableRows else { return nil }
        return best.key
    }

    /// `tableGap` spaces in a row somewhere in `text`: a byte scan, since every line of a large page is asked.
    private static func hasGap(_ text: String, rules: PlainTextRules) -> Bool {
        // Every line of a page is asked: its bytes in place, and the gap read from the rules once.
        let gap = rules.tableGap
        return text.withBytes { bytes in
            var run = 0
            for byte in bytes {
                run = byte == 0x20 ? run + 1 : 0
                if run == gap { return true }
            }
            return false
        }
    }

    /// Words each alone in its cell, cells `tableGap` spaces or more apart: "Author          Message". A byte scan.
    static func isOneWordCells(_ text: String, rules: PlainTextRules) -> Bool {
        let gap = rules.tableGap
        return text.withBytes { bytes in
            var run = 0, gaps = 0, started = false
            for byte in bytes {
                if byte == 0x20 { run += 1; continue }
                if started, run > 0 {
                    guard run >= gap else { return false }
                    gaps += 1
                }
                (started, run) = (true, 0)
            }
            return gaps > 0
        }
    }

    /// The run of spaces in `line` that ends just before `column`, when the text on both sides of it is not empty.
    private static func gap(in line: PageLine, endingAt column: Int, rules: PlainTextRules) -> Range<String.Index>? {
        let offset = column - Int(line.indent)
        guard offset > rules.tableGap, line.text.count > offset,
              let end = line.text.index(line.text.startIndex, offsetBy: offset, limitedBy: line.text.endIndex),
              line.text[end] != " " else { return nil }
        var start = end
        while start > line.text.startIndex, line.text[line.text.index(before: start)] == " " { start = line.text.index(before: start) }
        guard line.text.distance(from: start, to: end) >= 2, start > line.text.startIndex else { return nil }
        return start..<end
    }
}
