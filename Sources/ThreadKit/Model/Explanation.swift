/// Why the plain-text parser cut and linked a page as it did: the evidence behind each decision,
/// kept only when asked for (`ParseOptions.explain`, `skein dump --explain`).
public struct Explanation: Sendable, Equatable {
    /// Why the comment section starts where it does.
    public var sectionStart: [Evidence]
    /// One per comment, in the thread's order.
    public var comments: [CommentReason]
    /// The page's comment layout and what each of its rules cut (`skein dump --layout`).
    public var layout: [String]

    public init(sectionStart: [Evidence] = [], layout: [String] = [], comments: [CommentReason] = []) {
        self.sectionStart = sectionStart
        self.comments = comments
        self.layout = layout
    }
}

public struct CommentReason: Sendable, Equatable {
    /// 1-based line of the file where the comment starts.
    public var line: Int
    /// Why a comment starts there (its author line, or what split an anonymous one off).
    public var start: [Evidence]
    /// Why that line is its author's name; empty for an anonymous comment.
    public var author: [Evidence]
    /// The parent chosen, its evidence, and candidates that came close (or won too little).
    public var parent: Int?
    public var parentEvidence: [Evidence]
    public var alternatives: [Alternative]

    public struct Alternative: Sendable, Equatable {
        public var comment: Int
        public var total: Int
        public var evidence: [Evidence]
    }
}
