/// The Characters of Latin, Greek, Cyrillic and Armenian text read from its scalars. Below U+0530 no scalar joins the
/// one before or after it into one Character but the combining marks (and CR before LF), so in a text of such
/// scalars with none of those, each scalar is a Character, and what `Character` says of it (letter, figure,
/// punctuation, case, its lower-case form) is looked up in a table made once from the standard library's own
/// answers. Hand-written because Character properties and grapheme breaking are the slowest part of reading text of
/// these alphabets: a few hundred instructions a Character, against a few here.
enum SmallScalars {
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt8
        static let letter = Traits(rawValue: 1)
        static let number = Traits(rawValue: 2)
        static let punctuation = Traits(rawValue: 4)
        static let uppercase = Traits(rawValue: 8)
        static let lowercase = Traits(rawValue: 16)
        /// A combining mark or CR: it makes one Character with a neighbour.
        static let joins = Traits(rawValue: 32)
    }

    /// Scalars below this are in the tables (UTF-8 of one or two bytes, the second under B0 after D4).
    static let limit: UInt32 = 0x530

    private static let tables: (traits: [Traits], lower: [UInt16]) = {
        var traits = [Traits](repeating: .joins, count: Int(limit))
        var lower = [UInt16](repeating: noLowerCase, count: Int(limit))
        for value in 0..<limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            var these: Traits = []
            if character.isLetter { these.insert(.letter) }
            if character.isNumber { these.insert(.number) }
            if character.isPunctuation { these.insert(.punctuation) }
            if character.isUppercase { these.insert(.uppercase) }
            if character.isLowercase { these.insert(.lowercase) }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: these.insert(.joins)
            default: if value == 0x0D { these.insert(.joins) }
            }
            traits[Int(value)] = these
            let lowered = String(character).lowercased().unicodeScalars
            if lowered.count == 1, let only = lowered.first, only.value < limit { lower[Int(value)] = UInt16(only.value) }
        }
        return (traits, lower)
    }()
    private static let noLowerCase: UInt16 = 0xFFFF

    /// Each scalar of `bytes` (UTF-8) as its value and the offset of its first byte, when every one is below
    /// `limit` and none joins a neighbour; nil otherwise.
    static func scalars(of bytes: UnsafeBufferPointer<UInt8>) -> [(value: UInt16, offset: Int)]? {
        var result: [(value: UInt16, offset: Int)] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            var value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
            } else {
                guard lead &- 0xC2 < 0x13, index + 1 < bytes.count else { return nil }
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                guard value < limit else { return nil }
            }
            guard !traits(value).contains(.joins) else { return nil }
            result.append((UInt16(value), index))
            index += lead < 0x80 ? 1 : 2
        }
        return result
    }

    static func traits(_ value: UInt32) -> Traits { tables.traits[Int(value)] }
    static func traits(_ value: UInt16) -> Traits { tables.traits[Int(value)] }

    /// `text.lowercased()` for a text of small scalars; nil when some scalar lower-cases to more than one, or to one
    /// above the tables.
    static func lowercased(_ text: Substring, scalars: [(value: UInt16, offset: Int)]) -> String? {
        var lowered = String.UnicodeScalarView()
        for scalar in scalars {
            let lower = tables.lower[Int(scalar.value)]
            guard lower != noLowerCase, let next = Unicode.Scalar(UInt32(lower)) else { return nil }
            lowered.append(next)
        }
        return String(lowered)
    }
}

extension Substring {
    /// `SmallScalars.scalars` of the text's own bytes.
    var smallScalars: [(value: UInt16, offset: Int)]? {
        utf8.withContiguousStorageIfAvailable { SmallScalars.scalars(of: $0) } ?? nil
    }

    /// The text from the scalar at `offset` (in bytes from its start) up to the one at `end`.
    func bytes(_ start: Int, _ end: Int) -> Substring {
        self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }
}
