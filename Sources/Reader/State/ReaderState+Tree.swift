/// Folding and moving along the reply tree.
extension ReaderState {
    mutating func performTreeAction(_ action: Action) {
        if action == .toggleOrder {
            document.order = document.order == .tree ? .flat : .tree
            refresh()
            keepCursorInView()
            return
        }
        switch action {
        case .foldAll: document.folded = document.withReplies
        case .unfoldAll: document.folded.removeAll()
        case .showDepth(let depth): fold(atDepth: depth - 1)
        default: break
        }
        guard let cursor = document.cursor else { return }
        let isTree = document.order == .tree && !authors.isFiltering
        switch action {
        case .toggleFold:
            if isTree && document.hasReplies(cursor) { document.folded.toggle(cursor) }
        case .foldOrGoToParent:
            if isTree && document.hasReplies(cursor) && !document.folded.contains(cursor) {
                document.folded.insert(cursor)
            } else {
                goToParent(of: cursor)
            }
        case .unfoldOrGoToFirstReply:
            if isTree && document.folded.contains(cursor) {
                document.folded.remove(cursor)
            } else if let next = document.cursorOrdinal.map({ $0 + 1 }), next < document.visible.count,
                      document.parent(of: document.visible.comments[next]) == cursor {
                select(ordinal: next)
            }
        case .goToParent: goToParent(of: cursor)
        case .nextSibling: selectSibling(of: cursor, step: 1)
        case .previousSibling: selectSibling(of: cursor, step: -1)
        case .nextThread: selectSibling(of: root(of: cursor), step: 1)
        case .previousThread:
            let root = root(of: cursor)
            if root != cursor && document.visible.ordinal(of: root) != nil { select(comment: root) } else { selectSibling(of: root, step: -1) }
        default: break
        }
        refresh()
        keepCursorInView()
    }

    /// Folds exactly the comments with replies at depth `level` (0 is the top level).
    private mutating func fold(atDepth level: Int) {
        let depth = document.thread.tree.depth
        document.folded = CommentSet(capacity: depth.count, members: document.withReplies.members.lazy.filter { depth[Int($0)] == level })
    }

    private mutating func goToParent(of comment: Int32) {
        if let parent = document.parent(of: comment) { select(comment: parent) }
    }

    private func root(of comment: Int32) -> Int32 {
        var root = comment
        while let parent = document.parent(of: root) { root = parent }
        return root
    }

    /// Selects the nearest shown sibling in direction `step` (top-level comments are siblings too).
    private mutating func selectSibling(of comment: Int32, step: Int) {
        let tree = document.thread.tree
        let siblings = document.parent(of: comment).map { tree.children(of: Int($0)) } ?? tree.roots[...]
        guard var place = siblings.firstIndex(of: comment) else { return }
        place += step
        while siblings.indices.contains(place) {
            if document.visible.ordinal(of: siblings[place]) != nil {
                select(comment: siblings[place])
                return
            }
            place += step
        }
    }
}
