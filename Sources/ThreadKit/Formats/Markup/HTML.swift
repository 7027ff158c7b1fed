import CGumbo

/// HTML bodies (Hacker News, Discourse, Disqus, Lobsters, mail's text/html parts) read by gumbo, an HTML5
/// parser: broken markup is repaired as a browser would and every named and numeric reference of HTML5 is
/// decoded. The tree is walked into a `Body`. gumbo was chosen over libxml2's HTML parser by the comparison in
/// bench/html-parsers/REPORT.md: both agree on every fixture body, but libxml2 (HTML 4) leaves HTML5 entities
/// and entities without `;` raw and drops text in deep or odd markup; gumbo is 2–3× slower (about 10 µs a body).
public enum HTML {
    public static func body(_ html: String) -> Body {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            var builder = BodyBuilder()
            Walk.appendCollapsed(html, to: &builder)
            return builder.finishBody()
        }
        return parsed(html) { root in
            var walk = Walk()
            walk.visit(root)
            return walk.builder.finishBody()
        }
    }

    /// Text with its references decoded and its tags left out, spaces collapsed: titles, captions, addresses.
    public static func text(_ html: String) -> String {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return html }
        return body(html).blocks.map(\.text).joined(separator: " ")
    }

    /// Elements that may hold others, opened past this depth, make gumbo's tree building slow (seconds for tens of
    /// thousands): such a body is read as its text alone.
    static let deepestNesting = 512

    private static func parsed<T>(_ html: String, _ read: (UnsafeMutablePointer<GumboNode>) -> T) -> T {
        var source = Self.nesting(of: html) > deepestNesting ? withoutTags(html) : html
        var options = kGumboDefaultOptions
        // Parse errors are not shown to anyone; recording them costs memory on broken markup.
        options.max_errors = 0
        options.fragment_context = GUMBO_TAG_BODY
        return source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                let output = gumbo_parse_with_options(&options, chars.baseAddress, chars.count)!
                defer { gumbo_destroy_output(&options, output) }
                return read(output.pointee.root)
            }
        }
    }

    /// How deep tags could nest: opening tags less closing ones, at their highest (a cheap bound, on bytes).
    static func nesting(of html: String) -> Int {
        var depth = 0, deepest = 0
        var previous: UInt8 = 0
        for byte in html.utf8 {
            if previous == UInt8(ascii: "<") {
                if byte == UInt8(ascii: "/") { depth -= 1 } else if byte | 0x20 >= 0x61, byte | 0x20 <= 0x7A { depth += 1; deepest = max(deepest, depth) }
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

    private struct Walk {
        var builder = BodyBuilder()

        /// Depth first with an explicit stack: a body's nesting must not cost the call stack.
        mutating func visit(_ root: UnsafeMutablePointer<GumboNode>) {
            var stack: [(node: UnsafeMutablePointer<GumboNode>, entering: Bool)] = [(root, true)]
            while let (node, entering) = stack.popLast() {
                switch node.pointee.type {
                case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                    text(String(cString: node.pointee.v.text.text))
                case GUMBO_NODE_ELEMENT, GUMBO_NODE_DOCUMENT:
                    let element = node.pointee.v.element
                    if entering {
                        guard open(element) else { continue }
                        stack.append((node, false))
                        let children = node.pointee.type == GUMBO_NODE_DOCUMENT ? node.pointee.v.document.children : element.children
                        for index in stride(from: Int(children.length) - 1, through: 0, by: -1) {
                            stack.append((children.data[index]!.assumingMemoryBound(to: GumboNode.self), true))
                        }
                    } else {
                        close(element)
                    }
                default:
                    // Comments and templates show nothing.
                    continue
                }
            }
        }

        /// Starts an element; false to leave it and everything in it out.
        private mutating func open(_ element: GumboElement) -> Bool {
            var attributes = element.attributes
            if gumbo_get_attribute(&attributes, "hidden") != nil { return false }
            if let hidden = gumbo_get_attribute(&attributes, "aria-hidden"), String(cString: hidden.pointee.value) == "true" { return false }
            switch element.tag {
            case GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_HEAD: return false
            case GUMBO_TAG_P, GUMBO_TAG_DIV, GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER,
                 GUMBO_TAG_ASIDE, GUMBO_TAG_FIGURE, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY,
                 GUMBO_TAG_DD, GUMBO_TAG_DT, GUMBO_TAG_CENTER, GUMBO_TAG_ADDRESS, GUMBO_TAG_DL:
                builder.openBlock(.paragraph)
            case GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6:
                builder.openBlock(.subheading)
            case GUMBO_TAG_BLOCKQUOTE: builder.openQuote()
            case GUMBO_TAG_PRE: builder.openBlock(.preformatted)
            case GUMBO_TAG_UL: builder.openList(ordered: false)
            case GUMBO_TAG_OL: builder.openList(ordered: true, start: attribute("start", of: element).flatMap { Int($0) } ?? 1)
            case GUMBO_TAG_LI: builder.openItem()
            case GUMBO_TAG_TABLE: builder.openTable()
            case GUMBO_TAG_TR: builder.openRow()
            case GUMBO_TAG_TD, GUMBO_TAG_TH: builder.openCell()
            case GUMBO_TAG_BR: builder.lineBreak()
            case GUMBO_TAG_HR: builder.rule()
            case GUMBO_TAG_IMG:
                // An image shows as its text, as a text browser shows it (Discourse's emoji carry `:name:`).
                if let alt = attribute("alt", of: element), !alt.isEmpty { text(alt) }
            default:
                if let style = spanStyle(element) {
                    builder.openSpan(style, url: style == .link ? attribute("href", of: element) : nil)
                }
            }
            return true
        }

        private mutating func close(_ element: GumboElement) {
            switch element.tag {
            case GUMBO_TAG_P, GUMBO_TAG_DIV, GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER,
                 GUMBO_TAG_ASIDE, GUMBO_TAG_FIGURE, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY,
                 GUMBO_TAG_DD, GUMBO_TAG_DT, GUMBO_TAG_CENTER, GUMBO_TAG_ADDRESS, GUMBO_TAG_DL,
                 GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_PRE:
                builder.closeBlock()
            case GUMBO_TAG_BLOCKQUOTE: builder.closeQuote()
            case GUMBO_TAG_UL, GUMBO_TAG_OL: builder.closeList()
            case GUMBO_TAG_LI: builder.closeItem()
            case GUMBO_TAG_TABLE: builder.closeTable()
            default:
                if let style = spanStyle(element) { builder.closeSpan(style) }
            }
        }

        private func spanStyle(_ element: GumboElement) -> Span.Style? {
            switch element.tag {
            case GUMBO_TAG_EM, GUMBO_TAG_I, GUMBO_TAG_CITE, GUMBO_TAG_VAR: return .emphasis
            case GUMBO_TAG_STRONG, GUMBO_TAG_B: return .strong
            case GUMBO_TAG_CODE, GUMBO_TAG_TT, GUMBO_TAG_KBD, GUMBO_TAG_SAMP: return builder.isInPreformatted ? nil : .code
            case GUMBO_TAG_S, GUMBO_TAG_STRIKE, GUMBO_TAG_DEL: return .strikethrough
            case GUMBO_TAG_SUP: return .superscript
            case GUMBO_TAG_A: return attribute("href", of: element) == nil ? nil : .link
            case GUMBO_TAG_SPAN:
                // Discourse and Reddit's rendered HTML mark spoilers by class.
                return attribute("class", of: element)?.contains("spoiler") == true ? .spoiler : nil
            default: return nil
            }
        }

        private func attribute(_ name: String, of element: GumboElement) -> String? {
            var attributes = element.attributes
            return gumbo_get_attribute(&attributes, name).map { String(cString: $0.pointee.value) }
        }

        private mutating func text(_ text: String) {
            if builder.isInPreformatted { builder.append(text) } else { Self.appendCollapsed(text, to: &builder) }
        }

        /// Outside `<pre>`, a run of white space shows as one space, and none where the text already has one.
        static func appendCollapsed(_ text: String, to builder: inout BodyBuilder) {
            var collapsed = ""
            collapsed.reserveCapacity(text.utf8.count)
            var lastWasSpace = builder.endsInSpace
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                    if !lastWasSpace { collapsed.unicodeScalars.append(" ") }
                    lastWasSpace = true
                } else {
                    collapsed.unicodeScalars.append(scalar)
                    lastWasSpace = false
                }
            }
            if !collapsed.isEmpty { builder.append(collapsed) }
        }
    }
}
