import Foundation

/// Reading JSON sources: sniffing by content, parsing with errors a person can read, and typed field access.
enum JSONInput {
    /// How far into a file the sniffers look for telltale keys.
    static let sniffWindow = 256 * 1024

    static func startsLikeJSON(_ input: SourceText) -> Bool {
        let first = input.firstSignificantByte
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// True when every needle occurs in the first `sniffWindow` bytes (keys are given with their quotes).
    static func head(of input: SourceText, contains needles: [String]) -> Bool {
        let head = input.bytes.prefix(sniffWindow)
        return needles.allSatisfy { contains(Array($0.utf8), in: head) }
    }

    static func contains(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The whole input as one JSON value; truncated input is `malformed`.
    static func parse(_ input: SourceText, format: String) throws -> ParsedJSON {
        try values(input, format: format, sequence: false)[0]
    }

    /// The whole input as one JSON value, its arrays' containers `depth` levels down handed to `receive` as they
    /// are read, with the index of the top-level child they lie in, and not kept (`JSONTape.init(_:handingOver:to:)`).
    static func parse(_ input: SourceText, format: String, handingOver depth: Int,
                      to receive: @escaping (_ element: ParsedJSON, _ branch: Int) -> Void) throws -> ParsedJSON {
        do {
            return ParsedJSON(tape: try JSONTape(input.bytes, handingOver: depth, to: receive), index: 0)
        } catch let failure as JSONTape.Failure {
            throw ThreadError.malformed(format: format, reason: failure.reason)
        }
    }

    /// The start of one JSON value, cut anywhere: what the input holds of it (`ParsedJSON.isWhole` says which
    /// values it holds whole).
    static func parse(prefix input: SourceText, format: String) throws -> ParsedJSON {
        try values(input, format: format, sequence: false, prefix: true)[0]
    }

    /// Every top-level value: one for a JSON document, one per line for JSON lines.
    static func values(_ input: SourceText, format: String, sequence: Bool = true, prefix: Bool = false) throws -> [ParsedJSON] {
        do {
            let tape = try JSONTape(input.bytes, sequence: sequence, prefix: prefix)
            return tape.roots.map { ParsedJSON(tape: tape, index: $0) }
        } catch let failure as JSONTape.Failure {
            throw ThreadError.malformed(format: format, reason: failure.reason)
        }
    }

    /// Whether the bytes are one JSON document, or JSON lines.
    static func isJSON(_ input: SourceText) -> Bool {
        (try? JSONTape(input.bytes, sequence: true)) != nil
    }
}

/// Member names a format reads from one kind of object, for `ParsedJSON.members(_:)`: their bytes in one buffer.
struct JSONKeys: Sendable {
    let names: [String]
    let bytes: [UInt8]
    let count: Int
    /// Each key's length, first eight bytes (`head(of:)`) and place in `bytes`: read for every member of every object
    /// looked in.
    let probes: [Probe]

    struct Probe {
        let length: Int
        let head: UInt64
        /// Where its bytes start in `bytes`.
        let start: Int
    }

    /// One of the names, found once (a format keeps it in a constant): looking a member up by its String at each
    /// comment compared Strings.
    struct Key: Sendable {
        fileprivate let position: Int
    }

    func key(_ name: String) -> Key {
        guard let position = names.firstIndex(of: name) else { preconditionFailure("\(name) is not among \(names)") }
        return Key(position: position)
    }

    /// Where each key's value lies on a tape (-1 for none), in the keys' order.
    typealias Places = SIMD8<Int32>

    init(_ names: String...) { self.init(names) }

    init(_ names: [String]) {
        precondition(names.count <= Places.scalarCount, "at most \(Places.scalarCount) keys are looked up at once")
        self.names = names
        bytes = names.flatMap(\.utf8)
        var start = 0
        let ranges = names.map { name in
            defer { start += name.utf8.count }
            return start..<(start + name.utf8.count)
        }
        count = names.count
        probes = zip(names, ranges).map { name, range in
            Probe(length: range.count, head: Array(name.utf8).withUnsafeBufferPointer(Self.head(of:)), start: range.lowerBound)
        }
    }

    /// A name's first eight bytes (fewer, the rest zero) in a word.
    @inline(__always)
    static func head(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        if let base = bytes.baseAddress { withUnsafeMutableBytes(of: &word) { $0.baseAddress!.copyMemory(from: base, byteCount: min(8, bytes.count)) } }
        return word
    }
}

extension JSONKeys.Places {
    /// The tape index of `key`'s value, one of the keys looked for.
    func index(of key: JSONKeys.Key) -> Int? { self[key.position] < 0 ? nil : Int(self[key.position]) }
}

/// Several members of an object, found at once (`ParsedJSON.members(_:)`).
struct JSONMembers {
    let object: ParsedJSON
    let values: JSONKeys.Places

    /// The value of `key`, one of the keys looked for.
    subscript(_ key: JSONKeys.Key) -> ParsedJSON? {
        values.index(of: key).map { ParsedJSON(tape: object.tape, index: $0) }
    }
}

/// A value on a `JSONTape`, with the typed field access the formats use.
struct ParsedJSON {
    let tape: JSONTape
    let index: Int

    var kind: JSONTape.Kind { tape.nodes[index].kind }
    var isObject: Bool { kind == .object }
    /// False for a value a cut prefix ends inside of.
    var isWhole: Bool { tape.isWhole(index) }

    /// Array elements, or an object's values.
    var elements: [ParsedJSON] { elements { _ in true } }

    /// The elements (or values) `include` takes, in one array.
    private func elements(where include: (JSONTape.Kind) -> Bool) -> [ParsedJSON] {
        var out: [ParsedJSON] = []
        tape.forEachElement(of: index) { element in
            if include(tape.kind(at: element)) { out.append(ParsedJSON(tape: tape, index: element)) }
        }
        return out
    }

    /// The objects among an array's elements.
    var objectElements: [ParsedJSON] { kind == .array ? elements { $0 == .object } : [] }

    /// Whether this is a string of exactly `text`'s bytes as written (no escapes): a type's tag (`"kind": "t1"`) is
    /// told without a String made for it.
    func isString(_ text: StaticString) -> Bool { tape.isString(at: index, text) }

    func member(_ key: String) -> ParsedJSON? {
        guard kind == .object else { return nil }
        return tape.member(of: index, named: key).map { ParsedJSON(tape: tape, index: $0) }
    }

    func has(_ key: String) -> Bool { member(key) != nil }

    /// The values of several keys, found in one pass over the members (`member` passes over them for each).
    func members(_ keys: JSONKeys) -> JSONMembers {
        JSONMembers(object: self, values: kind == .object ? tape.members(of: index, named: keys) : JSONKeys.Places(repeating: -1))
    }

    /// An object's keys, in order.
    var keys: [String] {
        guard kind == .object else { return [] }
        var out: [String] = []
        var child = index + 1
        let end = tape.next(after: index)
        while child < end {
            if let key = tape.string(at: child) { out.append(key) }
            child = tape.next(after: child + 1)
        }
        return out
    }

    var stringValue: String? { tape.string(at: index) }

    /// An id that may be a number or a string, as text.
    var idText: String? { tape.string(at: index) ?? tape.numberText(at: index) }

    var doubleValue: Double? { tape.double(at: index) }

    /// Whole numbers; a fraction is cut toward zero, a number beyond Int's range (`1e99`) is nil.
    var intValue: Int? { tape.int(at: index) }

    func string(_ key: String) -> String? { member(key)?.stringValue }
    /// The text of the string under `key` as a body, read by `reader` only when first asked for; an empty body
    /// when there is no such string.
    /// `hiding`: what in the string's bytes may join letters the body shows apart (`DeferredBody.mayHold`).
    func deferredBody(_ key: String, hiding: HidingBytes? = nil, reader: @escaping @Sendable (String) -> Body) -> DeferredBody {
        Self.deferredBody(of: member(key), hiding: hiding, reader: reader)
    }

    /// `deferredBody(_:hiding:reader:)` of a value found already.
    static func deferredBody(of value: ParsedJSON?, hiding: HidingBytes? = nil, reader: @escaping @Sendable (String) -> Body) -> DeferredBody {
        guard let value else { return .empty }
        return value.tape.deferredBody(at: value.index, hiding: hiding, reader: reader)
    }
    func object(_ key: String) -> ParsedJSON? { member(key).flatMap { $0.isObject ? $0 : nil } }
    func array(_ key: String) -> [ParsedJSON]? { member(key).flatMap { $0.kind == .array ? $0.elements : nil } }
    func objects(_ key: String) -> [ParsedJSON] { member(key)?.objectElements ?? [] }
    func int(_ key: String) -> Int? { member(key)?.intValue }
    func double(_ key: String) -> Double? { member(key)?.doubleValue }
    func id(_ key: String) -> String? { member(key)?.idText }

    /// Booleans as JSON gives them, or as the strings/numbers some exports use.
    func bool(_ key: String) -> Bool { member(key)?.boolValue ?? false }

    var boolValue: Bool { tape.bool(at: index) }

    /// Seconds since 1970 (`created_utc`, `time`).
    func epochDate(_ key: String) -> Date? { double(key).map { Date(timeIntervalSince1970: $0) } }
    func isoDate(_ key: String) -> Date? { string(key).flatMap(Timestamps.iso8601) }
}

