/// A Unix mailbox: messages each starting with a `From ` line; body lines that began with `From `
/// were written as `>From ` and are unescaped here. Mail threads keep the signature after a `-- ` line
/// as one preformatted block; every message, the root included, is a comment.
public enum Mailbox: ThreadFormat {
    public static let name = "email-mbox"

    public static func recognises(_ input: SourceText) -> Recognition {
        let head = input.bytes.prefix(64 * 1024)
        guard head.starts(with: Array("From ".utf8)) else { return .no }
        let lines = String(decoding: head, as: UTF8.self).split(separator: "\n", maxSplits: 40, omittingEmptySubsequences: false).dropFirst()
        var headerCount = 0
        for line in lines.prefix(40) {
            if line.isEmpty { break }
            if MailHeaders.isHeaderLine(line) { headerCount += 1 } else if !(line.first == " " || line.first == "\t") { return .no }
        }
        return headerCount >= 2 ? .certain : .no
    }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        let bytes = input.bytes
        let ranges = messageRanges(in: bytes)
        guard !ranges.isEmpty else { throw ThreadError.malformed(format: name, reason: "no `From ` separator lines") }
        // Each message is made text on its own, and only its headers at first: its body is read from the file
        // when it is first shown or searched.
        let messages = inParallel(count: ranges.count, if: bytes.count >= parallelSize) { index, names in
            let whole = ranges[index]
            let fields = ThreadingFields(of: bytes[whole], names: &names)
            var message = MailMessage(fields)
            let hiding = fields.showsItsBytes ? HidingBytes.nothing : nil
            message.deferredBody = DeferredBody(source: bytes, range: whole, hiding: hiding) { text in
                Self.message(String(decoding: text, as: UTF8.self).lines[...]).body
            }
            return message
        }
        return MailThreading.thread(messages, format: name)
    }

    /// Where the message's header ends: at its first empty line, else at its end.
    static func headerEnd(of message: ArraySlice<UInt8>) -> Int {
        message.withUnsafeBufferPointer { bytes in
            // memchr from line to line: slicing the array for each line (a retain each) cost more than the search.
            var index = 0
            while let newline = bytes.firstOffset(of: 0x0A, in: index..<bytes.count) {
                if newline + 1 < bytes.count, bytes[newline + 1] == 0x0A { return message.startIndex + newline }
                index = newline + 1
            }
            return message.endIndex
        }
    }

    /// Where each message lies: from its `From ` line to the blank line before the next.
    static func messageRanges(in bytes: [UInt8]) -> [Range<Int>] {
        let starts = messageStarts(in: bytes)
        return zip(starts, starts.dropFirst().map { $0 - 1 } + [bytes.count]).map { $0..<$1 }
    }

    /// Offsets of the `From ` lines that start messages: the first line, or one after an empty line. From
    /// newline to newline by memchr, as every line of the file is looked at; a large file in pieces on every core.
    private static func messageStarts(in bytes: [UInt8]) -> [Int] {
        let pieces = piecesWorthMaking(for: bytes.count, smallest: 1 << 20)
        let found = [[Int]](count: pieces, concurrentlyInPieces: pieces) { piece in
            messageStarts(in: bytes, afterNewlinesIn: bytes.count * piece / pieces ..< bytes.count * (piece + 1) / pieces)
        }
        return (bytes.starts(with: fromLine) ? [0] : []) + found.joined()
    }

    /// The message starts on the lines after the newlines in `range`.
    private static func messageStarts(in bytes: [UInt8], afterNewlinesIn range: Range<Int>) -> [Int] {
        bytes.withUnsafeBufferPointer { file in
            var starts: [Int] = []
            var index = range.lowerBound
            while let newline = file.firstOffset(of: 0x0A, in: index..<range.upperBound) {
                let line = newline + 1
                if line + fromLine.count <= file.count, newline == 0 || file[newline - 1] == 0x0A,
                   file[line..<(line + fromLine.count)].elementsEqual(fromLine) {
                    starts.append(line)
                }
                index = line
            }
            return starts
        }
    }

    private static let fromLine = Array("From ".utf8)

    /// Smaller mailboxes are read on one core: starting the workers costs more than it saves.
    static let parallelSize = 256 << 10

    /// `make(0..<count)`, on every core when `parallel`: messages are read independently before
    /// they are threaded, each run of them with the senders' names it has read.
    private static func inParallel(count: Int, if parallel: Bool,
                                   _ make: @Sendable (Int, inout DisplayNames) -> MailMessage) -> [MailMessage] {
        guard parallel else {
            var names = DisplayNames()
            return (0..<count).map { make($0, &names) }
        }
        // Four runs a core: enough for the cores to share the work evenly, few enough that each run meets its
        // senders again (the names read in a run are known to it only).
        return [MailMessage](count: count, concurrentlyInPieces: min(count, 4 * piecesWorthMaking(for: count, smallest: 1)),
                             state: { DisplayNames() }, make)
    }

    /// One message, its mboxrd `>From ` escapes undone.
    static func message(_ lines: ArraySlice<Substring>) -> MailMessage {
        MailMessage(lines: ArraySlice(lines.map { line in
            let markers = line.prefix { $0 == ">" }
            return !markers.isEmpty && line.dropFirst(markers.count).hasPrefix("From ") ? line.dropFirst() : line
        }))
    }
}

/// A single message saved on its own (`.eml`): headers, a blank line, the body.
public enum MailMessageFile: ThreadFormat {
    public static let name = "email-eml"

    /// Every line up to the first blank one is a header or its continuation, and the usual ones are there.
    public static func recognises(_ input: SourceText) -> Recognition {
        // The header ends at the first blank line: only that much is split into lines (a page's 64 KB split
        // would be most of detecting a small page).
        let window = input.bytes.prefix(64 * 1024)
        let head = String(decoding: window[..<Mailbox.headerEnd(of: window)], as: UTF8.self)
        var names = Set<String>()
        // Split on bytes (a page or JSON file tried here is split whole, and a Character split read every grapheme).
        for line in head.lines {
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t" { if names.isEmpty { return .no } else { continue } }
            guard MailHeaders.isHeaderLine(line), let colon = line.firstIndex(of: ":") else { return .no }
            names.insert(line[..<colon].lowercased())
        }
        let known = ["from", "date", "subject", "message-id", "to", "mime-version", "received", "return-path"]
        return names.contains("from") && known.filter(names.contains).count >= 3 ? .certain : .no
    }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        let lines = input.text.lines
        return MailThreading.thread([MailMessage(lines: lines[...])], format: name)
    }
}
