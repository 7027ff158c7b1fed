/// Content-Transfer-Encoding (quoted-printable, base64) and charsets for mail bodies and encoded words.
enum TransferEncoding {
    static func quotedPrintable(_ text: some Collection<UInt8>, underscoreIsSpace: Bool = false) -> [UInt8] {
        let bytes = Array(text)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "=") {
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { i += 2; continue } // soft break
                if i + 2 < bytes.count, let high = hex(bytes[i + 1]), let low = hex(bytes[i + 2]) {
                    out.append(high << 4 | low)
                    i += 3
                    continue
                }
            }
            out.append(underscoreIsSpace && b == UInt8(ascii: "_") ? 0x20 : b)
            i += 1
        }
        return out
    }

    static func base64(_ text: some Collection<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for b in text {
            let value: UInt8
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = b - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = b - UInt8(ascii: "a") + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = b - UInt8(ascii: "0") + 52
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            default: continue // padding, line breaks
            }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return out
    }

    /// Decoded bytes as text in their declared charset; unknown charsets read as UTF-8.
    static func text(_ bytes: [UInt8], charset: String?) -> String {
        switch charset?.lowercased() ?? "utf-8" {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso-8859-15", "us-ascii", "ascii":
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case "windows-1252", "cp1252":
            return String(String.UnicodeScalarView(bytes.map(cp1252)))
        default:
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
    private static func cp1252(_ b: UInt8) -> Unicode.Scalar {
        let high: [UInt32] = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
                              0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]
        guard (0x80...0x9F).contains(b) else { return Unicode.Scalar(b) }
        return Unicode.Scalar(high[Int(b - 0x80)]) ?? Unicode.Scalar(b)
    }
}

/// RFC 2047 encoded words in headers: `=?utf-8?q?Caf=C3=A9?=`, `=?iso-8859-1?b?...?=`.
enum EncodedWords {
    static func decode(_ value: String) -> String {
        guard value.holds("=?") else { return value }
        // On the bytes, not Characters (a mailbox's every From and Subject comes here): blanks and the `=?` that
        // opens a word are ASCII, and every other byte is copied as it is.
        var value = value
        return value.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace: [UInt8] = []
            var lastWasEncoded = false
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "="), let (decoded, length) = word(bytes[index...]) {
                    if !lastWasEncoded { out += pendingSpace } // whitespace between encoded words is dropped
                    out += decoded.utf8
                    pendingSpace.removeAll(keepingCapacity: true)
                    lastWasEncoded = true
                    index += length
                    continue
                }
                let byte = bytes[index]
                index += 1
                if byte == 0x20 || byte == 0x09 {
                    pendingSpace.append(byte)
                } else {
                    if !pendingSpace.isEmpty { out += pendingSpace; pendingSpace.removeAll(keepingCapacity: true) }
                    out.append(byte)
                    lastWasEncoded = false
                }
            }
            return String(decoding: out + pendingSpace, as: UTF8.self)
        }
    }

    /// One encoded word at the start of `bytes` and the number of bytes it spans. Its `?`s are found on the bytes,
    /// as RFC 2047 defines them.
    private static func word(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> (String, Int)? {
        guard bytes.starts(with: "=?".utf8) else { return nil }
        var marks: [Int] = []
        var next = bytes.startIndex + 2
        while marks.count < 3, let mark = bytes[next...].firstIndex(of: UInt8(ascii: "?")) {
            marks.append(mark)
            next = mark + 1
        }
        guard marks.count == 3, next < bytes.endIndex, bytes[next] == UInt8(ascii: "=") else { return nil }
        let charsetPart = bytes[(bytes.startIndex + 2)..<marks[0]]
        let encoding = bytes[(marks[0] + 1)..<marks[1]]
        let encoded = bytes[(marks[1] + 1)..<marks[2]]
        guard !charsetPart.isEmpty, !encoded.contains(0x20), encoding.count == 1 else { return nil }
        // RFC 2231 language suffix
        let charset = charsetPart.split(separator: UInt8(ascii: "*")).first.map { String(decoding: $0, as: UTF8.self) }
        let decoded: [UInt8]
        switch encoding[encoding.startIndex] | 0x20 {
        case UInt8(ascii: "q"): decoded = TransferEncoding.quotedPrintable(encoded, underscoreIsSpace: true)
        case UInt8(ascii: "b"): decoded = TransferEncoding.base64(encoded)
        default: return nil
        }
        return (TransferEncoding.text(decoded, charset: charset), next - bytes.startIndex + 1)
    }
}
