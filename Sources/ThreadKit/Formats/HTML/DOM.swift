import CGumbo
import Glibc

/// An HTML document as gumbo (an HTML5 parser) builds it, copied into flat arrays: a tag, a parent, a range of
/// children and one of attributes or text for each node, the text and attribute values in one buffer of bytes,
/// attribute names each stored once, so readers can walk and query it with no C pointers in sight. Flat because a
/// saved page of 100,000 comments is millions of nodes: a node of its own strings and arrays took about 100 bytes
/// beside gumbo's own tree (a 9 MB page's parse peaked at 190 MB), these arrays take 24, and an attribute 12.
struct DOM: Sendable {
    /// One node as readers ask for it: a view of the arrays, nothing copied until asked.
    struct Node {
        fileprivate let storage: Storage
        fileprivate let index: Int

        /// Lower-case tag name; "" for text.
        var name: String { storage.name(of: index) }
        /// Text of a text node.
        var text: String { storage.text(of: index) }
        var children: Children { Children(storage: storage, positions: Int(storage.childStarts[index])..<Int(storage.childStarts[index + 1])) }
        var parent: Int? { storage.parents[index] < 0 ? nil : Int(storage.parents[index]) }
    }

    /// A node's children, in document order.
    struct Children: RandomAccessCollection {
        fileprivate let storage: Storage
        fileprivate let positions: Range<Int>
        var startIndex: Int { 0 }
        var endIndex: Int { positions.count }
        subscript(position: Int) -> Int { Int(storage.childList[positions.lowerBound + position]) }
    }

    /// Immutable once built, so every copy of the DOM and every node view shares it.
    fileprivate final class Storage: Sendable {
        /// Per node: `textTag` for text, below `knownTagCount` gumbo's tag, above it an entry of `customNames`.
        let tags: [Int32]
        let customNames: [String]
        let parents: [Int32]
        /// Node i's children are `childList[childStarts[i]..<childStarts[i + 1]]`.
        let childStarts: [Int32]
        let childList: [Int32]
        /// Per node: a text's byte range in `characters`; an element's range of attributes.
        let spans: [ByteRange]
        /// Per attribute: its name, as an entry of `attributeNames`, and its value's byte range in `characters`.
        let attributeNameIDs: [Int32]
        let attributeNames: [String]
        let valueRanges: [ByteRange]
        let characters: [UInt8]

        init(_ builder: Builder) {
            tags = builder.tags
            customNames = builder.customNames
            parents = builder.parents
            spans = builder.spans
            attributeNameIDs = builder.attributeNameIDs
            attributeNames = builder.attributeNames
            valueRanges = builder.valueRanges
            characters = builder.characters
            // Children by counting: a node comes after its parent and after its elder siblings, so filling in node
            // order lists each node's children in document order.
            var starts = [Int32](repeating: 0, count: builder.parents.count + 1)
            for parent in builder.parents where parent >= 0 { starts[Int(parent) + 1] += 1 }
            for index in starts.indices.dropFirst() { starts[index] += starts[index - 1] }
            var next = starts
            var list = [Int32](repeating: 0, count: Int(starts.last ?? 0))
            for (child, parent) in builder.parents.enumerated() where parent >= 0 {
                list[Int(next[Int(parent)])] = Int32(child)
                next[Int(parent)] += 1
            }
            childStarts = starts
            childList = list
        }

        func name(of index: Int) -> String {
            let tag = Int(tags[index])
            if tag == DOM.textTag { return "" }
            return tag < DOM.knownTagCount ? DOM.knownTagNames[tag] : customNames[tag - DOM.knownTagCount]
        }

        func text(of index: Int) -> String { Int(tags[index]) == DOM.textTag ? string(spans[index]) : "" }

        /// The positions of the element's attributes (none for text).
        func attributes(of index: Int) -> Range<Int> {
            Int(tags[index]) == DOM.textTag ? 0..<0 : Int(spans[index].start)..<Int(spans[index].end)
        }

        func attributeName(at position: Int) -> String { attributeNames[Int(attributeNameIDs[position])] }

        func string(_ range: ByteRange) -> String {
            characters.withUnsafeBufferPointer { String(decoding: $0[Int(range.start)..<Int(range.end)], as: UTF8.self) }
        }
    }

    struct ByteRange: Sendable, Equatable {
        var start: UInt32
        var end: UInt32
    }

    fileprivate static let textTag = -1
    fileprivate static let knownTagCount = Int(GUMBO_TAG_UNKNOWN.rawValue)
    fileprivate static let knownTagNames = (0..<knownTagCount).map { String(cString: gumbo_normalized_tagname(GumboTag(rawValue: UInt32($0)))) }

    private let storage: Storage
    /// The root element (`html`, or the fragment's container).
    let root = 0

    /// Parses a whole page, or, with `fragment`, the inside of a `<body>` (a comment's HTML).
    init(parsing html: String, fragment: Bool) {
        var source = html
        storage = source.withUTF8 { Self.parse($0, fragment: fragment) }
    }

    /// A page's bytes as they are, with no copy of them as a String (valid UTF-8, as `SourceText` gives).
    init(parsing bytes: [UInt8], fragment: Bool) {
        storage = bytes.withUnsafeBufferPointer { Self.parse($0, fragment: fragment) }
    }

    /// A page parsed in pieces of about `pieceLength` bytes (see `Pieces`), and how many; nil when it must be
    /// parsed whole. For tests, which cut small pages small.
    static func inPieces(_ bytes: [UInt8], pieceLength: Int) -> (dom: DOM, pieces: Int)? {
        bytes.withUnsafeBufferPointer { page in
            Pieces.parse(page, pieceLength: pieceLength).map { (DOM(storage: Storage($0.builder)), $0.pieces) }
        }
    }

    private init(storage: Storage) { self.storage = storage }

    /// Above this a page is parsed in pieces (`Pieces`): its pieces' trees, not the whole's, are what gumbo holds.
    static let piecewiseAbove = 4 << 20
    static let pieceLength = 1 << 20

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, fragment: Bool) -> Storage {
        if !fragment, bytes.count > piecewiseAbove, let pieces = Pieces.parse(bytes, pieceLength: pieceLength) {
            return Storage(pieces.builder)
        }
        var builder = Builder(reservingFor: bytes)
        Gumbo.withTree(of: bytes, fragment: fragment) { builder.copy($0.root) }
        return Storage(builder)
    }

    /// Two DOMs the same node for node: tags, parents, attributes and text (for tests of the pieces' parse).
    func isSameTree(as other: DOM) -> Bool {
        let (a, b) = (storage, other.storage)
        return a.tags == b.tags && a.customNames == b.customNames && a.parents == b.parents && a.spans == b.spans
            && a.attributeNameIDs == b.attributeNameIDs && a.attributeNames == b.attributeNames
            && a.valueRanges == b.valueRanges && a.characters == b.characters
    }

    /// The arrays as gumbo's tree is read into them.
    struct Builder {
        var tags: [Int32] = []
        var customNames: [String] = []
        var customTags: [String: Int32] = [:]
        var parents: [Int32] = []
        var spans: [ByteRange] = []
        var attributeNameIDs: [Int32] = []
        var attributeNames: [String] = []
        var attributeIDs: [String: Int32] = [:]
        var valueRanges: [ByteRange] = []
        var characters: [UInt8] = []

        /// Room for what the page can hold at most (a tag and a text after it for each `<`, an attribute for each
        /// `=`, no more text than the page), taken at once: arrays that grow by doubling hold both their old and
        /// new buffers at each step, and room never written is never in memory.
        init(reservingFor page: UnsafeBufferPointer<UInt8>) {
            var tags = 0, values = 0
            for byte in page {
                if byte == UInt8(ascii: "<") { tags += 1 } else if byte == UInt8(ascii: "=") { values += 1 }
            }
            let nodes = 2 * tags + 2
            self.tags.reserveCapacity(nodes)
            parents.reserveCapacity(nodes)
            spans.reserveCapacity(nodes)
            attributeNameIDs.reserveCapacity(values)
            valueRanges.reserveCapacity(values)
            characters.reserveCapacity(page.count)
        }

        /// Depth first with an explicit stack: nesting must not cost the call stack.
        mutating func copy(_ root: UnsafeMutablePointer<GumboNode>) {
            copy(from: [(root, -1)]) { _, _ in }
        }

        /// Copies the trees on `stack` (the last first) under the parents given with them, and tells `visit`
        /// each node copied and its index.
        mutating func copy(from stack: [(node: UnsafeMutablePointer<GumboNode>, parent: Int32)],
                           visit: (UnsafeMutablePointer<GumboNode>, Int32) -> Void) {
            var stack = stack
            while let (node, parent) = stack.popLast() {
                let index = Int32(tags.count)
                switch node.pointee.type {
                case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                    tags.append(Int32(DOM.textTag))
                    spans.append(append(node.pointee.v.text.text))
                case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                    let element = node.pointee.v.element
                    tags.append(tag(of: node))
                    let first = UInt32(attributeNameIDs.count)
                    for position in 0..<Int(element.attributes.length) {
                        let attribute = element.attributes.data[position]!.assumingMemoryBound(to: GumboAttribute.self).pointee
                        attributeNameIDs.append(attributeID(String(cString: attribute.name).lowercased()))
                        valueRanges.append(append(attribute.value))
                    }
                    spans.append(ByteRange(start: first, end: UInt32(attributeNameIDs.count)))
                    let children = element.children
                    for position in stride(from: Int(children.length) - 1, through: 0, by: -1) {
                        stack.append((children.data[position]!.assumingMemoryBound(to: GumboNode.self), index))
                    }
                default:
                    // Comments and the document node itself carry nothing to read.
                    continue
                }
                parents.append(parent)
                visit(node, index)
            }
        }

        /// How much is built, to go back to (`rollBack(to:)`) when a piece is parsed again.
        struct Mark {
            fileprivate var nodes, attributes, attributeNames, characters, customNames: Int
        }

        var mark: Mark {
            Mark(nodes: tags.count, attributes: attributeNameIDs.count, attributeNames: attributeNames.count,
                 characters: characters.count, customNames: customNames.count)
        }

        mutating func rollBack(to mark: Mark) {
            tags.removeLast(tags.count - mark.nodes)
            parents.removeLast(parents.count - mark.nodes)
            spans.removeLast(spans.count - mark.nodes)
            attributeNameIDs.removeLast(attributeNameIDs.count - mark.attributes)
            valueRanges.removeLast(valueRanges.count - mark.attributes)
            for name in attributeNames[mark.attributeNames...] { attributeIDs[name] = nil }
            attributeNames.removeLast(attributeNames.count - mark.attributeNames)
            characters.removeLast(characters.count - mark.characters)
            for name in customNames[mark.customNames...] { customTags[name] = nil }
            customNames.removeLast(customNames.count - mark.customNames)
        }

        /// The name's entry in `attributeNames`, made the first time it is seen.
        private mutating func attributeID(_ name: String) -> Int32 {
            if let known = attributeIDs[name] { return known }
            let id = Int32(attributeNames.count)
            attributeNames.append(name)
            attributeIDs[name] = id
            return id
        }

        private mutating func append(_ text: UnsafePointer<CChar>?) -> ByteRange {
            let start = UInt32(characters.count)
            if let text { characters.append(contentsOf: UnsafeRawBufferPointer(start: text, count: strlen(text))) }
            return ByteRange(start: start, end: UInt32(characters.count))
        }

        /// The tag, custom elements (`shreddit-comment`) included, whose names gumbo gives only in the source.
        private mutating func tag(of node: UnsafeMutablePointer<GumboNode>) -> Int32 {
            let element = node.pointee.v.element
            if element.tag != GUMBO_TAG_UNKNOWN { return Int32(element.tag.rawValue) }
            var piece = element.original_tag
            gumbo_tag_from_original_text(&piece)
            let name = piece.data.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: piece.length), as: UTF8.self).lowercased() } ?? ""
            // A nameless element reads as an empty text, as readers read it before.
            if name.isEmpty { return Int32(DOM.textTag) }
            if let known = customTags[name] { return known }
            let tag = Int32(DOM.knownTagCount + customNames.count)
            customNames.append(name)
            customTags[name] = tag
            return tag
        }
    }

    // MARK: Asking

    subscript(index: Int) -> Node { Node(storage: storage, index: index) }

    func attribute(_ name: String, of index: Int) -> String? {
        for position in storage.attributes(of: index) where storage.attributeName(at: position) == name {
            return storage.string(storage.valueRanges[position])
        }
        return nil
    }

    /// Whether the class list (split at any white space) holds `name`; on the value's bytes, with no string
    /// made: readers ask it of every element of a page, several times.
    func hasClass(_ name: String, _ index: Int) -> Bool {
        guard !name.isEmpty else { return false }
        for position in storage.attributes(of: index) where storage.attributeName(at: position) == "class" {
            let range = storage.valueRanges[position]
            return storage.characters.withUnsafeBufferPointer { characters in
                let classes = characters[Int(range.start)..<Int(range.end)]
                let wanted = name.utf8
                let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
                var start = classes.startIndex
                while start < classes.endIndex {
                    while start < classes.endIndex, isBlank(classes[start]) { start += 1 }
                    var end = start
                    while end < classes.endIndex, !isBlank(classes[end]) { end += 1 }
                    if classes[start..<end].elementsEqual(wanted) { return true }
                    start = end
                }
                return false
            }
        }
        return false
    }

    /// Whether the node is text (not an element).
    func isText(_ index: Int) -> Bool { Int(storage.tags[index]) == Self.textTag }

    /// Pushes the node's children for a depth-first walk: last first, so the first is taken next.
    private func pushChildren(of node: Int, onto stack: inout [Int]) {
        var position = Int(storage.childStarts[node + 1])
        let first = Int(storage.childStarts[node])
        while position > first {
            position -= 1
            stack.append(Int(storage.childList[position]))
        }
    }

    /// Every element under `index` (itself included) that `matches`, in document order.
    func all(under index: Int? = nil, where matches: (Int) -> Bool) -> [Int] {
        var found: [Int] = []
        var stack = [index ?? root]
        while let node = stack.popLast() {
            if !isText(node), matches(node) { found.append(node) }
            pushChildren(of: node, onto: &stack)
        }
        return found
    }

    func first(under index: Int? = nil, where matches: (Int) -> Bool) -> Int? {
        var stack = [index ?? root]
        while let node = stack.popLast() {
            if !isText(node), matches(node) { return node }
            pushChildren(of: node, onto: &stack)
        }
        return nil
    }

    /// Elements with this class, or this tag, under `index`.
    func all(_ selector: Selector, under index: Int? = nil) -> [Int] { all(under: index) { matches(selector, $0) } }
    func first(_ selector: Selector, under index: Int? = nil) -> Int? { first(under: index) { matches(selector, $0) } }

    /// The nearest ancestor (not itself) that `matches`.
    func ancestor(of index: Int, where matches: (Int) -> Bool) -> Int? {
        var current = self[index].parent
        while let node = current {
            if matches(node) { return node }
            current = self[node].parent
        }
        return nil
    }

    func matches(_ selector: Selector, _ index: Int) -> Bool {
        switch selector {
        case .tag(let name): return self[index].name == name
        case .class(let name): return hasClass(name, index)
        case .tagClass(let tag, let name): return self[index].name == tag && hasClass(name, index)
        case .attribute(let name): return attribute(name, of: index) != nil
        }
    }

    /// Visible text under `index`, white space collapsed, scripts, styles and hidden parts left out.
    func text(of index: Int) -> String {
        var out = ""
        var stack = [index]
        while let node = stack.popLast() {
            if isText(node) {
                for character in self[node].text {
                    if character.isWhitespace { if !out.isEmpty && out.last != " " { out.append(" ") } } else { out.append(character) }
                }
                continue
            }
            if isHidden(node) { continue }
            pushChildren(of: node, onto: &stack)
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Elements no reader shows: scripts, styles, templates, `hidden` and `aria-hidden`.
    func isHidden(_ index: Int) -> Bool {
        switch self[index].name {
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
