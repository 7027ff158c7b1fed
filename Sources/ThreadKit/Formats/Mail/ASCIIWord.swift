/// Header names and values compared as ASCII bytes, in any case, through pointers: every message of a mailbox
/// is asked, and a String's UTF-8 view steps index by index at many times the cost.
enum ASCIIWord {
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    static func blanksTrimmed(_ bytes: Bytes) -> Bytes {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    /// Whether the bytes are `word` (in small letters) in any case.
    static func `is`(_ bytes: Bytes, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount && matches(bytes, at: bytes.startIndex, word)
    }

    /// Whether `word` (in small letters) occurs in the bytes, in any case.
    static func holds(_ bytes: Bytes, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return (bytes.startIndex...(bytes.endIndex - count)).contains { matches(bytes, at: $0, word) }
    }

    private static func matches(_ bytes: Bytes, at start: Int, _ word: StaticString) -> Bool {
        (0..<word.utf8CodeUnitCount).allSatisfy { lowercased(bytes[start + $0]) == word.utf8Start[$0] }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
