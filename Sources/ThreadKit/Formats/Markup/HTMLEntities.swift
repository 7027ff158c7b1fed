/// Decodes HTML character references (`&amp;`, `&#39;`, `&#x27;`) — the one decoder every format uses.
public enum HTMLEntities {
    /// Named references seen in saved threads; unknown names are left as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "copy": "©", "reg": "®",
        "trade": "™", "times": "×", "euro": "€", "pound": "£", "middot": "·", "bull": "•",
        "deg": "°", "shy": "", "zwj": "\u{200D}", "zwnj": "\u{200C}",
    ]

    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), let (replacement, length) = reference(in: bytes, at: i) {
                out.append(contentsOf: replacement.utf8)
                i += length
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text a reference starting at `start` stands for and how many bytes it spans.
    private static func reference(in bytes: [UInt8], at start: Int) -> (String, Int)? {
        var end = start + 1
        let limit = min(bytes.count, start + 34)
        while end < limit, bytes[end] != UInt8(ascii: ";") {
            let b = bytes[end]
            let isNameByte = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "#")
            if !isNameByte { return nil }
            end += 1
        }
        guard end < limit, end > start + 1 else { return nil }
        let body = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        let length = end - start + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let code = value else { return nil }
            let scalar = Unicode.Scalar(code == 0 ? 0xFFFD : code) ?? "\u{FFFD}"
            return (String(Character(scalar)), length)
        }
        guard let text = named[body] else { return nil }
        return (text, length)
    }
}
