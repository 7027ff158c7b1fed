import Foundation

/// Turns the small HTML of comment bodies into blocks: `<p>`/`<div>`/`<li>` split paragraphs,
/// `<blockquote>` makes quotes, `<pre>` keeps its line breaks, links keep their text (or URL),
/// other tags are dropped with their text kept. Shared by every HTML-bodied format.
public enum HTMLBlocks {
    public static func blocks(from html: String) -> [Block] {
        var builder = Builder()
        let bytes = Array(html.utf8)
        var i = 0
        var textStart = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), let tag = Tag(bytes, at: i) else { i += 1; continue }
            builder.text(bytes[textStart..<i])
            builder.handle(tag)
            i = tag.end
            textStart = i
        }
        builder.text(bytes[textStart..<bytes.count])
        builder.flush()
        return builder.blocks
    }

    struct Tag {
        var name: String
        var closing: Bool
        var href: String?
        var end: Int

        init?(_ bytes: [UInt8], at start: Int) {
            var i = start + 1
            closing = i < bytes.count && bytes[i] == UInt8(ascii: "/")
            if closing { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "!") {
                // Comment or doctype: skip to its end.
                let close: [UInt8] = bytes[i...].starts(with: Array("!--".utf8)) ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let endIndex = HTMLBlocks.find(close, in: bytes, from: i) else { return nil }
                name = "!"; href = nil; end = endIndex + close.count
                return
            }
            let nameStart = i
            while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
            guard i > nameStart else { return nil }
            name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            var quote: UInt8 = 0
            let attributesStart = i
            while i < bytes.count {
                let b = bytes[i]
                if quote != 0 { if b == quote { quote = 0 } } else if b == 0x22 || b == 0x27 { quote = b } else if b == UInt8(ascii: ">") { break }
                i += 1
            }
            guard i < bytes.count else { return nil }
            end = i + 1
            href = name == "a" ? Self.attribute("href", in: bytes[attributesStart..<i]) : nil
        }

        static func isNameByte(_ b: UInt8) -> Bool {
            (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39)
        }

        static func attribute(_ name: String, in bytes: ArraySlice<UInt8>) -> String? {
            let text = String(decoding: bytes, as: UTF8.self)
            guard let range = text.range(of: name + "=") else { return nil }
            var rest = text[range.upperBound...]
            if let quote = rest.first, quote == "\"" || quote == "'" {
                rest = rest.dropFirst()
                return HTMLEntities.decode(String(rest.prefix { $0 != quote }))
            }
            return HTMLEntities.decode(String(rest.prefix { !$0.isWhitespace && $0 != ">" }))
        }
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private struct Builder {
        var blocks: [Block] = []
        var current = ""
        var quoteDepth = 0
        var preDepth = 0
        var heading = false
        var skipDepth = 0
        var link: (href: String?, textStart: String.Index)?

        mutating func text(_ bytes: ArraySlice<UInt8>) {
            guard !bytes.isEmpty, skipDepth == 0 else { return }
            let decoded = HTMLEntities.decode(String(decoding: bytes, as: UTF8.self))
            if preDepth > 0 { current += decoded; return }
            // Outside <pre>, runs of whitespace read as one space.
            var collapsed = ""
            collapsed.reserveCapacity(decoded.utf8.count)
            var lastWasSpace = current.last.map { $0 == " " || $0 == "\n" } ?? true
            for ch in decoded {
                if ch.isWhitespace && ch != "\u{00A0}" {
                    if !lastWasSpace { collapsed.append(" ") }
                    lastWasSpace = true
                } else {
                    collapsed.append(ch)
                    lastWasSpace = false
                }
            }
            current += collapsed
        }

        mutating func handle(_ tag: Tag) {
            switch tag.name {
            case "script", "style":
                skipDepth = max(0, skipDepth + (tag.closing ? -1 : 1))
            case "p", "div", "ul", "ol", "hr", "tr", "table", "aside", "figure", "details", "summary":
                flush()
            case "li":
                flush()
                if !tag.closing { current = "• " }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush()
                heading = !tag.closing
            case "blockquote":
                flush()
                quoteDepth = max(0, quoteDepth + (tag.closing ? -1 : 1))
            case "pre":
                flush()
                preDepth = max(0, preDepth + (tag.closing ? -1 : 1))
            case "br":
                if preDepth > 0 { current += "\n" } else { trimTrailingSpace(); current += "\n" }
            case "td", "th":
                if !current.isEmpty && !current.hasSuffix(" ") { current += " " }
            case "a":
                if tag.closing { closeLink() } else { link = (tag.href, current.endIndex) }
            default:
                break
            }
        }

        /// A link with no text, or whose text is the URL cut short (`https://example.com/lo...`), reads as its URL.
        mutating func closeLink() {
            guard let open = link else { return }
            link = nil
            guard let href = open.href, !href.isEmpty, open.textStart <= current.endIndex else { return }
            let shown = String(current[open.textStart...]).trimmingCharacters(in: .whitespaces)
            let stem = shown.hasSuffix("...") ? String(shown.dropLast(3)) : shown.hasSuffix("…") ? String(shown.dropLast()) : nil
            if shown.isEmpty || (stem.map { !$0.isEmpty && href.hasPrefix($0) } ?? false) {
                current.replaceSubrange(open.textStart..., with: href)
            }
        }

        mutating func trimTrailingSpace() {
            while current.last == " " { current.removeLast() }
        }

        mutating func flush() {
            link = nil
            let kind: Block.Kind = preDepth > 0 ? .preformatted : quoteDepth > 0 ? .quote : heading ? .subheading : .paragraph
            let text: String
            if kind == .preformatted {
                text = String(current.drop { $0 == "\n" }.reversed().drop { $0 == "\n" || $0 == " " }.reversed())
            } else {
                text = current.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                    .joined(separator: "\n")
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
            current = ""
            if !text.isEmpty && text != "•" { blocks.append(Block(kind, text)) }
        }
    }
}
