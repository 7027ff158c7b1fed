/// How a thread was looked at when it was last left, beside its place: what the reader brings back with it.
public struct RememberedView: Sendable, Equatable {
    /// Comments whose replies were folded.
    public var folded: Set<Int32>
    /// The author filter: only these authors (`f`, the commenter list), and these hidden (`x`).
    public var shownAuthors: Set<String>
    public var hiddenAuthors: Set<String>
    /// A theme other than the one skein started with; nil for that one, so a changed setting still applies.
    public var theme: String?

    public init(folded: Set<Int32> = [], shownAuthors: Set<String> = [], hiddenAuthors: Set<String> = [], theme: String? = nil) {
        self.folded = folded
        self.shownAuthors = shownAuthors
        self.hiddenAuthors = hiddenAuthors
        self.theme = theme
    }
}
