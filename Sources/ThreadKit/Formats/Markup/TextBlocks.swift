import Foundation

/// Splits plain or Markdown-ish text into blocks: blank lines end paragraphs, `>` lines are quotes,
/// fenced or indented code is preformatted. Used for Reddit bodies and mail bodies.
enum TextBlocks {
    struct Options {
        /// Mail: a `-- ` line starts the signature, kept as one preformatted block.
        var signature = false
        /// Mail: paragraphs that look like a patch keep their line breaks.
        var patches = false

        static let markdown = Options()
        static let mail = Options(signature: true, patches: true)
    }

    static func blocks(from text: String, options: Options = .markdown) -> [Block] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var line = line
            while line.last == " " || line.last == "\t" {
                if options.signature && line == "-- " { break }
                line.removeLast()
            }
            return line
        }
        var blocks: [Block] = []
        var paragraph: [Substring] = []
        func endParagraph() {
            guard !paragraph.isEmpty else { return }
            let looksLikePatch = options.patches && paragraph.contains { isPatchLine($0) }
            if looksLikePatch {
                blocks.append(Block(.preformatted, paragraph.joined(separator: "\n")))
            } else {
                blocks.append(.paragraph(paragraph.map { $0.strippedOfBlanks }.joined(separator: " ")))
            }
            paragraph = []
        }
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.strippedOfBlanks
            if options.signature && line == "-- " {
                endParagraph()
                let signature = lines[(i + 1)...].joined(separator: "\n").trimmingCharacters(in: .newlines)
                if !signature.isEmpty { blocks.append(Block(.preformatted, signature)) }
                return blocks
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                endParagraph()
                let fence = trimmed.prefix(3)
                var body: [Substring] = []
                i += 1
                while i < lines.count, !lines[i].strippedOfBlanks.hasPrefix(fence) { body.append(lines[i]); i += 1 }
                if !body.isEmpty { blocks.append(Block(.preformatted, body.joined(separator: "\n"))) }
                i += 1
                continue
            }
            if paragraph.isEmpty, let code = indentedCode(lines, from: i) {
                blocks.append(Block(.preformatted, code.text))
                i = code.next
                continue
            }
            if trimmed.hasPrefix(">") {
                endParagraph()
                var quoted: [Substring] = []
                while i < lines.count, lines[i].strippedOfBlanks.hasPrefix(">") {
                    quoted.append(stripQuoteMarkers(lines[i]))
                    i += 1
                }
                // Blank quoted lines separate quoted paragraphs.
                for group in quoted.split(whereSeparator: { $0.isEmpty }) {
                    blocks.append(.quote(group.joined(separator: " ")))
                }
                continue
            }
            if trimmed.isEmpty {
                endParagraph()
            } else {
                if startsListItem(trimmed) || trimmed.hasPrefix("#") { endParagraph() }
                paragraph.append(line)
            }
            i += 1
        }
        endParagraph()
        return blocks
    }

    /// Four-space or tab indented lines after a paragraph break, up to the next unindented line.
    private static func indentedCode(_ lines: [Substring], from start: Int) -> (text: String, next: Int)? {
        func isIndented(_ line: Substring) -> Bool { line.hasPrefix("    ") || line.hasPrefix("\t") }
        guard isIndented(lines[start]) else { return nil }
        var end = start
        while end < lines.count, isIndented(lines[end]) || lines[end].isEmpty { end += 1 }
        var body = lines[start..<end].map { $0.hasPrefix("\t") ? $0.dropFirst() : $0.dropFirst(min(4, $0.count)) }
        while body.last?.isEmpty == true { body.removeLast() }
        return (body.joined(separator: "\n"), end)
    }

    private static func stripQuoteMarkers(_ line: Substring) -> Substring {
        var rest = line.strippedOfBlanks
        while rest.first == ">" { rest = rest.dropFirst().strippedOfBlanks }
        return rest
    }

    private static func startsListItem(_ line: Substring) -> Bool {
        if line.hasPrefix("* ") || line.hasPrefix("- ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
    }

    private static func isPatchLine(_ line: Substring) -> Bool {
        line.hasPrefix("diff --git ") || line.hasPrefix("@@ ") || line.hasPrefix("+++ ") || line.hasPrefix("Index: ")
    }
}

fileprivate extension Substring {
    var strippedOfBlanks: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}
