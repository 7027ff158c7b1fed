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
    var blanksBefore: UInt8
    /// Columns of indentation before the text (a tab counts 4): text browsers (`lynx -dump`, `w3m -dump`)
    /// keep a nested reply's indentation, the only sign of its nesting they keep.
    var indent: UInt8 = 0
    /// A large page has hundreds of thousands of lines: what the passes note on one is packed in 24 bytes.
    private var flags: UInt8 = 0
    private var storedNameScore = Int8.min

    init(text: String, number: Int32 = 0, blanksBefore: Int, indent: Int = 0) {
        self.text = text
        self.number = number
        self.indent = UInt8(min(indent, Int(UInt8.max)))
        self.blanksBefore = UInt8(min(blanksBefore, Int(UInt8.max)))
        let maximum = PlainTextRules.standard.maxNameLength
        if text.utf8.count <= maximum * 4 && text.hasAtMost(characters: maximum) { flags |= Self.short }
    }

    private static let short: UInt8 = 1, footer: UInt8 = 2, heading: UInt8 = 4, printedWidth: UInt8 = 8, header: UInt8 = 16,
                              status: UInt8 = 32, profile: UInt8 = 64, log: UInt8 = 128

    /// One of the flags' bits.
    private subscript(flag flag: UInt8) -> Bool {
        get { flags & flag != 0 }
        set { flags = newValue ? flags | flag : flags & ~flag }
    }

    /// Short enough to be a name or a piece of furniture (`PlainTextRules.maxNameLength` characters at most):
    /// told once here, since most lines are paragraphs and every pass looking for names or furniture asks.
    var isShort: Bool { self[flag: Self.short] }

    /// A per-comment footer ("Reply", "12 Likes") was set aside just above this line.
    var footerAbove: Bool {
        get { self[flag: Self.footer] }
        set { self[flag: Self.footer] = newValue }
    }

    /// Columns the line took as a text browser printed it, link numbers (`[12]`) and all, when those were removed:
    /// only whether it reached the width where the browser wraps matters (`PlainTextRules.wrappedLineLength`).
    var reachedWrapWidth: Bool {
        get { flags & Self.printedWidth != 0 || Int(indent) + text.count >= PlainTextRules.standard.wrappedLineLength }
        set { self[flag: Self.printedWidth] = newValue }
    }

    /// The column where the line's words start after a rule drawn in its margin ("━━━━   parent | next"); nil without one.
    var textColumnAfterRule: Int? {
        let rule = text.prefix { "━─═—".contains($0) }
        guard rule.count >= 3 else { return nil }
        let gap = text[rule.endIndex...].prefix { $0 == " " }
        guard !gap.isEmpty, gap.endIndex < text.endIndex else { return nil }
        return Int(indent) + rule.count + gap.count
    }

    /// Columns the line takes: its indentation and its characters.
    var width: Int { Int(indent) + (text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count) }

    /// Its link numbers were taken out where the line as printed reached the wrap width.
    var widerAsPrinted: Bool { self[flag: Self.printedWidth] }

    /// A part of a comment's header ("22/04/2025, 14:51", "Subscriber") was set aside just under this line, as under the
    /// page's names.
    var headerBelow: Bool {
        get { self[flag: Self.header] }
        set { self[flag: Self.header] = newValue }
    }

    /// The poster's status stood beside this line ("dragonexpert Offline"), set aside (`OnlineStatus`): the line is a name.
    var hadStatus: Bool {
        get { self[flag: Self.status] }
        set { self[flag: Self.status] = newValue }
    }

    /// The line is the text of a link to a poster's own page (`ProfileLinks`): the page says it is a name.
    var linksToProfile: Bool {
        get { self[flag: Self.profile] }
        set { self[flag: Self.profile] = newValue }
    }

    /// The line is part of a log pasted in a post (`StampedLogs`): text, no name or header.
    var isInLog: Bool {
        get { self[flag: Self.log] }
        set { self[flag: Self.log] = newValue }
    }

    /// A heading of the comments ("31 Comments", "Join the discussion") was set aside above this line.
    var commentHeadingAbove: Bool {
        get { self[flag: Self.heading] }
        set { self[flag: Self.heading] = newValue }
    }

    /// How name-like the line is by its own shape (`AuthorLine.score`), set once the page's names are
    /// known (`AuthorLine.score(_:)` of the lines) so that the passes asking it do not weigh it again;
    /// nil when it cannot be a name.
    var nameScore: Int? {
        get { storedNameScore == .min ? nil : Int(storedNameScore) }
        set { storedNameScore = newValue.map { Int8(clamping: max($0, Int(Int8.min) + 1)) } ?? .min }
    }

    /// Splits normalised UTF-8 bytes into trimmed non-blank lines, scanning bytes, not Characters.
    static func split(_ bytes: [UInt8]) -> [PageLine] {
        // Where each line lies, found first (a memchr for each); then its text made, on every core. Counted first too:
        // growing by doubling would hold a large page's lines twice over at the end.
        struct Place { var range: Range<Int>, number: Int32, blanks: UInt8, indent: UInt8 }
        let places = bytes.withUnsafeBufferPointer { buffer in
            var places: [Place] = []
            var number = 0
            forEachLine(in: buffer) { range, blanks, indent in
                number += blanks + 1
                // A line keeps at most 255 of either (`PageLine`'s own bound).
                places.append(Place(range: range, number: Int32(truncatingIfNeeded: number), blanks: UInt8(places.isEmpty ? 0 : min(blanks, 255)),
                                    indent: UInt8(min(indent, 255))))
            }
            return places
        }
        return [PageLine](count: places.count, concurrentlyInPieces: pieces(for: places.count)) { index in
            let place = places[index]
            return PageLine(text: text(bytes[place.range]), number: place.number, blanksBefore: Int(place.blanks), indent: Int(place.indent))
        }
    }

    /// Calls `body` with the trimmed byte range of each non-blank line, the blank lines above it and its indentation.
    static func forEachLine(in buffer: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Int, Int) -> Void) {
        var blanks = 0
        var start = 0
        while start <= buffer.count {
            let end = lineEnd(in: buffer, from: start)
            var lo = start, hi = end
            var indent = 0
            while lo < hi && isSpace(buffer[lo]) {
                indent += buffer[lo] == 0x09 ? 4 : 1
                lo += 1
            }
            while hi > lo && isSpace(buffer[hi - 1]) { hi -= 1 }
            if lo == hi {
                blanks += 1
            } else {
                body(lo..<hi, blanks, indent)
                blanks = 0
            }
            start = end + 1
        }
    }

    /// How many pieces a pass over `count` lines is shared out in, one per core: one for a short page,
    /// where starting threads would cost more than they save.
    static func pieces(for count: Int) -> Int { piecesWorthMaking(for: count, smallest: 10_000) }

    /// The offsets of `buffer` cut into `count` (at least one) pieces of about equal size, each ending after
    /// a LF, so that `forEachLine` over the pieces sees the lines it sees over the whole.
    static func pieces(of buffer: UnsafeBufferPointer<UInt8>, count: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        for piece in 1..<max(count, 1) {
            let end = min(lineEnd(in: buffer, from: max(start, buffer.count * piece / count)) + 1, buffer.count)
            pieces.append(start..<end)
            start = end
        }
        pieces.append(start..<buffer.count)
        return pieces
    }

    /// The offset of the next LF at or after `start`, or the end: memchr, which glibc vectorises,
    /// since a large page's preview looks at every line of the file.
    private static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        start < buffer.count ? buffer.firstOffset(of: 0x0A, in: start..<buffer.count) ?? buffer.count : buffer.count
    }

    /// A trimmed line's text, tabs as spaces.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(0x09) ? text.replacingTabs() : text
    }

    /// CR too, for raw bytes with CRLF line ends (decoded text has none).
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0D }
}

extension [PageLine] {
    /// Each line that `replacement` gives lines for replaced by them, in place; the array is copied only from the first such
    /// line on, since most pages have none.
    mutating func replaceLines(_ replacement: (PageLine) -> [PageLine]?) {
        var replaced: [PageLine] = []
        for (index, line) in enumerated() {
            guard let lines = replacement(line) else {
                if !replaced.isEmpty { replaced.append(line) }
                continue
            }
            if replaced.isEmpty { replaced = Array(self[..<index]) }
            replaced += lines
        }
        if !replaced.isEmpty { self = replaced }
    }
}

private extension String {
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
