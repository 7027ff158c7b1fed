import Glibc

extension StringProtocol {
    /// Whether `piece` occurs in the text, matched on UTF-8 bytes. (With Foundation imported, `contains`
    /// of a string literal goes through CFString and a locale: many times slower for a byte match.)
    func holds(_ piece: StaticString) -> Bool {
        piece.withUTF8Buffer { needle in withBytes { Self.find(needle, in: $0) } }
    }

    /// The same for a piece in a String (a word list's entry).
    func holds(_ piece: String) -> Bool {
        var piece = piece
        return piece.withUTF8 { needle in withBytes { Self.find(needle, in: $0) } }
    }

    /// `body` on the text's UTF-8 bytes in place (a copy for a text not stored contiguously): a loop over a buffer
    /// takes a few instructions a byte, over the UTF-8 view's iterator some thirty.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the byte occurs in the text, by `memchr`: asked of every line of a page, where the view's
    /// iterator takes some thirty instructions a byte.
    func holdsByte(_ byte: UInt8) -> Bool {
        withBytes { bytes in bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false }
    }

    /// `hasPrefix` on bytes: the standard one compares Characters, one grapheme break check at a time.
    func begins(with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { utf8.starts(with: $0) }
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if needle.indices.allSatisfy({ haystack[start + $0] == needle[$0] }) { return true }
        }
        return false
    }
}
