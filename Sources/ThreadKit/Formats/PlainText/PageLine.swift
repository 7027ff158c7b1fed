#if canImport(Glibc)
import Glibc
#endif

/// One non-blank line of a saved page with the number of blank lines above it.
///
/// In the name-lines layout every paragraph, author name and piece of page
/// furniture stands on a line of its own, so lines are the unit every pass reads.
struct PageLine: Equatable {
    var text: String
    /// 1-based line number in the file, for `--explain`.
    var number: Int32 = 0
    /// Blank lines above it (only whether there are 0, 1 or 2 and more matters).
    var blanksBefore: UInt16
    /// A per-comment footer ("Reply", "12 Likes") was set aside just above this line.
    var footerAbove = false
    /// A heading of the comments ("31 Comments", "Join the discussion") was set aside above this line.
    var commentHeadingAbove = false
    /// Short enough to be a name or a piece of furniture (`PlainTextRules.maxNameLength` characters at most):
    /// told once here, since most lines are paragraphs and every pass looking for names or furniture asks.
    let isShort: Bool
    /// How name-like the line is by its own shape (`AuthorLine.score`), set once the page's names are
    /// known (`AuthorLine.score(_:)` of the lines) so that the passes asking it do not weigh it again;
    /// nil when it cannot be a name.
    var nameScore: Int? {
        get { storedNameScore == .min ? nil : Int(storedNameScore) }
        set { storedNameScore = newValue.map { Int16(clamping: $0) } ?? .min }
    }
    private var storedNameScore = Int16.min

    init(text: String, number: Int32 = 0, blanksBefore: Int) {
        self.text = text
        self.number = number
        self.blanksBefore = UInt16(min(blanksBefore, Int(UInt16.max)))
        let maximum = PlainTextRules.standard.maxNameLength
        isShort = text.utf8.count <= maximum * 4 && text.hasAtMost(characters: maximum)
    }

    /// Splits normalised UTF-8 bytes into trimmed non-blank lines, scanning bytes, not Characters.
    static func split(_ bytes: [UInt8]) -> [PageLine] {
        // Counted first: growing by doubling would hold a large page's lines twice over at the end.
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            forEachLine(in: buffer) { _, _ in count += 1 }
            var lines: [PageLine] = []
            lines.reserveCapacity(count)
            var number = 0
            forEachLine(in: buffer) { range, blanks in
                number += blanks + 1
                lines.append(PageLine(text: text(bytes[range]), number: Int32(truncatingIfNeeded: number),
                                      blanksBefore: lines.isEmpty ? 0 : blanks))
            }
            return lines
        }
    }

    /// Calls `body` with the trimmed byte range of each non-blank line and the blank lines above it.
    static func forEachLine(in buffer: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Int) -> Void) {
        var blanks = 0
        var start = 0
        while start <= buffer.count {
            let end = lineEnd(in: buffer, from: start)
            var lo = start, hi = end
            while lo < hi && isSpace(buffer[lo]) { lo += 1 }
            while hi > lo && isSpace(buffer[hi - 1]) { hi -= 1 }
            if lo == hi {
                blanks += 1
            } else {
                body(lo..<hi, blanks)
                blanks = 0
            }
            start = end + 1
        }
    }

    /// `buffer` cut into `count` (at least one) pieces of about equal size, each ending after a LF, so
    /// that `forEachLine` over the pieces sees the lines it sees over the whole.
    static func pieces(of buffer: UnsafeBufferPointer<UInt8>, count: Int) -> [UnsafeBufferPointer<UInt8>] {
        var pieces: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        for piece in 1..<max(count, 1) {
            let end = min(lineEnd(in: buffer, from: max(start, buffer.count * piece / count)) + 1, buffer.count)
            pieces.append(UnsafeBufferPointer(rebasing: buffer[start..<end]))
            start = end
        }
        pieces.append(UnsafeBufferPointer(rebasing: buffer[start...]))
        return pieces
    }

    /// The offset of the next LF at or after `start`, or the end: memchr, which glibc vectorises,
    /// since a large page's preview looks at every line of the file.
    private static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < buffer.count, let base = buffer.baseAddress,
              let found = memchr(base + start, 0x0A, buffer.count - start) else { return buffer.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// A trimmed line's text, tabs as spaces.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(0x09) ? text.replacingTabs() : text
    }

    /// CR too, for raw bytes with CRLF line ends (decoded text has none).
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0D }
}

private extension String {
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
