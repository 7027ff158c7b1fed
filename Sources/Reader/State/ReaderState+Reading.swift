import ThreadKit

/// Read marks: a comment is read once selected in the discussion; `]` and `[` go to the next and previous
/// comment not yet read (new ones first of all are unread), unfolding what hides it; the whole thread can be
/// marked read and a subtree unread.
extension ReaderState {
    /// Takes in what was remembered of a document's thread; the selection goes back where it was, and the view
    /// as it was left.
    mutating func recall(_ recollection: Recollection, document index: Int) {
        guard documents.indices.contains(index) else { return }
        let count = Int32(documents[index].thread.comments.count)
        // Comments read while the store was still answering stay read.
        documents[index].read.formUnion(recollection.read.filter { $0 < count })
        documents[index].new = recollection.new.filter { $0 < count }
        // Sent to a comment (a bookmark, a search hit), the reader stays on it: the remembered place, folds and
        // filter could take it away or hide it.
        guard !documents[index].wasSentToComment else {
            if index == currentDocument { refresh() }
            return
        }
        if let view = recollection.view { restore(view, document: index) }
        if let position = recollection.position, position < count, documents[index].cursor != nil {
            documents[index].cursor = position
            documents[index].scroll = ScrollPosition(comment: position, row: 0)
        }
        if index == currentDocument { refresh() }
    }

    /// Switches to a document and selects a comment in it, unfolding what hides it.
    mutating func showComment(_ comment: Int32?, inDocument index: Int) {
        guard documents.indices.contains(index) else { return }
        if index != currentDocument { switchDocument(to: index) }
        guard let comment, comment < Int32(document.thread.comments.count) else { return }
        document.wasSentToComment = true
        reveal(comment: comment)
    }

    /// The selected comment in the discussion counts as read.
    mutating func markSelectionRead() {
        guard focus == .discussion, let cursor = document.cursor else { return }
        if let last = lastMarkedSelection, last.document == currentDocument, last.comment == cursor { return }
        lastMarkedSelection = (currentDocument, cursor)
        setRead([cursor], true)
    }

    mutating func performReadingAction(_ action: Action) {
        switch action {
        case .nextUnread: selectUnread(forward: true)
        case .previousUnread: selectUnread(forward: false)
        case .markThreadRead:
            setRead(Array(0..<Int32(document.thread.comments.count)), true)
            notice = "marked all \(document.thread.comments.count) comments read"
        case .markSubtreeUnread:
            guard let cursor = document.cursor else { return }
            let tree = document.thread.tree
            let start = Int(tree.position[Int(cursor)])
            var subtree = [cursor]
            var position = start + 1
            while position < tree.count, tree.depth[Int(tree.order[position])] > tree.depth[Int(cursor)] {
                subtree.append(tree.order[position])
                position += 1
            }
            setRead(subtree, false)
            keepUnreadInSight(subtree)
            notice = "marked \(subtree.count) comment\(subtree.count == 1 ? "" : "s") unread"
        default: break
        }
    }

    mutating func setRead(_ comments: [Int32], _ isRead: Bool) {
        for comment in comments where document.read.contains(comment) != isRead {
            if isRead { document.read.insert(comment) } else { document.read.remove(comment) }
            readingChanges.append(ReadingChange(document: currentDocument, comment: comment, isRead: isRead))
        }
    }

    /// Looks through the whole tree in reading order, not only what is shown, and unfolds what hides the comment.
    private mutating func selectUnread(forward: Bool) {
        let tree = document.thread.tree
        guard tree.count > 0 else { return }
        let start = document.cursor.map { Int(tree.position[Int($0)]) } ?? (forward ? -1 : tree.count)
        var position = start
        for _ in 0..<tree.count {
            position += forward ? 1 : -1
            guard position >= 0, position < tree.count else { break }
            let comment = tree.order[position]
            guard !document.read.contains(comment) else { continue }
            // What a filter or a hidden author leaves out is passed over.
            let author = document.thread.comments[Int(comment)].author
            if let author, authors.hidden.contains(author) || (authors.isFiltering && !authors.shown.contains(author)) { continue }
            reveal(comment: comment)
            return
        }
        notice = forward ? "no unread comment below" : "no unread comment above"
    }
}
