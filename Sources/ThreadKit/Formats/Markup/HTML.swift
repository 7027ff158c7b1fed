/// HTML bodies (Hacker News, Discourse, Disqus, Lobsters, mail's text/html parts) read by gumbo, an HTML5
/// parser: broken markup is repaired as a browser would and every named and numeric reference of HTML5 is
/// decoded. The tree is walked into a `Body`. gumbo was chosen over libxml2's HTML parser by the comparison in
/// bench/html-parsers/REPORT.md: both agree on every fixture body, but libxml2 (HTML 4) leaves HTML5 entities
/// and entities without `;` raw and drops text in deep or odd markup; gumbo is 2–3× slower (about 10 µs a body).
public enum HTML {
    public static func body(_ html: String) -> Body {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            var builder = BodyBuilder()
            BodyWalk.appendCollapsed(html, to: &builder)
            return builder.finishBody()
        }
        let source = nesting(of: html) > deepestNesting ? withoutTags(html) : html
        let dom = DOM(parsing: source, fragment: true)
        return dom.body(of: dom.root)
    }

    /// Text with its references decoded and its tags left out, spaces collapsed: titles, captions, addresses.
    public static func text(_ html: String) -> String {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return html }
        return body(html).blocks.map(\.text).joined(separator: " ")
    }

    /// Elements that may hold others, opened past this depth, make gumbo's tree building slow (seconds for tens of
    /// thousands): such a body is read as its text alone.
    static let deepestNesting = 512

    /// How deep tags could nest: opening tags less closing ones, at their highest (a cheap bound, on bytes).
    static func nesting(of html: String) -> Int {
        var depth = 0, deepest = 0
        var previous: UInt8 = 0
        for byte in html.utf8 {
            if previous == UInt8(ascii: "<") {
                if byte == UInt8(ascii: "/") { depth -= 1 } else if byte.isASCIILetter { depth += 1; deepest = max(deepest, depth) }
            }
            previous = byte
        }
        return deepest
    }

    private static func withoutTags(_ html: String) -> String {
        var out = "", inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false; out.append(" ") } else if !inTag { out.append(character) }
        }
        return out
    }
}

extension DOM {
    /// The blocks and links of the subtree at `index`; `leaving` names elements to leave out (a reader's
    /// furniture: reply links, vote buttons).
    func body(of index: Int, leaving: @escaping (Int) -> Bool = { _ in false }) -> Body {
        var walk = BodyWalk(dom: self, leaving: leaving)
        walk.visit(index)
        return walk.builder.finishBody()
    }
}

/// Walks a DOM subtree into a `BodyBuilder`: block elements to blocks, inline ones to spans.
struct BodyWalk {
    let dom: DOM
    let leaving: (Int) -> Bool
    var builder = BodyBuilder()
    /// The element whose text this is.
    private var root = -1

    init(dom: DOM, leaving: @escaping (Int) -> Bool) {
        self.dom = dom
        self.leaving = leaving
    }

    /// Depth first with an explicit stack: a body's nesting must not cost the call stack.
    mutating func visit(_ root: Int) {
        self.root = root
        var stack: [(node: Int, entering: Bool)] = [(root, true)]
        while let (node, entering) = stack.popLast() {
            let element = dom[node]
            if element.name.isEmpty {
                if builder.isInPreformatted { builder.append(element.text) } else { Self.appendCollapsed(element.text, to: &builder) }
                continue
            }
            if entering {
                guard node == root || (!dom.isHidden(node) && !leaving(node)), open(node) else { continue }
                stack.append((node, false))
                for child in element.children.reversed() { stack.append((child, true)) }
            } else {
                close(node)
            }
        }
    }

    private static let paragraphs: Set<String> = ["p", "div", "section", "article", "header", "footer", "aside", "figure",
                                                  "figcaption", "details", "summary", "dd", "dt", "center", "address", "dl", "main"]
    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Starts an element; false to leave it and everything in it out.
    private mutating func open(_ node: Int) -> Bool {
        let name = dom[node].name
        switch name {
        case _ where Self.paragraphs.contains(name): builder.openBlock(.paragraph)
        case _ where Self.headings.contains(name): builder.openBlock(.subheading)
        // The text itself in a blockquote (XenForo 1's `blockquote.messageText`) quotes no one.
        case "blockquote" where node == root: builder.openBlock(.paragraph)
        case "blockquote": builder.openQuote()
        case "pre": builder.openBlock(.preformatted)
        case "ul": builder.openList(ordered: false)
        case "ol": builder.openList(ordered: true, start: dom.attribute("start", of: node).flatMap { Int($0) } ?? 1)
        case "li": builder.openItem()
        case "table": builder.openTable()
        case "tr": builder.openRow()
        case "td", "th": builder.openCell()
        case "br": builder.lineBreak()
        case "hr": builder.rule()
        case "img":
            // An image shows as its text, as a text browser shows it (Discourse's emoji carry `:name:`).
            if let alt = dom.attribute("alt", of: node), !alt.isEmpty { Self.appendCollapsed(alt, to: &builder) }
        case "button", "input", "select", "textarea", "form", "nav": return false
        default:
            if let style = spanStyle(node) { builder.openSpan(style, url: style == .link ? dom.attribute("href", of: node) : nil) }
        }
        return true
    }

    private mutating func close(_ node: Int) {
        let name = dom[node].name
        switch name {
        case _ where Self.paragraphs.contains(name) || Self.headings.contains(name) || name == "pre": builder.closeBlock()
        case "blockquote" where node == root: builder.closeBlock()
        case "blockquote": builder.closeQuote()
        case "ul", "ol": builder.closeList()
        case "li": builder.closeItem()
        case "table": builder.closeTable()
        default:
            if let style = spanStyle(node) { builder.closeSpan(style) }
        }
    }

    private func spanStyle(_ node: Int) -> Span.Style? {
        switch dom[node].name {
        case "em", "i", "cite", "var": return .emphasis
        case "strong", "b": return .strong
        case "code", "tt", "kbd", "samp": return builder.isInPreformatted ? nil : .code
        case "s", "strike", "del": return .strikethrough
        case "sup": return .superscript
        case "a": return dom.attribute("href", of: node) == nil ? nil : .link
        case "span":
            // Discourse and Reddit's rendered HTML mark spoilers by class.
            return dom.attribute("class", of: node)?.contains("spoiler") == true ? .spoiler : nil
        default: return nil
        }
    }

    /// Outside `<pre>`, a run of white space shows as one space, and none where the text already has one.
    /// On the UTF-8 bytes: white space is ASCII, and no byte of a longer character is.
    static func appendCollapsed(_ text: String, to builder: inout BodyBuilder) {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(text.utf8.count)
        var lastWasSpace = builder.endsInSpace
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                if !lastWasSpace { collapsed.append(0x20) }
                lastWasSpace = true
            } else {
                collapsed.append(byte)
                lastWasSpace = false
            }
        }
        if !collapsed.isEmpty { builder.append(String(decoding: collapsed, as: UTF8.self)) }
    }
}
