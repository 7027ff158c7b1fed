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

        var kind: Kind { Kind(rawValue: UInt8(packed >> 29))! }

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

    let bytes: [UInt8]
    private(set) var nodes: [Node] = []
    /// Tape indices of the top-level values (several for JSON lines).
    private(set) var roots: [Int] = []

    /// Parses one value, or with `sequence` any number of whitespace-separated values (JSON lines).
    init(_ bytes: [UInt8], sequence: Bool = false) throws {
        self.bytes = bytes
        guard bytes.count <= Int(Self.endMask) else { throw Failure(reason: "too large for a JSON thread (over 512 MB)") }
        nodes.reserveCapacity(bytes.count / 16)
        var i = 0
        skipSpace(&i)
        while i < bytes.count {
            roots.append(nodes.count)
            try parseValue(&i)
            skipSpace(&i)
            if !sequence && i < bytes.count { throw Failure(reason: "unexpected text after the JSON value at byte \(i)") }
        }
        if roots.isEmpty { throw Failure(reason: "no JSON value") }
    }

    private func skipSpace(_ i: inout Int) {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// One value; containers are handled with an explicit stack of open nodes.
    private func parseValue(_ i: inout Int) throws {
        var open: [Int] = [] // tape indices of unfinished containers
        var expectingKey = false
        while true {
            skipSpace(&i)
            guard i < bytes.count else { throw Failure(reason: "the file ends inside a value (truncated?)") }
            if expectingKey {
                if bytes[i] == UInt8(ascii: "}") {
                    // Empty object, or a `}` after a comma, which the separator check below rejects.
                } else {
                    guard bytes[i] == UInt8(ascii: "\"") else { throw Failure(reason: "expected a key at byte \(i)") }
                    try parseString(&i)
                    skipSpace(&i)
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw Failure(reason: "expected ':' at byte \(i)") }
                    i += 1
                    skipSpace(&i)
                    guard i < bytes.count else { throw Failure(reason: "the file ends inside an object (truncated?)") }
                }
            }
            let b = bytes[i]
            var justOpened = false
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                open.append(nodes.count)
                nodes.append(Node(kind: b == UInt8(ascii: "{") ? .object : .array, start: Int32(i), end: 0))
                i += 1
                justOpened = true
            case UInt8(ascii: "\""):
                try parseString(&i)
            case UInt8(ascii: "t"): try literal("true", &i); nodes.append(Node(kind: .bool, start: 1, end: Int32(i)))
            case UInt8(ascii: "f"): try literal("false", &i); nodes.append(Node(kind: .bool, start: 0, end: Int32(i)))
            case UInt8(ascii: "n"): try literal("null", &i); nodes.append(Node(kind: .null, start: 0, end: Int32(i)))
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = i
                while i < bytes.count, Self.isNumberByte(bytes[i]) { i += 1 }
                nodes.append(Node(kind: .number, start: Int32(start), end: Int32(i)))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard justOpenedContainer(open), closes(b, open) else { throw Failure(reason: "unexpected '\(Character(Unicode.Scalar(b)))' at byte \(i)") }
            default:
                throw Failure(reason: "unexpected '\(Character(Unicode.Scalar(b)))' at byte \(i)")
            }
            if justOpened {
                skipSpace(&i)
                expectingKey = nodes[open.last!].kind == .object
                continue
            }
            // After a value: a comma continues the container, a bracket closes it (perhaps several).
            while let top = open.last {
                skipSpace(&i)
                guard i < bytes.count else { throw Failure(reason: "the file ends inside a value (truncated?)") }
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
            }
            if open.isEmpty { return }
        }
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

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b | 0x20 == UInt8(ascii: "e")
    }

    private func literal(_ word: StaticString, _ i: inout Int) throws {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { throw Failure(reason: "the file ends inside a value (truncated?)") }
        for k in 0..<count where bytes[i + k] != word.utf8Start[k] { throw Failure(reason: "unexpected text at byte \(i)") }
        i += count
    }

    private func parseString(_ i: inout Int) throws {
        let start = i + 1
        var j = start
        var escaped = false
        while j < bytes.count {
            let b = bytes[j]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { escaped = true; j += 2; continue }
            j += 1
        }
        guard j < bytes.count else { throw Failure(reason: "the file ends inside a string (truncated?)") }
        nodes.append(Node(kind: escaped ? .escapedString : .string, start: Int32(start), end: Int32(j)))
        i = j + 1
    }

    // MARK: Reading nodes

    func string(at index: Int) -> String? {
        let node = nodes[index]
        switch node.kind {
        case .string: return String(decoding: bytes[Int(node.start)..<Int(node.end)], as: UTF8.self)
        case .escapedString: return unescape(Int(node.start)..<Int(node.end))
        default: return nil
        }
    }

    /// Whether a string node's bytes equal `key` (keys are compared without building a String).
    func stringEquals(_ index: Int, _ key: String) -> Bool {
        let node = nodes[index]
        guard node.kind == .string else { return node.kind == .escapedString && string(at: index) == key }
        let start = Int(node.start), end = Int(node.end)
        return key.utf8.withContiguousStorageIfAvailable { key in
            guard end - start == key.count else { return false }
            var k = 0
            while k < key.count { if bytes[start + k] != key[k] { return false }; k += 1 }
            return true
        } ?? (String(decoding: bytes[start..<end], as: UTF8.self) == key)
    }

    func numberText(at index: Int) -> String? {
        let node = nodes[index]
        guard node.kind == .number else { return nil }
        return String(decoding: bytes[Int(node.start)..<Int(node.end)], as: UTF8.self)
    }

    /// Index of the node after `index` and everything inside it.
    func next(after index: Int) -> Int {
        let node = nodes[index]
        return node.kind == .array || node.kind == .object ? Int(node.end) : index + 1
    }

    private func unescape(_ range: Range<Int>) -> String {
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
