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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { raw -> Line in
            var line = raw
            if line.utf8.last == 0x0D { line = line.dropLast() }
            return quoted(line, flowed: flowed != nil)
        }
        var signature: [Substring] = []
        if let dash = lines.lastIndex(where: { $0.depth == 0 && ($0.text == "-- " || ($0.text == "--" && flowed == nil)) }),
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
        var depth = 0
        var rest = line
        while true {
            var probe = rest
            if !flowed { while probe.first == " " && depth > 0 { probe = probe.dropFirst() } }
            guard probe.first == ">" else { break }
            depth += 1
            rest = probe.dropFirst()
            if !flowed || rest.first == " " { if rest.first == " " { rest = rest.dropFirst() } }
        }
        if flowed, depth == 0, rest.first == " " { rest = rest.dropFirst() }
        return Line(depth: depth, text: rest)
    }

    /// Flowed lines end in a space where the mailer wrapped them: joined back up to the line that does not.
    private static func unflowed(_ lines: [Line], deletesSpace: Bool) -> [Line] {
        var out: [Line] = []
        var continuing = false
        for line in lines {
            let soft = line.text.last == " " && line.text != "-- "
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
        let keepsLines = flowed || (lines.count > 2 && lines.allSatisfy { $0.count < 45 }) || (lines.count > 1 && lines.contains(where: startsListItem))
        let text = keepsLines ? lines.map { $0.trimmingTrailingBlanks }.joined(separator: "\n")
                              : lines.map { $0.trimmingTrailingBlanks }.joined(separator: " ")
        return Block(prose, text, quoteLevel: depth)
    }

    /// A line whose spacing carries meaning: indented, holding a tab or a run of spaces between words (a table,
    /// aligned code), or a diffstat's `name | 12 ++--`.
    private static func isVerbatim(_ line: Substring) -> Bool {
        if line.first == " " || line.first == "\t" || line.contains("\t") { return true }
        let inner = line.trimmingTrailingBlanks
        if inner.contains("   ") { return true }
        return inner.contains(" | ") && inner.last.map { $0 == "+" || $0 == "-" || $0.isNumber } == true
    }

    private static func startsListItem(_ line: Substring) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && (line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") "))
    }

    /// Where a patch begins: `diff --git`, `Index:`, a `---`/`+++` pair or a hunk header; all of it to the end of
    /// its run is kept verbatim, blank context lines included.
    private static func startsPatch(_ lines: ArraySlice<Line>, at index: Int) -> Bool {
        let text = lines[index].text
        if text.hasPrefix("diff --git ") || text.hasPrefix("Index: ") || text.hasPrefix("@@ -") { return true }
        return text.hasPrefix("--- ") && index + 1 < lines.endIndex && lines[index + 1].text.hasPrefix("+++ ")
    }

    private static func isBlank(_ text: Substring) -> Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }
}

private extension Substring {
    var trimmingTrailingBlanks: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
