import Glibc

/// A JSON parser that works on the bytes: one pass builds a flat tape of nodes (no nested
/// allocations, no recursion, so nesting depth costs neither stack nor teardown time), and
/// strings and numbers are only decoded when a format asks for them.
final class JSONTape {
    enum Kind: UInt8 { case null, bool, number, string, escapedString, array, object }

    struct Node {
        /// Strings and numbers: their bytes (strings without quotes). Booleans: `start` is 1 for true.
        var start: Int32
        /// `end` in the low 29 bits and `kind` in the top 3: a node takes 8 bytes, not 12.
        private var packed: UInt32

        init(kind: Kind, start: Int32, end: Int32) {
            self.start = start
            packed = UInt32(kind.rawValue) << 29 | UInt32(end)
        }

        // Every value of the top 3 bits that `init` writes is a kind: no check for one that is not.
        var kind: Kind { unsafeBitCast(UInt8(packed >> 29), to: Kind.self) }

        /// Containers: the tape index just past their last descendant. Scalars: end of their bytes.
        var end: Int32 {
            get { Int32(packed & JSONTape.endMask) }
            set { packed = packed & ~JSONTape.endMask | UInt32(newValue) }
        }
    }

    private static let endMask: UInt32 = 1 << 29 - 1

    struct Failure: Error {
        var reason: String
    }

    // Constants once parsed: a final class's `let` is read without a check for exclusive access or a retain of
    // its array, which every field lookup of a structured thread would pay.
    let bytes: [UInt8]
    let nodes: [Node]
    /// Tape indices of the top-level values (several for JSON lines).
    let roots: [Int]
    /// Containers the input ended inside of, when a cut prefix was parsed: closed where the input ends.
    let cutContainers: Set<Int>

    /// Parses one value, or with `sequence` any number of whitespace-separated values (JSON lines). With
    /// `prefix`, the input may end anywhere inside the (single) value: what was cut off is left out, and
    /// `cutContainers` names the containers it ended inside of.
    convenience init(_ bytes: [UInt8], sequence: Bool = false, prefix: Bool = false) throws {
        try self.init(bytes, sequence: sequence, prefix: prefix, handOver: nil)
    }

    /// Parses one value, handing each container that is an array's element `depth` containers down over to
    /// `receive` as soon as it closes, on a tape of its own, with the index of the top-level value's child it lies
    /// in; the handed-over nodes are not kept (their array is left empty here). A thread's comments are so read
    /// one top-level comment at a time, and the whole file's tape (8 bytes a value, half a Reddit file's size) is
    /// never held with the comments made from it.
    convenience init(_ bytes: [UInt8], handingOver depth: Int, to receive: @escaping (_ element: ParsedJSON, _ branch: Int) throws -> Void) throws {
        try self.init(bytes, sequence: false, prefix: false, handOver: HandOver(depth: depth) { nodes, branch in
            try receive(ParsedJSON(tape: JSONTape(bytes, nodes: nodes), index: 0), branch)
        })
    }

    private init(_ bytes: [UInt8], nodes: [Node]) {
        self.bytes = bytes
        self.nodes = nodes
        roots = [0]
        cutContainers = []
    }

    private init(_ bytes: [UInt8], sequence: Bool, prefix: Bool, handOver: HandOver?) throws {
        self.bytes = bytes
        guard bytes.count <= Int(Self.endMask) else { throw Failure(reason: "too large for a JSON thread (over 512 MB)") }
        // Built in a local value, not through this object's properties: each access to a class's stored
        // array is checked for exclusivity at run time, which cost a tenth of the parse.
        var builder = Builder(count: handOver == nil ? bytes.count : 0, truncationAllowed: prefix)
        var roots: [Int] = []
        try bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            builder.skipSpace(buffer, &i)
            while i < buffer.count {
                roots.append(builder.nodes.count)
                try builder.parseValue(buffer, &i, handOver: handOver)
                if !builder.cut.isEmpty { break }
                builder.skipSpace(buffer, &i)
                if !sequence && i < buffer.count { throw Failure(reason: "unexpected text after the JSON value at byte \(i)") }
            }
        }
        if roots.isEmpty { throw Failure(reason: "no JSON value") }
        self.roots = roots
        nodes = builder.nodes
        cutContainers = Set(builder.cut)
    }

    /// Whether the input held the whole of a node (always, unless a cut prefix was parsed).
    func isWhole(_ index: Int) -> Bool { !cutContainers.contains(index) }

    /// Where `init(_:handingOver:to:)` hands containers over, and to what (their nodes, the ends made relative).
    private struct HandOver {
        var depth: Int
        var receive: (_ nodes: [Node], _ branch: Int) throws -> Void
    }

    /// The one pass over the bytes.
    private struct Builder {
        var nodes: [Node] = []
        /// With a cut prefix: the containers still open where the input ended.
        var cut: [Int] = []
        let truncationAllowed: Bool

        init(count: Int, truncationAllowed: Bool) {
            // A Reddit thread has a node for every 13–14 bytes: room for all of them, so the tape is never copied
            // to grow (pages never written to take no memory).
            nodes.reserveCapacity(count / 8)
            self.truncationAllowed = truncationAllowed
        }

        func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        /// The input ends inside a value: fails, or with a cut prefix closes every open container there, leaving
        /// out the member whose key was read but not its value.
        private mutating func ended(inside open: [Int], reason: String, keyPending: Bool = false) throws {
            guard truncationAllowed, !open.isEmpty else { throw Failure(reason: reason) }
            if keyPending { nodes.removeLast() }
            for container in open { nodes[container].end = Int32(nodes.count) }
            cut = open
        }

        /// One value; containers are handled with an explicit stack of open nodes.
        mutating func parseValue(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, handOver: HandOver? = nil) throws {
            var open: [Int] = [] // tape indices of unfinished containers
            var expectingKey = false
            var branch = -1 // which of the top-level container's values is being read
            while true {
                skipSpace(bytes, &i)
                guard i < bytes.count else { return try ended(inside: open, reason: "the file ends inside a value (truncated?)") }
                if expectingKey {
                    if bytes[i] == UInt8(ascii: "}") {
                        // Empty object, or a `}` after a comma, which the separator check below rejects.
                    } else {
                        guard bytes[i] == UInt8(ascii: "\"") else { throw Failure(reason: "expected a key at byte \(i)") }
                        guard try parseString(bytes, &i) else {
                            return try ended(inside: open, reason: "the file ends inside a string (truncated?)")
                        }
                        skipSpace(bytes, &i)
                        guard i < bytes.count else { return try ended(inside: open, reason: "the file ends inside an object (truncated?)", keyPending: true) }
                        guard bytes[i] == UInt8(ascii: ":") else { throw Failure(reason: "expected ':' at byte \(i)") }
                        i += 1
                        skipSpace(bytes, &i)
                        guard i < bytes.count else { return try ended(inside: open, reason: "the file ends inside an object (truncated?)", keyPending: true) }
                    }
                }
                let b = bytes[i]
                if open.count == 1 { branch += 1 }
                var justOpened = false
                switch b {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    open.append(nodes.count)
                    nodes.append(Node(kind: b == UInt8(ascii: "{") ? .object : .array, start: Int32(i), end: 0))
                    i += 1
                    justOpened = true
                case UInt8(ascii: "\""):
                    guard try parseString(bytes, &i) else {
                        return try ended(inside: open, reason: "the file ends inside a string (truncated?)", keyPending: expectingKey)
                    }
                case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                    let (word, kind, value): (StaticString, Kind, Int32) = b == UInt8(ascii: "t") ? ("true", .bool, 1)
                        : b == UInt8(ascii: "f") ? ("false", .bool, 0) : ("null", .null, 0)
                    guard try literal(word, bytes, &i) else {
                        return try ended(inside: open, reason: "the file ends inside a value (truncated?)", keyPending: expectingKey)
                    }
                    nodes.append(Node(kind: kind, start: value, end: Int32(i)))
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let start = i
                    while i < bytes.count, JSONTape.isNumberByte(bytes[i]) { i += 1 }
                    // A number the input ends in may be cut short.
                    if i == bytes.count, truncationAllowed, !open.isEmpty {
                        return try ended(inside: open, reason: "", keyPending: expectingKey)
                    }
                    nodes.append(Node(kind: .number, start: Int32(start), end: Int32(i)))
                // (A comma before the bracket of an array whose elements were all handed over passes here.)
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard justOpenedContainer(open), closes(b, open) else { throw Failure(reason: "unexpected '\(Character(Unicode.Scalar(b)))' at byte \(i)") }
                default:
                    throw Failure(reason: "unexpected '\(Character(Unicode.Scalar(b)))' at byte \(i)")
                }
                if justOpened {
                    skipSpace(bytes, &i)
                    expectingKey = nodes[open[open.count - 1]].kind == .object
                    continue
                }
                // After a value: a comma continues the container, a bracket closes it (perhaps several).
                while let top = open.last {
                    skipSpace(bytes, &i)
                    guard i < bytes.count else { return try ended(inside: open, reason: "the file ends inside a value (truncated?)") }
                    let isObject = nodes[top].kind == .object
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        expectingKey = isObject
                        break
                    }
                    guard bytes[i] == UInt8(ascii: isObject ? "}" : "]") else {
                        throw Failure(reason: "expected ',' or '\(isObject ? "}" : "]")' at byte \(i)")
                    }
                    i += 1
                    nodes[top].end = Int32(nodes.count)
                    open.removeLast()
                    if let handOver, open.count == handOver.depth, nodes[open[open.count - 1]].kind == .array {
                        try handOver.receive(handingOver(from: top), branch)
                    }
                }
                if open.isEmpty { return }
            }
        }

        /// The nodes from `start` on, taken off the tape, with their containers' ends counted from `start`.
        private mutating func handingOver(from start: Int) -> [Node] {
            var taken = Array(nodes[start...])
            nodes.removeSubrange(start...)
            for k in taken.indices where taken[k].kind == .array || taken[k].kind == .object { taken[k].end -= Int32(start) }
            return taken
        }

        /// An empty container closing right after it opened.
        private func justOpenedContainer(_ open: [Int]) -> Bool {
            guard let top = open.last else { return false }
            return top == nodes.count - 1
        }

        private func closes(_ b: UInt8, _ open: [Int]) -> Bool {
            guard let top = open.last else { return false }
            return (nodes[top].kind == .object) == (b == UInt8(ascii: "}"))
        }

        /// False when the input ends inside the word.
        private func literal(_ word: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws -> Bool {
            let count = word.utf8CodeUnitCount
            for k in 0..<count {
                guard i + k < bytes.count else { return false }
                if bytes[i + k] != word.utf8Start[k] { throw Failure(reason: "unexpected text at byte \(i)") }
            }
            i += count
            return true
        }

        /// A string node; false when the input ends inside it. Strings are most of a thread's bytes, so they
        /// are scanned sixteen bytes at a time for a quote or a backslash.
        private mutating func parseString(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws -> Bool {
            let start = i + 1
            var j = start
            var escaped = false
            let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\"")), backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            scan: while true {
                while j + 16 <= bytes.count {
                    let chunk = raw.loadUnaligned(fromByteOffset: j, as: SIMD16<UInt8>.self)
                    // Read as two words: the lanes that are 0xFF hold a quote or a backslash.
                    let lanes = unsafeBitCast((chunk .== quote) .| (chunk .== backslash), to: (UInt64, UInt64).self)
                    if lanes.0 != 0 { j += lanes.0.trailingZeroBitCount / 8; break }
                    if lanes.1 != 0 { j += 8 + lanes.1.trailingZeroBitCount / 8; break }
                    j += 16
                }
                while j < bytes.count, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\") { j += 1 }
                guard j < bytes.count else { return false }
                if bytes[j] == UInt8(ascii: "\"") { break scan }
                escaped = true
                j += 2
            }
            nodes.append(Node(kind: escaped ? .escapedString : .string, start: Int32(start), end: Int32(j)))
            i = j + 1
            return true
        }
    }

    fileprivate static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b | 0x20 == UInt8(ascii: "e")
    }

    // MARK: Reading nodes

    func string(at index: Int) -> String? {
        let node = nodes[index]
        switch node.kind {
        case .string: return withBytes(of: node) { String(decoding: $0, as: UTF8.self) }
        case .escapedString: return Self.unescape(bytes[Int(node.start)..<Int(node.end)])
        default: return nil
        }
    }

    /// `body` of a string's or number's bytes, through a pointer: a slice of the file's array would retain it, and
    /// the comments of a thread made on every core at once would each retain and release that one count.
    @inline(__always)
    private func withBytes<Result>(of node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(node.start)..<Int(node.end)])) }
    }

    /// The tape index of the value of the object's member named `key`, the first if it repeats.
    func member(of object: Int, named key: String) -> Int? {
        var key = key
        return key.withUTF8 { key in
            var found: Int?
            forEachMember(of: object) { name, value in
                guard name.is(key) else { return true }
                found = value
                return false
            }
            return found
        }
    }

    /// The tape index of the value of each of `keys` in the object (the first where one repeats), in the keys'
    /// order, -1 where it has none: found in one pass over its members, where a lookup each would pass over
    /// them once per key.
    func members(of object: Int, named keys: JSONKeys) -> JSONKeys.Places {
        // Kept in a vector, not an array: an array a comment (twice) cost its allocation and a lookup of its type.
        var found = JSONKeys.Places(repeating: -1)
        var left = keys.count
        // A loop of its own, not `forEachMember`: a comment's every member passes here, and is told apart from each
        // key by its length and first eight bytes, which settle all but long names.
        nodes.withUnsafeBufferPointer { nodes in
            bytes.withUnsafeBufferPointer { bytes in
                keys.probes.withUnsafeBufferPointer { probes in
                    keys.bytes.withUnsafeBufferPointer { wanted in
                        let end = Int(nodes[object].end)
                        var child = object + 1
                        while child < end, left > 0 {
                            let name = nodes[child]
                            var matched: Int?
                            if name.kind == .string {
                                let start = Int(name.start), length = Int(name.end) - start
                                // One load where the buffer holds eight bytes from its start, its first bytes the
                                // word's low ones (little-endian, as `head(of:)` copies them).
                                let head = start + 8 <= bytes.count
                                    ? UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self) & (length >= 8 ? ~0 : 1 << (8 * length) - 1)
                                    : JSONKeys.head(of: UnsafeBufferPointer(rebasing: bytes[start..<Int(name.end)]))
                                matched = probes.indices.first { k in
                                    let probe = probes[k]
                                    return probe.head == head && probe.length == length && found[k] < 0
                                        && (length <= 8 || memcmp(bytes.baseAddress! + start + 8, wanted.baseAddress! + probe.start + 8, length - 8) == 0)
                                }
                            } else if name.kind == .escapedString, let text = string(at: child) {
                                // A key with escapes (rare): by its text.
                                matched = (0..<keys.count).first { found[$0] < 0 && keys.names[$0] == text }
                            }
                            if let matched {
                                found[matched] = Int32(child + 1)
                                left -= 1
                            }
                            let value = nodes[child + 1]
                            child = value.kind == .array || value.kind == .object ? Int(value.end) : child + 2
                        }
                    }
                }
            }
        }
        return found
    }

    /// A member's key as the tape holds it.
    private struct KeyName {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Its text, for a key with escapes (rare).
        let unescaped: String?

        func `is`(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
            if let unescaped { return unescaped == String(decoding: key, as: UTF8.self) }
            return bytes.count == key.count && (key.count == 0 || memcmp(bytes.baseAddress!, key.baseAddress!, key.count) == 0)
        }
    }

    /// Each member of the object, its key and its value's tape index, until `body` returns false. Through
    /// pointers: a structured thread's every field is looked up here, in objects of up to a hundred members (a
    /// Reddit comment's data), and each key compared through the arrays' checked subscripts cost more than its bytes.
    private func forEachMember(of object: Int, _ body: (KeyName, Int) -> Bool) {
        nodes.withUnsafeBufferPointer { nodes in
            bytes.withUnsafeBufferPointer { bytes in
                let end = Int(nodes[object].end)
                var child = object + 1
                while child < end {
                    let name = nodes[child]
                    if name.kind == .string || name.kind == .escapedString {
                        let key = KeyName(bytes: UnsafeBufferPointer(rebasing: bytes[Int(name.start)..<Int(name.end)]),
                                          unescaped: name.kind == .escapedString ? string(at: child) : nil)
                        if !body(key, child + 1) { return }
                    }
                    let value = nodes[child + 1]
                    child = value.kind == .array || value.kind == .object ? Int(value.end) : child + 2
                }
            }
        }
    }

    func numberText(at index: Int) -> String? {
        number(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// `read` of a number node's bytes, as written; nil for a node of another kind.
    func number<Result>(at index: Int, _ read: (UnsafeBufferPointer<UInt8>) -> Result?) -> Result? {
        let node = nodes[index]
        guard node.kind == .number else { return nil }
        return withBytes(of: node, read)
    }

    func kind(at index: Int) -> Kind { nodes[index].kind }

    /// Whether the node is a string of exactly `text`'s bytes: a type's tag (`"kind": "t1"`) is told without a String
    /// made for it.
    func isString(at index: Int, _ text: StaticString) -> Bool {
        let node = nodes[index], wanted = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        // An escape writes at most 3 bytes in 6 (`\uFFFF`): a longer string is not unescaped to be told apart.
        if node.kind == .escapedString {
            return Int(node.end - node.start) <= 6 * wanted.count && string(at: index).map { $0.utf8.elementsEqual(wanted) } ?? false
        }
        return node.kind == .string && withBytes(of: node) { $0.elementsEqual(wanted) }
    }

    func double(at index: Int) -> Double? {
        if kind(at: index) == .number { return number(at: index) { Double(shortDecimal: $0) ?? Double(String(decoding: $0, as: UTF8.self)) } }
        return string(at: index).flatMap(Double.init)
    }

    /// Whole numbers; a fraction is cut toward zero, a number beyond Int's range (`1e99`) is nil.
    func int(at index: Int) -> Int? {
        if kind(at: index) == .number {
            return number(at: index) { Int(decimal: $0) ?? Double(String(decoding: $0, as: UTF8.self)).flatMap { Int(exactly: $0.rounded(.towardZero)) } }
        }
        return string(at: index).flatMap { Int($0) }
    }

    /// Booleans as JSON gives them, or as the strings/numbers some exports use.
    func bool(at index: Int) -> Bool {
        let node = nodes[index]
        switch node.kind {
        case .bool: return node.start == 1
        case .number: return int(at: index).map { $0 != 0 } ?? false
        default: return string(at: index) == "true"
        }
    }

    /// The value of the object's member named `key`; nil when the node is no object or has no such member.
    func member(_ key: String, of object: Int) -> Int? {
        kind(at: object) == .object ? member(of: object, named: key) : nil
    }

    /// Each element of an array, or each value of an object, in order.
    func forEachElement(of index: Int, _ body: (Int) -> Void) {
        let kind = kind(at: index)
        guard kind == .array || kind == .object else { return }
        // An object's children alternate key, value: step over each key to its value.
        let step = kind == .object ? 1 : 0
        var child = index + 1
        let end = next(after: index)
        while child < end {
            body(child + step)
            child = next(after: child + step)
        }
    }

    /// A string's text as a body read when first asked for (`DeferredBody`); an empty body for a node of another kind.
    func deferredBody(at index: Int, hiding: HidingBytes?, reader: @escaping @Sendable (String) -> Body) -> DeferredBody {
        guard let text = stringBytes(at: index) else { return .empty }
        return DeferredBody(jsonString: bytes, range: text.range, escaped: text.escaped, hiding: hiding, reader: reader)
    }

    /// Index of the node after `index` and everything inside it.
    func next(after index: Int) -> Int {
        let node = nodes[index]
        return node.kind == .array || node.kind == .object ? Int(node.end) : index + 1
    }

    /// A string node's text: where its bytes lie in the file, and whether they hold escapes (read them with
    /// `text(of:escaped:)`); nil for a node of another kind.
    func stringBytes(at index: Int) -> (range: Range<Int>, escaped: Bool)? {
        let node = nodes[index]
        guard node.kind == .string || node.kind == .escapedString else { return nil }
        return (Int(node.start)..<Int(node.end), node.kind == .escapedString)
    }

    /// The text of a string's bytes (without its quotes).
    static func text(of bytes: ArraySlice<UInt8>, escaped: Bool) -> String {
        escaped ? unescape(bytes) : String(decoding: bytes, as: UTF8.self)
    }

    private static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        let range = bytes.indices
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= range.upperBound else { return nil }
            return UInt32(String(decoding: bytes[at..<(at + 4)], as: UTF8.self), radix: 16)
        }
        while i < range.upperBound {
            let b = bytes[i]
            guard b == UInt8(ascii: "\\"), i + 1 < range.upperBound else { out.append(b); i += 1; continue }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var code = hex4(i) else { out.append(contentsOf: "\u{FFFD}".utf8); continue }
                i += 4
                if (0xD800...0xDBFF).contains(code), i + 1 < range.upperBound, bytes[i] == UInt8(ascii: "\\"),
                   bytes[i + 1] == UInt8(ascii: "u"), let low = hex4(i + 2), (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8)
            default: out.append(e) // \" \\ \/
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
