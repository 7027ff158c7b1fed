/// Text of the alphabets and marks most pages are written in, read by its scalars: Latin, Greek, Cyrillic, general
/// punctuation (quotation marks, dashes, `…`), CJK punctuation, kana, ideographs, Hangul syllables and full-width
/// forms. Among these no scalar joins a neighbour into one Character but the combining marks, the joiners and CR, so
/// in a text of such scalars with none of those each scalar is a Character, and what `Character` says of it (letter,
/// figure, punctuation, case, its lower-case form) is looked up in tables of the standard library's own answers. The
/// tables are generated (`SimpleScalarTables.swift`): made at their first use they took 25 million instructions, a
/// third of a small page's parse. Hand-written because Character properties and grapheme breaking are the slowest
/// part of reading text beyond ASCII: a few hundred instructions a Character, against a few here.
enum SimpleScalars {
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt8
        static let letter = Traits(rawValue: 1)
        static let number = Traits(rawValue: 2)
        static let punctuation = Traits(rawValue: 4)
        static let uppercase = Traits(rawValue: 8)
        static let lowercase = Traits(rawValue: 16)
        /// A combining mark, a joiner, a format control or CR: it may make one Character with a neighbour.
        static let joins = Traits(rawValue: 32)
    }

    /// The blocks in the tables, each at its offset in them.
    static let blocks: [(scalars: Range<UInt32>, offset: Int)] = [
        (0x0000..<0x0530, 0), // ASCII, Latin, Greek, Cyrillic, Armenian capitals
        (0x2000..<0x2070, 0x530), // General Punctuation
        (0x3000..<0x3100, 0x5A0), // CJK Symbols and Punctuation, Hiragana, Katakana
        (0xFF00..<0xFFF0, 0x6A0), // Half-width and Full-width Forms
    ]
    /// CJK Unified Ideographs: every one a letter without case (checked by the tests), too many to tabulate; the
    /// few that are numbers too ("一", "万") in a bit set made from their list when the first ideograph is read.
    static let ideographs: Range<UInt32> = 0x4E00..<0xA000
    /// Hangul syllables: letters without case or figures, each a Character of its own unless a conjoining jamo (no
    /// simple scalar) joins it.
    static let hangulSyllables: Range<UInt32> = 0xAC00..<0xD7A4
    /// The numeric ideographs as bits by their offset in `ideographs`.
    private static let numericIdeographs: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (ideographs.count + 63) / 64)
        for value in numericIdeographList {
            let offset = Int(value - ideographs.lowerBound)
            bits[offset / 64] |= 1 << UInt64(offset % 64)
        }
        return bits
    }()

    private static let noLowerCase: UInt16 = 0xFFFF

    private static func index(of value: UInt32) -> Int? {
        for block in blocks where block.scalars.contains(value) { return block.offset + Int(value - block.scalars.lowerBound) }
        return nil
    }

    /// Each scalar of `bytes` (UTF-8) as its value and the offset of its first byte, when every one is a simple
    /// scalar and none joins a neighbour; nil otherwise.
    static func scalars(of bytes: UnsafeBufferPointer<UInt8>) -> [(value: UInt16, offset: Int)]? {
        var result: [(value: UInt16, offset: Int)] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let (value, length) = scalar(in: bytes, at: index)
            guard let value, let traits = traits(of: value), !traits.contains(.joins) else { return nil }
            result.append((UInt16(value), index))
            index += length
        }
        return result
    }

    /// The scalar whose UTF-8 opens at `index` of `bytes`, and its length in bytes; no value for one of four bytes
    /// (none of them is simple) or one cut off.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32?, length: Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length < 4, index + length <= bytes.count else { return (nil, length) }
        switch length {
        case 1: return (UInt32(lead), 1)
        case 2: return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        default: return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
    }

    /// What the Character of a simple scalar is; nil for other scalars.
    static func traits(of value: UInt32) -> Traits? {
        if value < 0x530 { return Traits(rawValue: traitsTable[Int(value)]) }
        if hangulSyllables.contains(value) { return .letter }
        if ideographs.contains(value) {
            let offset = Int(value - ideographs.lowerBound)
            return numericIdeographs[offset / 64] >> UInt64(offset % 64) & 1 == 1 ? [.letter, .number] : .letter
        }
        return index(of: value).map { Traits(rawValue: traitsTable[$0]) }
    }

    /// What the Character of a scalar `scalars(of:)` gave is.
    static func traits(_ value: UInt16) -> Traits { traits(of: UInt32(value)) ?? .joins }

    /// `text.lowercased()` for a text of simple scalars; nil when some scalar lower-cases to more than one, or to one
    /// outside the tables.
    static func lowercased(_ scalars: [(value: UInt16, offset: Int)]) -> String? {
        var lowered = String.UnicodeScalarView()
        for scalar in scalars {
            let value = UInt32(scalar.value)
            let lower = ideographs.contains(value) || hangulSyllables.contains(value) ? scalar.value
                : index(of: value).map { lowerTable[$0] } ?? noLowerCase
            guard lower != noLowerCase, let next = Unicode.Scalar(UInt32(lower)) else { return nil }
            lowered.append(next)
        }
        return String(lowered)
    }
}

extension Substring {
    /// `SimpleScalars.scalars` of the text's own bytes.
    var simpleScalars: [(value: UInt16, offset: Int)]? {
        withBytes { SimpleScalars.scalars(of: $0) }
    }

    /// The text from the byte at `start` (counted from its start) up to the one at `end`.
    func bytes(_ start: Int, _ end: Int) -> Substring {
        self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }
}
