// The libFuzzer entry point of every fuzz target: run.sh compiles it against ThreadKit with
// `-D FUZZ_<TARGET>` choosing the parser (`explain`: the plain-text parser keeping its evidence); `detect` takes the whole road through FormatDetector,
// `preview` the start of a large page as `skein` shows it first, `page` a saved web page through FormatDetector
// (each input after `<!DOCTYPE html>`, so the detector takes it for one), whole and as its start, `pieces` a
// saved page's tree built a piece at a time against the whole's.
// Thrown errors are fine; a trap, a hang or runaway memory is what the fuzzer reports.

import ThreadKit

#if FUZZ_PLAIN_TEXT || FUZZ_EXPLAIN
private let fuzzed: (any ThreadFormat.Type)? = PlainTextPage.self
#elseif FUZZ_REDDIT
private let fuzzed: (any ThreadFormat.Type)? = RedditJSON.self
#elseif FUZZ_HN_ALGOLIA
private let fuzzed: (any ThreadFormat.Type)? = HackerNewsAlgolia.self
#elseif FUZZ_HN_HNPWA
private let fuzzed: (any ThreadFormat.Type)? = HackerNewsHNPWA.self
#elseif FUZZ_HN_ITEMS
private let fuzzed: (any ThreadFormat.Type)? = HackerNewsItems.self
#elseif FUZZ_DISCOURSE
private let fuzzed: (any ThreadFormat.Type)? = DiscourseTopic.self
#elseif FUZZ_LOBSTERS
private let fuzzed: (any ThreadFormat.Type)? = LobstersStory.self
#elseif FUZZ_MBOX
private let fuzzed: (any ThreadFormat.Type)? = Mailbox.self
#elseif FUZZ_EML
private let fuzzed: (any ThreadFormat.Type)? = MailMessageFile.self
#elseif FUZZ_DISQUS
private let fuzzed: (any ThreadFormat.Type)? = DisqusExport.self
#elseif FUZZ_DETECT || FUZZ_PREVIEW || FUZZ_MARKDOWN || FUZZ_HTML || FUZZ_PAGE || FUZZ_PIECES
private let fuzzed: (any ThreadFormat.Type)? = nil
#else
#error("compile with -D FUZZ_<TARGET>: see fuzz/run.sh")
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let format = fuzzed else {
        #if FUZZ_PREVIEW
        // Half of each input is the start, read with the name lines of the whole (a page, a saved web page,
        // a mailbox), or a Reddit thread's first three comments.
        readEveryBody(Preview.thread(from: bytes, minimumFileSize: 0, length: bytes.count / 2, pageLength: bytes.count / 2,
                                     redditComments: 3, redditLength: bytes.count / 2, mailboxLength: bytes.count / 2))
        #elseif FUZZ_MARKDOWN
        _ = Markdown.body(String(decoding: bytes, as: UTF8.self), dialect: .reddit)
        #elseif FUZZ_HTML
        _ = HTML.body(String(decoding: bytes, as: UTF8.self))
        #elseif FUZZ_PIECES
        // A page cut into pieces of 16–271 bytes (the first byte says how long) must be the page whole.
        guard let length = bytes.first else { return 0 }
        let page = Array("<!DOCTYPE html><html><body>".utf8) + bytes.dropFirst()
        if !SavedPage.piecesAgreeWithWhole(page, pieceLength: 16 + Int(length)) { fatalError("pieces differ from the whole") }
        #elseif FUZZ_PAGE
        let page = Array("<!DOCTYPE html>".utf8) + bytes
        readEveryBody(try? FormatDetector.parse(bytes: page))
        readEveryBody(Preview.thread(from: page, minimumFileSize: 0, pageLength: page.count / 2))
        #else
        readEveryBody(try? FormatDetector.parse(bytes: bytes))
        #endif
        return 0
    }
    // The parser alone, whether or not it recognises the bytes: a parser must not trap on any input.
    guard let input = try? SourceText(bytes: bytes) else { return 0 }
    _ = format.recognises(input)
    #if FUZZ_EXPLAIN
    // The evidence producers and combiners with every record kept, and the explanation as printed.
    if let thread = try? format.parse(input, options: ParseOptions(explain: true)) { _ = thread.explanationText }
    #else
    readEveryBody(try? format.parse(input, options: ParseOptions()))
    #endif
    return 0
}

/// Structured formats read a comment's text only when it is asked for: ask, so that reading is fuzzed too.
private func readEveryBody(_ thread: ThreadKit.Thread?) {
    for comment in thread?.comments ?? [] { _ = comment.blocks }
}
