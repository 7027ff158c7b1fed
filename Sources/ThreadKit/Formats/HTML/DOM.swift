import CGumbo

/// An HTML document as gumbo (an HTML5 parser) builds it, copied into flat arrays: elements and text with
/// their attributes, children and parents, so readers can walk and query it with no C pointers in sight.
struct DOM {
    struct Node {
        /// Lower-case tag name; "" for text.
        var name: String
        /// Text of a text node.
        var text: String
        var attributes: [(name: String, value: String)]
        var children: [Int]
        var parent: Int?
    }

    private(set) var nodes: [Node] = []
    /// The root element (`html`, or the fragment's container).
    let root = 0

    /// Parses a whole page, or, with `fragment`, the inside of a `<body>` (a comment's HTML).
    init(parsing html: String, fragment: Bool) {
        var source = html
        var options = kGumboDefaultOptions
        // Parse errors are not shown to anyone; recording them costs memory on broken markup.
        options.max_errors = 0
        if fragment { options.fragment_context = GUMBO_TAG_BODY }
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                let output = gumbo_parse_with_options(&options, chars.baseAddress, chars.count)!
                defer { gumbo_destroy_output(&options, output) }
                copy(output.pointee.root)
            }
        }
    }

    /// Depth first with an explicit stack: nesting must not cost the call stack.
    private mutating func copy(_ root: UnsafeMutablePointer<GumboNode>) {
        var stack: [(node: UnsafeMutablePointer<GumboNode>, parent: Int?)] = [(root, nil)]
        while let (node, parent) = stack.popLast() {
            let index = nodes.count
            switch node.pointee.type {
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                nodes.append(Node(name: "", text: String(cString: node.pointee.v.text.text), attributes: [], children: [], parent: parent))
            case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                let element = node.pointee.v.element
                var attributes: [(String, String)] = []
                for position in 0..<Int(element.attributes.length) {
                    let attribute = element.attributes.data[position]!.assumingMemoryBound(to: GumboAttribute.self).pointee
                    attributes.append((String(cString: attribute.name).lowercased(), String(cString: attribute.value)))
                }
                nodes.append(Node(name: Self.name(of: node), text: "", attributes: attributes, children: [], parent: parent))
                let children = element.children
                for position in stride(from: Int(children.length) - 1, through: 0, by: -1) {
                    stack.append((children.data[position]!.assumingMemoryBound(to: GumboNode.self), index))
                }
            default:
                // Comments and the document node itself carry nothing to read.
                continue
            }
            if let parent { nodes[parent].children.append(index) }
        }
    }

    /// The tag's name, custom elements (`shreddit-comment`) included, which gumbo gives only in the source.
    private static func name(of node: UnsafeMutablePointer<GumboNode>) -> String {
        let element = node.pointee.v.element
        if element.tag != GUMBO_TAG_UNKNOWN { return String(cString: gumbo_normalized_tagname(element.tag)) }
        var piece = element.original_tag
        gumbo_tag_from_original_text(&piece)
        guard let data = piece.data, piece.length > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: piece.length), as: UTF8.self).lowercased()
    }

    // MARK: Asking

    subscript(index: Int) -> Node { nodes[index] }

    func attribute(_ name: String, of index: Int) -> String? {
        nodes[index].attributes.first { $0.name == name }?.value
    }

    /// Whether the class list (split at any white space) holds `name`; on bytes, with no array of tokens made:
    /// readers ask it of every element of a page, several times.
    func hasClass(_ name: String, _ index: Int) -> Bool {
        guard let classes = attribute("class", of: index)?.utf8, !name.isEmpty else { return false }
        let wanted = name.utf8
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
        var start = classes.startIndex
        while start < classes.endIndex {
            while start < classes.endIndex, isBlank(classes[start]) { start = classes.index(after: start) }
            var end = start
            while end < classes.endIndex, !isBlank(classes[end]) { end = classes.index(after: end) }
            if classes[start..<end].elementsEqual(wanted) { return true }
            start = end
        }
        return false
    }

    /// Every element under `index` (itself included) that `matches`, in document order.
    func all(under index: Int? = nil, where matches: (Int) -> Bool) -> [Int] {
        var found: [Int] = []
        var stack = [index ?? root]
        while let node = stack.popLast() {
            if !nodes[node].name.isEmpty, matches(node) { found.append(node) }
            stack.append(contentsOf: nodes[node].children.reversed())
        }
        return found
    }

    func first(under index: Int? = nil, where matches: (Int) -> Bool) -> Int? {
        var stack = [index ?? root]
        while let node = stack.popLast() {
            if !nodes[node].name.isEmpty, matches(node) { return node }
            stack.append(contentsOf: nodes[node].children.reversed())
        }
        return nil
    }

    /// Elements with this class, or this tag, under `index`.
    func all(_ selector: Selector, under index: Int? = nil) -> [Int] { all(under: index) { matches(selector, $0) } }
    func first(_ selector: Selector, under index: Int? = nil) -> Int? { first(under: index) { matches(selector, $0) } }

    /// The nearest ancestor (not itself) that `matches`.
    func ancestor(of index: Int, where matches: (Int) -> Bool) -> Int? {
        var current = nodes[index].parent
        while let node = current {
            if matches(node) { return node }
            current = nodes[node].parent
        }
        return nil
    }

    func matches(_ selector: Selector, _ index: Int) -> Bool {
        switch selector {
        case .tag(let name): return nodes[index].name == name
        case .class(let name): return hasClass(name, index)
        case .tagClass(let tag, let name): return nodes[index].name == tag && hasClass(name, index)
        case .attribute(let name): return attribute(name, of: index) != nil
        }
    }

    /// Visible text under `index`, white space collapsed, scripts, styles and hidden parts left out.
    func text(of index: Int) -> String {
        var out = ""
        var stack = [index]
        while let node = stack.popLast() {
            if nodes[node].name.isEmpty {
                for character in nodes[node].text {
                    if character.isWhitespace { if !out.isEmpty && out.last != " " { out.append(" ") } } else { out.append(character) }
                }
                continue
            }
            if isHidden(node) { continue }
            stack.append(contentsOf: nodes[node].children.reversed())
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Elements no reader shows: scripts, styles, templates, `hidden` and `aria-hidden`.
    func isHidden(_ index: Int) -> Bool {
        switch nodes[index].name {
        case "script", "style", "template", "noscript", "head", "svg": return true
        default: return attribute("hidden", of: index) != nil || attribute("aria-hidden", of: index) == "true"
        }
    }
}

enum Selector {
    case tag(String)
    case `class`(String)
    case tagClass(String, String)
    case attribute(String)
}
