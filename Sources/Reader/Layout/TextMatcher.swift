/// Finds a search query in text, ignoring ASCII case, by scanning UTF-8 bytes
/// (fast enough to scan every comment of a large thread on each keystroke).
struct TextMatcher: Sendable, Equatable {
    private let needle: [UInt8]

    init(_ query: String) {
        needle = query.utf8.map(Self.folded)
    }

    var isEmpty: Bool { needle.isEmpty }

    /// The longest run of the query's letters and digits (bytes of other scripts count as letters): a text that
    /// holds the query holds it. What search looks for in a body's raw bytes before reading the body.
    var core: TextMatcher? {
        var best: ArraySlice<UInt8> = []
        var start = 0
        for index in 0...needle.count {
            if index < needle.count, Self.isLetterOrDigit(needle[index]) { continue }
            if index - start > best.count { best = needle[start..<index] }
            start = index + 1
        }
        return best.isEmpty ? nil : TextMatcher(folded: Array(best))
    }

    private init(folded needle: [UInt8]) {
        self.needle = needle
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
    }

    /// Whether bytes (UTF-8, not necessarily whole characters) hold the query.
    func matches(bytes: ArraySlice<UInt8>) -> Bool {
        !isEmpty && bytes.withUnsafeBufferPointer { firstOffset(in: $0, from: 0) } != nil
    }

    func matches(_ text: String) -> Bool {
        !isEmpty && firstRange(in: text, from: 0) != nil
    }

    /// Every non-overlapping occurrence, as UTF-8 offsets.
    func ranges(in text: String) -> [Range<Int>] {
        guard !isEmpty else { return [] }
        var found: [Range<Int>] = []
        var from = 0
        while let range = firstRange(in: text, from: from) {
            found.append(range)
            from = range.upperBound
        }
        return found
    }

    private func firstRange(in text: String, from start: Int) -> Range<Int>? {
        // A native string lends its bytes without a copy; any other is made native first.
        let origin = text.utf8.withContiguousStorageIfAvailable { firstOffset(in: $0, from: start) }
            ?? { var text = text; return text.withUTF8 { firstOffset(in: $0, from: start) } }()
        return origin.map { $0..<($0 + needle.count) }
    }

    /// Sixteen places at a time, those whose first and last bytes could be the needle's are picked out
    /// (compared with bit 0x20 set, which folds ASCII case and lets a few other bytes through) and only
    /// they are compared in full: a keystroke scans a 100,000-comment thread's text in a few milliseconds.
    private func firstOffset(in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = needle.count
        guard count > 0, start + count <= haystack.count, let base = haystack.baseAddress else { return nil }
        return needle.withUnsafeBufferPointer { needle -> Int? in
            func matches(at origin: Int) -> Bool {
                for offset in 0..<count where Self.folded(base[origin + offset]) != needle[offset] { return false }
                return true
            }
            // Lanes are 0xFF where both ends could match; checked lowest lane first.
            func firstMatch(amongLanes word: UInt64, from origin: Int) -> Int? {
                var word = word
                while word != 0 {
                    let lane = word.trailingZeroBitCount / 8
                    if matches(at: origin + lane) { return origin + lane }
                    word &= ~(0xFF << UInt64(lane * 8))
                }
                return nil
            }
            let caseBit = SIMD16<UInt8>(repeating: 0x20)
            let first = SIMD16<UInt8>(repeating: needle[0] | 0x20)
            let last = SIMD16<UInt8>(repeating: needle[count - 1] | 0x20)
            let raw = UnsafeRawPointer(base)
            var origin = start
            while origin + count + 15 <= haystack.count {
                let heads = raw.loadUnaligned(fromByteOffset: origin, as: SIMD16<UInt8>.self) | caseBit
                let tails = raw.loadUnaligned(fromByteOffset: origin + count - 1, as: SIMD16<UInt8>.self) | caseBit
                // Read as two words: the standard library's `any` over the lanes is not compiled to one test.
                let lanes = unsafeBitCast((heads .== first) .& (tails .== last), to: (UInt64, UInt64).self)
                if lanes.0 | lanes.1 != 0 {
                    if let found = firstMatch(amongLanes: lanes.0, from: origin) ?? firstMatch(amongLanes: lanes.1, from: origin + 8) {
                        return found
                    }
                }
                origin += 16
            }
            while origin + count <= haystack.count {
                if matches(at: origin) { return origin }
                origin += 1
            }
            return nil
        }
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte &- 65 < 26 ? byte | 0x20 : byte
    }
}
