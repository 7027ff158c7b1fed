import Foundation
import ThreadKit

/// Parses a whole file on another thread while the reader shows its preview.
final class BackgroundParse: @unchecked Sendable {
    let document: Int
    private let lock = NSLock()
    private var whole: ThreadKit.Thread?
    /// Held here until the worker takes them, so the parser gets the only copy and can free it early.
    private var bytes: [UInt8]?

    /// If the whole file fails to parse where its start did not, the preview stays as the thread.
    init(document: Int, bytes: [UInt8], options: ParseOptions, preview: ThreadKit.Thread) {
        self.document = document
        self.bytes = bytes
        let worker = Foundation.Thread { [self] in
            let bytes = lock.withLock { self.bytes.take() } ?? []
            let thread = (try? FormatDetector.parse(bytes: bytes, options: options)) ?? preview
            lock.withLock { whole = thread }
        }
        worker.stackSize = 64 << 20
        worker.start()
    }

    /// The whole thread, once it is parsed.
    var result: ThreadKit.Thread? { lock.withLock { whole } }
}
