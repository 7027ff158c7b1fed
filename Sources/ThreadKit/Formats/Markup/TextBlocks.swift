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
        // Split and trimmed on bytes: a Reddit export's every body passes through here. A CR left by a
        // CRLF inside a JSON string is a line end's, so it goes with the blanks.
        let lines = text.lines.map { line -> Substring in
            var line = line
            while let last = line.utf8.last, last == 0x20 || last == 0x09 || last == 0x0D {
                if options.signature && line == "-- " { break }
                line = line[..<line.utf8.index(before: line.utf8.endIndex)]
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
            if trimmed.begins(with: "```") || trimmed.begins(with: "~~~") {
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
            if trimmed.begins(with: ">") {
                endParagraph()
                var quoted: [Substring] = []
                while i < lines.count, lines[i].strippedOfBlanks.begins(with: ">") {
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
                if startsListItem(trimmed) || trimmed.begins(with: "#") { endParagraph() }
                paragraph.append(line)
            }
            i += 1
        }
        endParagraph()
        return blocks
    }

    /// Four-space or tab indented lines after a paragraph break, up to the next unindented line.
    private static func indentedCode(_ lines: [Substring], from start: Int) -> (text: String, next: Int)? {
        func isIndented(_ line: Substring) -> Bool { line.begins(with: "    ") || line.begins(with: "\t") }
        guard isIndented(lines[start]) else { return nil }
        var end = start
        while end < lines.count, isIndented(lines[end]) || lines[end].isEmpty { end += 1 }
        var body = lines[start..<end].map { $0.begins(with: "\t") ? $0.dropFirst() : $0.dropFirst(min(4, $0.count)) }
        while body.last?.isEmpty == true { body.removeLast() }
        return (body.joined(separator: "\n"), end)
    }

    private static func stripQuoteMarkers(_ line: Substring) -> Substring {
        var rest = line.strippedOfBlanks
        while rest.first == ">" { rest = rest.dropFirst().strippedOfBlanks }
        return rest
    }

    private static func startsListItem(_ line: Substring) -> Bool {
        if line.begins(with: "* ") || line.begins(with: "- ") || line.begins(with: "+ ") { return true }
        let digits = line.utf8.prefix { $0 &- 0x30 < 10 }
        return !digits.isEmpty && line.utf8.dropFirst(digits.count).starts(with: ". ".utf8)
    }

    private static func isPatchLine(_ line: Substring) -> Bool {
        line.begins(with: "diff --git ") || line.begins(with: "@@ ") || line.begins(with: "+++ ") || line.begins(with: "Index: ")
    }
}

fileprivate extension Substring {
    /// Spaces and tabs trimmed, on bytes: both are ASCII, so the cuts fall between characters.
    var strippedOfBlanks: Substring {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = utf8.firstIndex(where: { !isBlank($0) }), let last = utf8.lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[first..<utf8.index(after: last)]
    }
}
