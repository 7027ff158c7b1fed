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
        // The usual file, valid UTF-8 with LF line ends, is used as it is: no copy the size of the file.
        if input.count == raw.count, Self.isValidUTF8(raw, refusing: 0x0D) {
            self.bytes = raw
            return
        }
        // memchr: the whole file is looked through, a byte at a time by `contains`.
        let hasCarriageReturns = input.withUnsafeBufferPointer { $0.firstOffset(of: 0x0D, in: 0..<$0.count) != nil }
        let out = hasCarriageReturns ? Self.lineFeeds(input) : Array(input)
        // Decode once, here, so every parser sees valid UTF-8: a legacy code page when the file never was
        // UTF-8, else UTF-8 with damaged sequences replaced.
        // A page or XML file that names its charset is read in it, as a browser would.
        let declared = Self.isValidUTF8(out) ? nil : DeclaredCharset.name(in: out[...]).flatMap { name in
            name == "utf-8" || name == "utf8" ? nil : DeclaredCharset.decode(out[...], from: name)
        }
        let text = declared ?? LegacyEncoding.detect(out[...])?.decode(out[...]) ?? String(decoding: out, as: UTF8.self)
        // Copied as one block; `Array(text.utf8)` would go byte by byte.
        self.bytes = text.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(text.utf8)
    }

    /// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF; and, when asked, without
    /// the byte `refused` (a carriage return: the usual file is checked for both in one pass).
    static func isValidUTF8(_ bytes: [UInt8], refusing refused: UInt8? = nil) -> Bool {
        // A large file in pieces on every core: every file is checked whole before its parse starts. Each piece
        // starts at its first byte that is no continuation byte and ends where the sequence crossing its end
        // does; where the whole is valid, each piece ends where the next starts.
        isValidUTF8(bytes, inPieces: piecesWorthMaking(for: bytes.count, smallest: 1 << 20), refusing: refused)
    }

    /// `refused` is an ASCII byte, so that no piece skips one as the tail of a character.
    static func isValidUTF8(_ bytes: [UInt8], inPieces pieces: Int, refusing refused: UInt8? = nil) -> Bool {
        precondition(refused.map { $0 < 0x80 } ?? true, "only an ASCII byte is refused")
        let checked = [(start: Int, end: Int?)](count: pieces, concurrentlyInPieces: pieces) { piece in
            bytes.withUnsafeBufferPointer { buffer in
                var start = buffer.count * piece / pieces
                let end = buffer.count * (piece + 1) / pieces
                for _ in 0..<3 where piece > 0 && start < end && buffer[start] & 0xC0 == 0x80 { start += 1 }
                return (start, validEnd(of: buffer, from: start, to: end, refusing: refused))
            }
        }
        guard checked.allSatisfy({ $0.end != nil }) else { return false }
        if zip(checked, checked.dropFirst()).allSatisfy({ $0.end == $1.start }) { return true }
        // Stray continuation bytes at a seam: whether they are invalid is told by the whole.
        return bytes.withUnsafeBufferPointer { validEnd(of: $0, from: 0, to: $0.count, refusing: refused) != nil }
    }

    /// Where the well-formed sequences from `start` stop once one ends at or past `end` (they may read on past it),
    /// nil if one of them is not well formed or `refused` is among the bytes up to `end`.
    private static func validEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, refusing refused: UInt8?) -> Int? {
        if let refused, bytes.firstOffset(of: refused, in: start..<end) != nil { return nil }
        var index = start
        let count = bytes.count
        guard let raw = bytes.baseAddress.map(UnsafeRawPointer.init) else { return start }
        while index < end {
            // Every file is checked whole before it is parsed, and most of its text is ASCII: sixteen bytes at a time.
            while index + 16 <= end,
                  (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                    & 0x8080_8080_8080_8080 == 0 {
                index += 16
            }
            guard index < end else { break }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int, low: UInt8, high: UInt8 // bounds of the second byte
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return nil
            }
            guard index + length <= count, (low...high).contains(bytes[index + 1]) else { return nil }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return nil }
            index += length
        }
        return index
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
