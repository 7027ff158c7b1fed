/// Text saved in a pre-Unicode code page: Windows-1252 (a superset of Latin-1) or Windows-1251 (Cyrillic).
///
/// Used only when a file has invalid UTF-8 and not a single valid multi-byte sequence: then it was
/// never UTF-8, and decoding the code page beats a page of replacement characters.
enum LegacyEncoding {
    case windows1252
    case windows1251

    /// nil when the bytes are UTF-8 (perhaps with a few damaged sequences, which get U+FFFD).
    static func detect(_ bytes: ArraySlice<UInt8>) -> LegacyEncoding? {
        var index = bytes.startIndex
        var invalid = 0
        var highLetters = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0
            let end = index + length
            if length > 0, end <= bytes.endIndex, bytes[(index + 1)..<end].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                return nil // a real UTF-8 sequence: this is UTF-8
            }
            invalid += 1
            if byte >= 0xC0 { highLetters += 1 }
            index += 1
        }
        guard invalid > 0 else { return nil }
        // Cyrillic text is nearly all letters 0xC0–0xFF; Western text has the odd accented letter.
        let asciiLetters = bytes.lazy.filter(\.isASCIILetter).count
        return highLetters > asciiLetters ? .windows1251 : .windows1252
    }

    func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value: UInt32
            switch (self, byte) {
            case (_, 0..<0x80): value = UInt32(byte)
            case (.windows1252, 0x80..<0xA0): value = Self.cp1252High[Int(byte - 0x80)]
            case (.windows1252, _): value = UInt32(byte)
            case (.windows1251, 0xC0...): value = 0x0410 + UInt32(byte - 0xC0)
            case (.windows1251, _): value = Self.cp1251High[Int(byte - 0x80)]
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static let cp1251High: [UInt32] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ]
}
