import Glibc

extension StringProtocol {
    /// Whether `piece` occurs in the text, matched on UTF-8 bytes. (With Foundation imported, `contains`
    /// of a string literal goes through CFString and a locale: many times slower for a byte match.)
    func holds(_ piece: StaticString) -> Bool {
        piece.withUTF8Buffer { needle in withBytes { Self.find(needle, in: $0) } }
    }

    /// The same for a piece in a String (a word list's entry, a sentence of another comment).
    func holds(_ piece: some StringProtocol) -> Bool {
        piece.withBytes { needle in withBytes { Self.find(needle, in: $0) } }
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
        guard let piece = needle.baseAddress, let text = haystack.baseAddress, haystack.count >= needle.count else { return needle.isEmpty }
        // Each place of the first byte by `memchr`, the rest by `memcmp` (glibc's `memmem` is not in Swift's Glibc module).
        let last = haystack.count - needle.count
        var offset = 0
        while offset <= last, let found = memchr(text + offset, Int32(piece.pointee), last - offset + 1) {
            let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self))
            if memcmp(at, piece, needle.count) == 0 { return true }
            offset = at - text + 1
        }
        return false
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` within `range`, by memchr (which glibc vectorises): for scans over every
    /// line of a file, where slicing an array or stepping an iterator costs many times more.
    func firstOffset(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = baseAddress, let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}

extension Int {
    /// The bytes as `Int(_:)` reads a String: an optional sign, then only ASCII digits, within range. Read in place:
    /// a structured thread's every score and a mailbox's every date field came through a String made for it.
    init?(decimal bytes: some Collection<UInt8>) {
        var digits = bytes[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAgain) = negative ? shifted.subtractingReportingOverflow(Int(byte - 0x30))
                : shifted.addingReportingOverflow(Int(byte - 0x30))
            guard !overflow, !overflowAgain else { return nil }
            value = next
        }
        self = value
    }
}

extension Double {
    /// A short decimal (`1672531200.0`, `-12.5`) read in place, by the exact fast path (Clinger): at most 15 digits are
    /// exact in a Double and so is a power of ten up to 10²², and their quotient is correctly rounded, as
    /// `Double(_:)` would give it. nil for anything else (an exponent, more digits, a sign `+`), which that reads.
    init?(shortDecimal bytes: some Collection<UInt8>) {
        var rest = bytes[...]
        let negative = rest.first == UInt8(ascii: "-")
        if negative { rest = rest.dropFirst() }
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0, seenPoint = false
        for byte in rest {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte >= 0x30 && byte <= 0x39 {
                mantissa = mantissa * 10 + UInt64(byte - 0x30)
                digits += 1
                if seenPoint { fractionDigits += 1 }
                if digits > 15 { return nil }
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / Self.exactPowersOfTen[fractionDigits]
        self = negative ? -value : value
    }

    private static let exactPowersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { product, _ in product * 10 } }
}
