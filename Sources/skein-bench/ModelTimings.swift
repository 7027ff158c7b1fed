import Reader
import ThreadKit

/// Costs of getting from a file's bytes to the first screen, each stage timed on its own.
struct ModelTimings {
    let thread: ThreadKit.Thread
    let format: String
    let parse: Samples
    let tree: Samples
    let firstLayout: Samples

    /// `bytes` are parsed the way `skein FILE` parses them: decode, detect, parse.
    init(bytes: [UInt8], budget: Double) throws {
        var parsed: ThreadKit.Thread?
        parse = try repeated(maximum: 20, budget: budget) {
            try milliseconds { parsed = try FormatDetector.parse(bytes: bytes) }
        }
        let thread = parsed!
        self.thread = thread
        format = thread.format
        tree = repeated(maximum: 50, budget: budget) {
            milliseconds { _ = ThreadTree(comments: thread.comments) }
        }
        firstLayout = repeated(maximum: 50, budget: budget) {
            milliseconds { _ = ReaderSession.standard(thread).grid }
        }
    }
}

extension ReaderSession {
    /// The reader as the benchmarks drive it: one document, the bench theme, a 100×30 terminal.
    static func standard(_ thread: ThreadKit.Thread, name: String = "bench", isPreview: Bool = false) -> ReaderSession {
        ReaderSession(documents: [(name: name, thread: thread)], previews: isPreview ? [0] : [], themes: [benchTheme], themeIndex: 0,
                      size: (width: 100, height: 30))
    }
}
