/// A plain-text mail body as blocks, kept as mail is written: each quote level (`>`, `>>`, `> >`) its own
/// block, attribution lines (`On … wrote:`) as they are, the signature after `-- ` apart; prose paragraphs
/// rewrapped, but patches, diffstats, code, tables and indented text kept line for line, tabs and all;
/// `format=flowed` (RFC 3676) lines joined where the sender's mailer broke them.
enum MailBody {
    /// How the body's lines were sent: `format=flowed`, and whether its soft breaks added a space (`DelSp=yes`).
    struct Flowed {
        var deletesSpace: Bool
    }

    private struct Line {
        var depth: Int
        var text: Substring
        /// A flowed line ends here with a hard break.
        var hardBreak = true
    }

    static func blocks(from text: String, flowed: Flowed? = nil) -> [Block] {
        // Lines are cut and read on bytes (all ASCII marks, so cuts fall between characters): every line of a
        // large mailbox passes here.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { raw -> Line in
            var line = raw
            if line.last == 0x0D { line = line.dropLast() }
            return quoted(Substring(line), flowed: flowed != nil)
        }
        var signature: [Substring] = []
        func isSeparator(_ line: Line) -> Bool {
            line.depth == 0 && (line.text.utf8.elementsEqual("-- ".utf8) || (flowed == nil && line.text.utf8.elementsEqual("--".utf8)))
        }
        if let dash = lines.lastIndex(where: isSeparator),
           lines.count - dash <= 20 {
            signature = lines[(dash + 1)...].map(\.text)
            lines.removeSubrange(dash...)
        }
        if let flowed { lines = unflowed(lines, deletesSpace: flowed.deletesSpace) }
        var blocks: [Block] = []
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count, lines[end].depth == lines[start].depth { end += 1 }
            blocks += run(lines[start..<end], flowed: flowed != nil)
            start = end
        }
        while let last = signature.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { signature.removeLast() }
        if !signature.isEmpty { blocks.append(Block(.signature, signature.joined(separator: "\n"))) }
        return blocks
    }

    /// The line with its quote markers counted and taken off (`> > text`, `>>text`), and for flowed text the
    /// one space a mailer stuffs before a line that begins with a space or `>`.
    private static func quoted(_ line: Substring, flowed: Bool) -> Line {
        let (space, mark) = (UInt8(ascii: " "), UInt8(ascii: ">"))
        var depth = 0
        var rest = line.utf8[...]
        while true {
            var probe = rest
            if !flowed { while probe.first == space && depth > 0 { probe = probe.dropFirst() } }
            guard probe.first == mark else { break }
            depth += 1
            rest = probe.dropFirst()
            if rest.first == space { rest = rest.dropFirst() }
        }
        if flowed, depth == 0, rest.first == space { rest = rest.dropFirst() }
        return Line(depth: depth, text: Substring(rest))
    }

    /// Flowed lines end in a space where the mailer wrapped them: joined back up to the line that does not.
    private static func unflowed(_ lines: [Line], deletesSpace: Bool) -> [Line] {
        var out: [Line] = []
        var continuing = false
        for line in lines {
            let soft = line.text.utf8.last == 0x20 && !line.text.utf8.elementsEqual("-- ".utf8)
            var text = line.text
            if soft && deletesSpace { text = text.dropLast() }
            if continuing, let last = out.last, last.depth == line.depth {
                out[out.count - 1].text = Substring(String(last.text) + String(text))
            } else {
                out.append(Line(depth: line.depth, text: text))
            }
            out[out.count - 1].hardBreak = !soft
            continuing = soft
        }
        return out
    }

    /// One run of lines at the same quote depth, cut into paragraphs at blank lines; a patch is one block.
    private static func run(_ lines: ArraySlice<Line>, flowed: Bool) -> [Block] {
        let depth = lines.first?.depth ?? 0
        var blocks: [Block] = []
        var paragraph: [Substring] = []
        func end() {
            defer { paragraph = [] }
            guard !paragraph.isEmpty else { return }
            blocks.append(block(paragraph, depth: depth, flowed: flowed))
        }
        var index = lines.startIndex
        while index < lines.endIndex {
            let text = lines[index].text
            if startsPatch(lines, at: index) {
                end()
                var patch = lines[index...].map(\.text)
                while let last = patch.last, isBlank(last) { patch.removeLast() }
                blocks.append(Block(.preformatted, patch.joined(separator: "\n"), quoteLevel: depth))
                return blocks
            }
            if isBlank(text) { end() } else { paragraph.append(text) }
            index += 1
        }
        end()
        return blocks
    }

    private static func block(_ lines: [Substring], depth: Int, flowed: Bool) -> Block {
        let prose: Block.Kind = depth > 0 ? .quote : .paragraph
        if !flowed && lines.contains(where: isVerbatim) {
            return Block(.preformatted, lines.joined(separator: "\n"), quoteLevel: depth)
        }
        // Three or more short lines (an address, verse), or list items, were broken on purpose: each stays a line.
        let keepsLines = flowed || (lines.count > 2 && lines.allSatisfy { $0.utf8.count < 45 })
            || (lines.count > 1 && lines.contains(where: startsListItem))
        let text = keepsLines ? lines.map { $0.trimmingTrailingBlanks }.joined(separator: "\n")
                              : lines.map { $0.trimmingTrailingBlanks }.joined(separator: " ")
        return Block(prose, text, quoteLevel: depth)
    }

    /// A line whose spacing carries meaning: indented, holding a tab or a run of spaces between words (a table,
    /// aligned code), or a diffstat's `name | 12 ++--`.
    /// On bytes: every line of a large mailbox passes here.
    private static func isVerbatim(_ line: Substring) -> Bool {
        guard let first = line.utf8.first else { return false }
        if first == 0x20 || first == 0x09 { return true }
        var spaces = 0, lastByte: UInt8 = 0, barBetweenSpaces = false
        var (before, previous): (UInt8, UInt8) = (0, 0)
        for byte in line.utf8 {
            if byte == 0x09 { return true }
            if byte == 0x20 {
                spaces += 1
                if previous == UInt8(ascii: "|") && before == 0x20 { barBetweenSpaces = true }
            } else {
                if spaces >= 3 { return true }
                spaces = 0
                lastByte = byte
            }
            (before, previous) = (previous, byte)
        }
        let endsLikeACount = lastByte == UInt8(ascii: "+") || lastByte == UInt8(ascii: "-") || (lastByte >= 0x30 && lastByte <= 0x39)
        return barBetweenSpaces && endsLikeACount
    }

    private static func startsListItem(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard let first = bytes.first else { return false }
        if (first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+")) { return bytes.dropFirst().first == 0x20 }
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        let after = bytes.dropFirst(digits)
        return digits > 0 && (after.starts(with: ". ".utf8) || after.starts(with: ") ".utf8))
    }

    /// Where a patch begins: `diff --git`, `Index:`, a `---`/`+++` pair or a hunk header; all of it to the end of
    /// its run is kept verbatim, blank context lines included.
    private static func startsPatch(_ lines: ArraySlice<Line>, at index: Int) -> Bool {
        let text = lines[index].text.utf8
        guard let first = text.first, first == UInt8(ascii: "d") || first == UInt8(ascii: "I") || first == UInt8(ascii: "@")
                || first == UInt8(ascii: "-") else { return false }
        if text.starts(with: "diff --git ".utf8) || text.starts(with: "Index: ".utf8) || text.starts(with: "@@ -".utf8) { return true }
        return text.starts(with: "--- ".utf8) && index + 1 < lines.endIndex && lines[index + 1].text.utf8.starts(with: "+++ ".utf8)
    }

    private static func isBlank(_ text: Substring) -> Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}

private extension Substring {
    var trimmingTrailingBlanks: Substring {
        var bytes = utf8[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        return Substring(bytes)
    }
}
