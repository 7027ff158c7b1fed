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
    private let reading: Reading
    private var read: Body?
    /// What can stand between two letters in the file that the body shows side by side; nil when the file's
    /// bytes need not hold the body's words at all (an encoded mail part).
    private let hiding: HidingBytes?
    /// Whether the text's bytes hold any of `hiding`, once looked at.
    private var mayHide: Bool?

    /// `reader` makes the body of `source[range]` (unescaping and markup reading included); it is called once.
    /// With `hiding`, search looks for words in the file's bytes before reading the body (`mayHold`).
    public init(source: [UInt8], range: Range<Int>, hiding: HidingBytes? = nil,
                reader: @escaping @Sendable (ArraySlice<UInt8>) -> Body) {
        self.source = source
        self.range = range
        self.hiding = hiding
        self.reading = .bytes(reader)
    }

    /// A JSON string's contents in `source[range]`, unescaped (when `escaped`) before `reader` reads them. Its own case
    /// rather than a closure around `reader`: that would be one more allocation for every comment of a thread.
    init(jsonString source: [UInt8], range: Range<Int>, escaped: Bool, hiding: HidingBytes? = nil,
         reader: @escaping @Sendable (String) -> Body) {
        self.source = source
        self.range = range
        self.hiding = hiding
        self.reading = .jsonString(escaped: escaped, reader)
    }

    /// No text: a body of no blocks, a new one each time (each is read, and marked so, on its own).
    static var empty: DeferredBody { DeferredBody(source: [], range: 0..<0) { _ in Body() } }

    private enum Reading {
        case bytes(@Sendable (ArraySlice<UInt8>) -> Body)
        case jsonString(escaped: Bool, @Sendable (String) -> Body)

        func callAsFunction(_ bytes: ArraySlice<UInt8>) -> Body {
            switch self {
            case .bytes(let reader): reader(bytes)
            case .jsonString(let escaped, let reader): reader(JSONTape.text(of: bytes, escaped: escaped))
            }
        }
    }

    /// False only when the body cannot hold a word that `rawHolds` says the file's bytes of it lack: the body is
    /// unread, its format keeps every run of letters of its text in its bytes, and nothing in them can split a run
    /// (`HidingBytes`). Search asks this first, and reads only the bodies it cannot rule out.
    public func mayHold(where rawHolds: (ArraySlice<UInt8>) -> Bool) -> Bool {
        let lock = lock
        lock.lock()
        defer { lock.unlock() }
        guard read == nil, let hiding, let source else { return true }
        let raw = source[range]
        if mayHide == nil { mayHide = hiding.occur(in: raw) }
        return mayHide! || rawHolds(raw)
    }

    public var body: Body {
        let lock = lock
        lock.lock()
        defer { lock.unlock() }
        if let read { return read }
        let body = source.map { reading($0[range]) } ?? Body()
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
