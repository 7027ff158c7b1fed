/// The start of a large page, read on its own so a reader can show it while the whole file is parsed.
///
/// Only plain-text pages have one: their passes read forward (a reply is inferred from what came
/// before it), so the first comments of the start come out as they will in the whole. Structured
/// formats need the whole file to know their tree.
public enum Preview {
    /// Files smaller than this are parsed whole at once: at the plain-text parser's 2 MB/s, in about
    /// 0.1 s at most. (At 1 MB, a page of 5,000 comments waited half a second for its first screen.)
    public static let minimumFileSize = 256 << 10
    /// About this much text is read for the preview: many screens of comments, parsed in about 12 ms
    /// (the first screen waits on it).
    public static let length = 24 << 10

    /// The thread in the first `length` bytes of the page, cut at a blank line; nil when the file is
    /// small, not a plain-text page, or its start is not UTF-8 or cannot be parsed. Only the start is
    /// decoded; the rest is scanned as bytes for the start's name lines.
    public static func thread(from bytes: [UInt8], minimumFileSize: Int = minimumFileSize, length: Int = length) -> Thread? {
        guard bytes.count >= minimumFileSize, let cut = blankLine(before: length, in: bytes) else { return nil }
        let start = Array(bytes[..<cut])
        guard SourceText.isValidUTF8(start), let input = try? SourceText(bytes: start),
              // The start of a JSON or XML file is no page, though it may look like one once cut.
              !JSONInput.startsLikeJSON(input), input.firstSignificantByte != UInt8(ascii: "<"),
              (try? FormatDetector.format(for: input)) == PlainTextPage.self else { return nil }
        return try? PlainTextPage.parseStart(input, within: bytes)
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
