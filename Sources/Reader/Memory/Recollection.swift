/// What is remembered of a thread from earlier openings, as the reader needs it: the interface between the
/// reader and whatever stores it (the executable's SQLite store; nothing at all in tests or with `--no-state`).
public struct Recollection: Sendable, Equatable {
    /// Comments read before.
    public var read: Set<Int32>
    /// Comments that were not in the thread the last time it was opened (none on a first opening).
    public var new: Set<Int32>
    /// The comment selected when it was last closed.
    public var position: Int32?
    /// Folds, filter and theme as they were left; nil when none was ever kept (a first opening, an older store).
    public var view: RememberedView?

    public init(read: Set<Int32> = [], new: Set<Int32> = [], position: Int32? = nil, view: RememberedView? = nil) {
        self.read = read
        self.new = new
        self.position = position
        self.view = view
    }
}

/// A comment read, or marked unread, since the driver last asked: for it to store off the key path.
public struct ReadingChange: Sendable, Equatable {
    public var document: Int
    public var comment: Int32
    public var isRead: Bool

    public init(document: Int, comment: Int32, isRead: Bool) {
        self.document = document
        self.comment = comment
        self.isRead = isRead
    }
}
