/// The two panes keys can act on.
public enum Pane: String, Sendable {
    case article
    case discussion
}

/// How comments are arranged: the inferred reply tree, or the page's own order.
public enum CommentOrder: String, Sendable {
    case tree
    case flat
}
