#if canImport(Glibc)
import Glibc
#endif

/// The charset a page declares (`<meta charset>`, an `http-equiv` content type, `<?xml … encoding>`) in its first
/// 1024 bytes, where browsers look for it, and text decoded from it by glibc's iconv, which knows every charset
/// a page may name (Shift_JIS, GB2312, KOI8-R, ISO-8859-2…). Used only for bytes that are not UTF-8.
enum DeclaredCharset {
    static func name(in bytes: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(1024).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        for key in ["charset=", "encoding="] {
            var rest = Substring(head)
            while let found = rest.range(of: key) {
                rest = rest[found.upperBound...]
                let value = rest.drop { $0 == "\"" || $0 == "'" || $0 == " " }
                    .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                if !value.isEmpty { return String(value) }
            }
        }
        return nil
    }

    static let windows1252Labels: Set<String> = ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
                                                 "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
                                                 "x-cp1252"]

    /// The bytes decoded from `charset`, a byte iconv cannot read becoming U+FFFD; nil when iconv does not know it.
    static func decode(_ bytes: ArraySlice<UInt8>, from charset: String) -> String? {
        // A page that says Latin-1 or ASCII is read as Windows-1252, as every browser reads it (the WHATWG Encoding standard's
        // labels): its 0x80–0x9F are curly quotes and dashes ("I’m"), not control characters.
        let converter = iconv_open("UTF-8", windows1252Labels.contains(charset.lowercased()) ? "WINDOWS-1252" : charset)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: max(16, input.count * 4))
        var written = 0
        input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { break }
                    guard errno == EILSEQ || errno == EINVAL, outLeft >= 3 else { break }
                    // A byte the charset has no character for: a replacement character, and on.
                    for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                        UnsafeMutableRawPointer(outPointer!).storeBytes(of: byte, as: UInt8.self)
                        outPointer = outPointer! + 1
                    }
                    outLeft -= 3
                    inPointer = inPointer! + 1
                    inLeft -= 1
                }
                written = outputBuffer.count - outLeft
            }
        }
        return String(decoding: output[..<written], as: UTF8.self)
    }
}
