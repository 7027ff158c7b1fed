/// The start of a large page, read on its own so a reader can show it while the whole file is parsed.
///
/// Plain-text pages, saved HTML pages, Reddit JSON and mailboxes have one. A plain-text page's passes read
/// forward (a reply is inferred from what came before it), and a saved page's markup or Reddit's JSON nests
/// each reply inside or after the comment it answers, so the first comments of the start come out as they
/// will in the whole. A mailbox's first messages are threaded on their own: a reply further down the file
/// will go in its place when the whole is read, and the reader finds each message again by its Message-ID.
public enum Preview {
    /// Files smaller than this are parsed whole at once: at the plain-text parser's 2 MB/s, in about
    /// 0.1 s at most. (At 1 MB, a page of 5,000 comments waited half a second for its first screen.)
    public static let minimumFileSize = 256 << 10
    /// About this much text is read for the preview: many screens of comments, parsed in about 12 ms
    /// (the first screen waits on it).
    public static let length = 24 << 10
    /// A saved page's start: markup is mostly tags, so this is about as many comments as `length` of text
    /// (a few hundred on an old Reddit page), parsed by gumbo and a site's reader in about 20 ms.
    public static let pageLength = 384 << 10
    /// Comments of a Reddit thread read for its preview: many screens, read from the file's first bytes.
    public static let redditComments = 2_000
    /// The first bytes of a Reddit thread read for its preview, made four times longer until they hold
    /// `redditComments` whole comments (a generated thread's 2,000 take 0.8 MB, Reddit's own JSON about 5 MB).
    public static let redditStartLength = 1 << 20
    /// A mailbox's start: a few hundred messages.
    public static let mailboxLength = 512 << 10

    /// The thread at the start of a large file: a saved web page's (`pageLength` bytes), a Reddit thread's
    /// (`redditComments` comments), a mailbox's (`mailboxLength` bytes) or a plain-text page's (`length` bytes,
    /// cut at a blank line). Nil when the file is small, of another format, or its start cannot be parsed. The
    /// file's first byte says which it may be, so a large page is not looked at as each format in turn.
    public static func thread(from bytes: [UInt8], minimumFileSize: Int = minimumFileSize, length: Int = length,
                              pageLength: Int = pageLength, redditComments: Int = redditComments,
                              redditLength: Int = redditStartLength, mailboxLength: Int = mailboxLength) -> Thread? {
        guard bytes.count >= minimumFileSize else { return nil }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        switch text.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
        case UInt8(ascii: "<"): return savedPage(from: bytes, length: pageLength)
        case UInt8(ascii: "["): return redditStart(from: bytes, comments: redditComments, length: redditLength)
        case UInt8(ascii: "F") where text.starts(with: Array("From ".utf8)): return mailboxStart(from: bytes, length: mailboxLength)
        default: return plainTextStart(from: bytes, length: length)
        }
    }

    /// A plain-text page's first `length` bytes, cut at a blank line, read with the whole page's name lines. Only
    /// the start is decoded; the rest is scanned as bytes.
    private static func plainTextStart(from bytes: [UInt8], length: Int) -> Thread? {
        guard let cut = blankLine(before: length, in: bytes) else { return nil }
        let start = Array(bytes[..<cut])
        guard SourceText.isValidUTF8(start), let input = try? SourceText(bytes: start),
              // The start of a JSON file is no page, though it may look like one once cut.
              !JSONInput.startsLikeJSON(input),
              (try? FormatDetector.format(for: input)) == PlainTextPage.self else { return nil }
        return try? PlainTextPage.parseStart(input, within: bytes)
    }

    /// A saved page's start, cut before the last tag that begins under `length` bytes; its last comment is left
    /// out, since its text may be cut short. Nil when the file is no UTF-8 saved page, or its start holds
    /// fewer than two comments (the comments may lie further down, where only the whole finds them).
    private static func savedPage(from bytes: [UInt8], length: Int) -> Thread? {
        guard bytes.count > length, let cut = bytes[..<length].lastIndex(of: UInt8(ascii: "<")), cut > 0 else { return nil }
        let start = Array(bytes[..<cut])
        guard SourceText.isValidUTF8(start), let input = try? SourceText(bytes: start),
              SavedPage.recognises(input) == .certain,
              var thread = try? SavedPage.parse(input, options: ParseOptions()), thread.comments.count >= 2 else { return nil }
        thread.comments.removeLast()
        return thread
    }

    /// A Reddit JSON file's post and first comments, read from its first bytes; nil for any other file, or one
    /// with no more comments than the preview would hold.
    private static func redditStart(from bytes: [UInt8], comments count: Int, length: Int) -> Thread? {
        let head = characterBoundary(atOrBefore: min(JSONInput.sniffWindow, bytes.count), in: bytes)
        guard let input = try? SourceText(bytes: Array(bytes[..<head])), RedditJSON.recognises(input) == .certain else { return nil }
        var length = length
        while true {
            let cut = characterBoundary(atOrBefore: min(length, bytes.count), in: bytes)
            guard let input = try? SourceText(bytes: Array(bytes[..<cut])) else { return nil }
            if let thread = try? RedditJSON.parseStart(input, comments: count), thread.comments.count == count { return thread }
            if cut == bytes.count { return nil }
            length *= 4
        }
    }

    /// Where a UTF-8 character starts, so a cut leaves none half read (which would make the start look like
    /// another encoding).
    private static func characterBoundary(atOrBefore index: Int, in bytes: [UInt8]) -> Int {
        var index = index
        while index > 0, index < bytes.count, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// A mailbox's messages up to the last `From ` line before `length`, threaded; nil for any other file.
    private static func mailboxStart(from bytes: [UInt8], length: Int) -> Thread? {
        guard bytes.count > length else { return nil }
        let separator = Array("\n\nFrom ".utf8)
        var cut = length - separator.count
        while cut > 0, !bytes[cut..<(cut + separator.count)].elementsEqual(separator) { cut -= 1 }
        guard cut > 0, let input = try? SourceText(bytes: Array(bytes[...cut])), Mailbox.recognises(input) == .certain else { return nil }
        return try? Mailbox.parse(input, options: ParseOptions())
    }

    /// The end of the last paragraph before `limit` (`\n\n`, or `\n\r\n` with CRLF line ends), so no
    /// paragraph is cut in two.
    private static func blankLine(before limit: Int, in bytes: [UInt8]) -> Int? {
        var index = min(limit, bytes.count - 1)
        while index > 0 {
            if bytes[index] == 0x0A && (bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D && index >= 2 && bytes[index - 2] == 0x0A) {
                return index
            }
            index -= 1
        }
        return nil
    }
}
