import ThreadKit

/// Parses a whole file on another thread while the reader shows its preview.
struct BackgroundParse {
    let document: Int
    private let work: BackgroundWork<[UInt8], ThreadKit.Thread>

    /// If the whole file fails to parse where its start did not, the preview stays as the thread.
    init(document: Int, bytes: [UInt8], options: ParseOptions, preview: ThreadKit.Thread) {
        self.document = document
        work = BackgroundWork(bytes) { bytes in (try? FormatDetector.parse(bytes: bytes, options: options)) ?? preview }
    }

    /// The whole thread, once it is parsed.
    var result: ThreadKit.Thread? { work.result }
}
