/// The top of the discussion viewport: a row inside one comment's block of rows.
/// Anchoring to a comment, not to a line number, means no one counts the rows of every comment.
public struct ScrollPosition: Sendable, Equatable {
    public var comment: Int32
    public var row: Int
}
