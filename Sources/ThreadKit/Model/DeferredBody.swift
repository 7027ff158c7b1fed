import Foundation

/// A comment's text as its file holds it, read into blocks only when something first asks for them (drawing,
/// search, a dump): a structured thread builds its tree from ids, parents and authors alone, and most of its
/// comments are never shown.
///
/// Shared, not copied, by the comment's copies; the blocks, once read, are kept for all of them, and the file's
/// bytes are let go (when every comment of a thread has been read, as a search does, the file is freed).
public final class DeferredBody: @unchecked Sendable {
    /// The file's bytes (shared by every comment of the thread) until the body is read.
    private var source: [UInt8]?
    /// Where this comment's text lies in them.
    private let range: Range<Int>
    private let reader: @Sendable (ArraySlice<UInt8>) -> Body
    private var read: Body?

    /// `reader` makes the body of `source[range]` (unescaping and markup reading included); it is called once.
    public init(source: [UInt8], range: Range<Int>, reader: @escaping @Sendable (ArraySlice<UInt8>) -> Body) {
        self.source = source
        self.range = range
        self.reader = reader
    }

    public var body: Body {
        let lock = lock
        lock.lock()
        defer { lock.unlock() }
        if let read { return read }
        let body = source.map { reader($0[range]) } ?? Body()
        read = body
        source = nil
        return body
    }

    /// Whether the body has been read yet (for tests and measurements).
    public var isRead: Bool {
        let lock = lock
        lock.lock()
        defer { lock.unlock() }
        return read != nil
    }

    // The reader's search reads comments on every core at once, so reading is guarded; by one of a few locks
    // shared by all bodies, not one each: a lock is as large as the rest of a deferred body.
    private static let locks = (0..<64).map { _ in NSLock() }
    private var lock: NSLock { Self.locks[Int(bitPattern: UInt(bitPattern: ObjectIdentifier(self).hashValue) >> 6) & 63] }
}
