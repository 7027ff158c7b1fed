/// The one place that decides which parser reads a file.
public enum FormatDetector {
    /// Every known format, most specific first.
    public static let formats: [any ThreadFormat.Type] = [
        RedditJSON.self, HackerNewsAlgolia.self, HackerNewsHNPWA.self, HackerNewsItems.self,
        DiscourseTopic.self, LobstersStory.self, Mailbox.self, MailMessageFile.self, DisqusExport.self,
        SavedPage.self, PlainTextPage.self,
    ]

    public static func format(for input: SourceText) throws -> any ThreadFormat.Type {
        var best: (any ThreadFormat.Type)?
        var bestRecognition = Recognition.no
        for format in formats {
            let recognition = format.recognises(input)
            if recognition > bestRecognition {
                best = format
                bestRecognition = recognition
            }
        }
        guard let format = best else {
            let names = formats.map { $0.name }.joined(separator: ", ")
            throw ThreadError.unrecognised("not a thread format skein knows (supported: \(names))")
        }
        // JSON that no JSON format claims is an unsupported export, not a page of text.
        if bestRecognition == .fallback, JSONInput.startsLikeJSON(input), JSONInput.isJSON(input) {
            let names = formats.map { $0.name }.filter { $0.hasSuffix("-json") }.joined(separator: ", ")
            throw ThreadError.unrecognised("JSON that is not a thread format skein knows (supported JSON formats: \(names))")
        }
        return format
    }

    /// Every thread the bytes hold, decoded and detected once: all of a Disqus export's, busiest
    /// first, unless `options` pick one; otherwise the one thread.
    public static func parseEvery(bytes: [UInt8], options: ParseOptions = ParseOptions()) throws -> [Thread] {
        let input = try SourceText(bytes: bytes)
        let format = try format(for: input)
        if format == DisqusExport.self, options.threadSelector == nil {
            let threads = try DisqusExport.everyThread(in: input)
            if !threads.isEmpty { return threads }
        }
        return [try format.parse(input, options: options)]
    }

    /// Decodes, detects and parses: the whole road from bytes to a thread. Given the only copy of the
    /// bytes, a parser can free them while it works (a large page's peak memory).
    public static func parse(bytes: consuming [UInt8], options: ParseOptions = ParseOptions()) throws -> Thread {
        let input = try SourceText(bytes: bytes)
        return try format(for: input).parse(consume input, options: options)
    }
}
