/// Finds a search query in text, ignoring ASCII case, by scanning UTF-8 bytes
/// (fast enough to scan every comment of a large thread on each keystroke).
struct TextMatcher: Sendable, Equatable {
    private let needle: [UInt8]

    init(_ query: String) {
        needle = query.utf8.map(Self.folded)
    }

    var isEmpty: Bool { needle.isEmpty }

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
        var text = text
        return text.withUTF8 { bytes -> Range<Int>? in
            guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
            let first = needle[0]
            for origin in start...(bytes.count - needle.count) where Self.folded(bytes[origin]) == first {
                var offset = 1
                while offset < needle.count && Self.folded(bytes[origin + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return origin..<(origin + needle.count) }
            }
            return nil
        }
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        (byte >= 65 && byte <= 90) ? byte + 32 : byte
    }
}
