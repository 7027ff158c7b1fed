/// Bytes of a saved file, checked and normalised to UTF-8 text.
///
/// Strips a byte-order mark, turns CRLF and lone CR into LF, decodes invalid
/// UTF-8 with replacement characters (or as Windows-1252/1251 when it never was UTF-8), and
/// refuses empty and binary input.
public struct SourceText: Sendable {
    /// Normalised UTF-8 bytes (LF line ends, no BOM).
    public let bytes: [UInt8]

    public init(bytes raw: [UInt8]) throws {
        var input = raw[...]
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = input.dropFirst(3) }
        if input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]) {
            input = Self.utf16ToUTF8(input)[...]
        }
        if input.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ThreadError.empty
        }
        if Self.looksBinary(input) { throw ThreadError.binary }
        let out = input.contains(0x0D) ? Self.lineFeeds(input) : Array(input)
        // Decode once, here, so every parser sees valid UTF-8: a legacy code page when the file never was
        // UTF-8, else UTF-8 with damaged sequences replaced.
        let text = LegacyEncoding.detect(out[...])?.decode(out[...]) ?? String(decoding: out, as: UTF8.self)
        // Copied as one block; `Array(text.utf8)` would go byte by byte.
        self.bytes = text.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(text.utf8)
    }

    /// CRLF and lone CR as LF.
    private static func lineFeeds(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var previous: UInt8 = 0
        for byte in input {
            if byte == 0x0D {
                out.append(0x0A)
            } else if !(byte == 0x0A && previous == 0x0D) {
                out.append(byte)
            }
            previous = byte
        }
        return out
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// First non-whitespace byte, which is enough to tell JSON, XML and mail apart.
    public var firstSignificantByte: UInt8? {
        bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
    }

    /// NUL bytes or many control characters in the first 8 KiB mean binary.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x0C && byte != 0x1B {
                controls += 1
            }
        }
        return controls * 10 > head.count
    }

    static func utf16ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let littleEndian = bytes.first == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex + 2
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
