/// Which authors are shown, hidden or highlighted. Applies to every open file.
public struct AuthorFilter: Sendable, Equatable {
    /// When non-empty, only these authors' comments are shown (with what they reply to, dimmed).
    public internal(set) var shown: Set<String> = []
    /// Killfile: these authors' comments, and the replies under them, are not shown.
    public internal(set) var hidden: Set<String> = []
    public internal(set) var highlighted: String?

    /// Bumped whenever `shown` or `hidden` change, so visible lists know to rebuild.
    var generation = 0

    mutating func setShown(_ authors: Set<String>) { shown = authors; generation += 1 }
    mutating func setHidden(_ authors: Set<String>) { hidden = authors; generation += 1 }

    public var isFiltering: Bool { !shown.isEmpty }

    /// The status line's account of what is filtered, hidden or highlighted.
    var summary: String {
        var parts: [String] = []
        if !shown.isEmpty { parts.append("only " + shown.sorted().joined(separator: ",")) }
        if !hidden.isEmpty { parts.append("hidden " + hidden.sorted().joined(separator: ",")) }
        if let highlighted { parts.append("*" + highlighted) }
        return parts.joined(separator: " ")
    }
}
