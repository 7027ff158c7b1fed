import CMarkGFM

/// Markdown bodies (Reddit's) read by cmark-gfm with its table, strikethrough and autolink extensions; the
/// tree it builds is walked into a `Body`. Reddit's own additions, which cmark-gfm does not know, are read on
/// top: `>!spoilers!<`, `^superscript` and `^(several words)`, and the `&amp;`, `&lt;`, `&gt;` its API escapes.
public enum Markdown {
    public enum Dialect: Sendable { case commonMark, reddit }

    /// One body; a parser is made only for one with markup.
    public static func body(_ source: String, dialect: Dialect = .commonMark) -> Body {
        PlainParagraphs.body(source) ?? Reader(dialect: dialect).parsed(source)
    }

    /// Reads many bodies with one cmark-gfm parser, which is reset after each document: making a parser and
    /// attaching its extensions costs more than parsing a short comment.
    public final class Reader {
        private let parser: OpaquePointer?
        private let dialect: Dialect

        public init(dialect: Dialect) {
            self.dialect = dialect
            parser = cmark_parser_new(CMARK_OPT_DEFAULT)
            for syntax in extensions { cmark_parser_attach_syntax_extension(parser, syntax) }
        }

        deinit { cmark_parser_free(parser) }

        public func body(_ source: String) -> Body {
            PlainParagraphs.body(source) ?? parsed(source)
        }

        /// The body as cmark-gfm reads it, plain or not.
        func parsed(_ source: String) -> Body {
            var prepared = dialect == .reddit ? redditPrepared(source) : source
            guard let parser else { return Body(blocks: [.paragraph(source)]) }
            prepared.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            guard let document = cmark_parser_finish(parser) else { return Body(blocks: [.paragraph(source)]) }
            defer { cmark_node_free(document) }
            var walk = Walk(reddit: dialect == .reddit)
            let iterator = cmark_iter_new(document)
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                walk.visit(cmark_iter_get_node(iterator), entering: event == CMARK_EVENT_ENTER)
            }
            return walk.builder.finishBody()
        }
    }

    /// Registered once per process: cmark-gfm keeps its extensions in a global registry.
    // nonisolated(unsafe): set once by the lazy initialiser (which Swift runs once, under a lock), then only read.
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return ["table", "strikethrough", "autolink"].compactMap { (name: String) in cmark_find_syntax_extension(name) }
    }()

    /// Reddit's API escapes three characters of the Markdown it stores; its spoilers would read as quotes
    /// (`>!`), so they become private-use marks the walk turns into spans.
    /// On bytes, in one pass: a large thread's every body comes here.
    static func redditPrepared(_ source: String) -> String {
        guard source.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "!") }) else { return source }
        var out: [UInt8] = []
        out.reserveCapacity(source.utf8.count)
        let bytes = Array(source.utf8)
        var openSpoiler: Int?
        var index = 0
        func at(_ offset: Int, _ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            return text.withUTF8Buffer { bytes[offset..<(offset + count)].elementsEqual($0) }
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&") {
                if at(index, "&lt;") { out.append(UInt8(ascii: "<")); index += 4; continue }
                if at(index, "&gt;") { out.append(UInt8(ascii: ">")); index += 4; continue }
                if at(index, "&amp;") { out.append(UInt8(ascii: "&")); index += 5; continue }
            }
            out.append(bytes[index])
            index += 1
            // `>!` opens a spoiler, the next `!<` closes it; each becomes a private-use mark.
            let count = out.count
            if count >= 2, out[count - 2] == UInt8(ascii: ">"), out[count - 1] == UInt8(ascii: "!"), openSpoiler == nil {
                out.removeLast(2)
                openSpoiler = out.count
                out.append(contentsOf: String(spoilerStart).utf8)
            } else if count >= 2, out[count - 2] == UInt8(ascii: "!"), out[count - 1] == UInt8(ascii: "<"), let start = openSpoiler,
                      count - 2 >= start + 3 {
                out.removeLast(2)
                out.append(contentsOf: String(spoilerEnd).utf8)
                openSpoiler = nil
            }
        }
        if let start = openSpoiler {
            // Never closed: not a spoiler after all.
            out.replaceSubrange(start..<(start + 3), with: Array(">!".utf8))
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let spoilerStart: Character = "\u{E000}", spoilerEnd: Character = "\u{E001}"

    private struct Walk {
        var builder = BodyBuilder()
        let reddit: Bool

        mutating func visit(_ node: OpaquePointer?, entering: Bool) {
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_BLOCK_QUOTE: entering ? builder.openQuote() : builder.closeQuote()
            case CMARK_NODE_LIST:
                if entering {
                    builder.openList(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                                     start: Int(cmark_node_get_list_start(node)))
                } else {
                    builder.closeList()
                }
            case CMARK_NODE_ITEM: entering ? builder.openItem() : builder.closeItem()
            case CMARK_NODE_PARAGRAPH: entering ? builder.openBlock(.paragraph) : builder.closeBlock()
            case CMARK_NODE_HEADING: entering ? builder.openBlock(.subheading) : builder.closeBlock()
            case CMARK_NODE_CODE_BLOCK:
                builder.openBlock(.preformatted)
                builder.append(literal(node))
                builder.closeBlock()
            case CMARK_NODE_HTML_BLOCK:
                // Shown as written, as Reddit does: it renders no HTML.
                builder.openBlock(.paragraph)
                builder.append(literal(node))
                builder.closeBlock()
            case CMARK_NODE_THEMATIC_BREAK: builder.rule()
            case CMARK_NODE_TEXT: text(literal(node))
            case CMARK_NODE_HTML_INLINE: text(literal(node))
            case CMARK_NODE_SOFTBREAK: builder.append(" ")
            case CMARK_NODE_LINEBREAK: builder.lineBreak()
            case CMARK_NODE_CODE:
                builder.openSpan(.code)
                builder.append(literal(node))
                builder.closeSpan(.code)
            case CMARK_NODE_EMPH: entering ? builder.openSpan(.emphasis) : builder.closeSpan(.emphasis)
            case CMARK_NODE_STRONG: entering ? builder.openSpan(.strong) : builder.closeSpan(.strong)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if entering {
                    builder.openSpan(.link, url: cmark_node_get_url(node).map { String(cString: $0) } ?? "")
                } else {
                    builder.closeSpan(.link)
                }
            case CMARK_NODE_STRIKETHROUGH: entering ? builder.openSpan(.strikethrough) : builder.closeSpan(.strikethrough)
            case CMARK_NODE_TABLE: entering ? builder.openTable() : builder.closeTable()
            case CMARK_NODE_TABLE_ROW: if entering { builder.openRow() }
            case CMARK_NODE_TABLE_CELL: if entering { builder.openCell() }
            default: break
            }
        }

        private func literal(_ node: OpaquePointer?) -> String {
            cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        }

        /// Plain text, with Reddit's spoiler marks and superscripts read out of it.
        private mutating func text(_ text: String) {
            // On bytes: `^`, or the lead byte of the private-use marks (U+E000, U+E001).
            guard reddit, text.utf8.contains(where: { $0 == UInt8(ascii: "^") || $0 == 0xEE }) else {
                builder.append(text)
                return
            }
            var rest = Substring(text)
            while let mark = rest.firstIndex(where: { $0 == "^" || $0 == spoilerStart || $0 == spoilerEnd }) {
                builder.append(rest[..<mark])
                let after = rest[rest.index(after: mark)...]
                switch rest[mark] {
                case spoilerStart: builder.openSpan(.spoiler); rest = after
                case spoilerEnd: builder.closeSpan(.spoiler); rest = after
                default:
                    let raised: Substring
                    if after.first == "(", let close = after.firstIndex(of: ")") {
                        raised = after[after.index(after: after.startIndex)..<close]
                        rest = after[after.index(after: close)...]
                    } else {
                        raised = after.prefix { !$0.isWhitespace && $0 != "^" }
                        rest = after[raised.endIndex...]
                    }
                    if raised.isEmpty { builder.append("^"); continue }
                    builder.openSpan(.superscript)
                    builder.append(raised)
                    builder.closeSpan(.superscript)
                }
            }
            builder.append(rest)
        }
    }
}
