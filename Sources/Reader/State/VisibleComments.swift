import ThreadKit

/// The comments on show after folds and author filters, in display order.
/// Built in O(n) only when folds, filters or order change; everything per keystroke
/// works on this list with binary searches.
public struct VisibleComments: Sendable, Equatable {
    public private(set) var comments: [Int32] = []
    /// Comments shown only because a filtered author replied to them (drawn dimmed).
    public private(set) var context: CommentSet
    /// Comments the author filters let through, folded or not: what search looks at; nil when they let through all.
    private(set) var eligible: CommentSet?
    /// Sort key of a comment in this order: its pre-order place (tree) or its index (flat).
    private let treePosition: [Int32]?
    /// How many of each comment's replies, at any depth, are hidden with a hidden author; empty when no author is.
    private var hiddenBelow: [Int32] = []

    /// Replies of `comment` at any depth that are on show or folded away, not hidden with an author.
    func replies(of comment: Int32, in tree: ThreadTree) -> Int {
        tree.descendantCount(of: Int(comment)) - (hiddenBelow.isEmpty ? 0 : Int(hiddenBelow[Int(comment)]))
    }

    public var count: Int { comments.count }

    init(thread: ThreadKit.Thread, authors: AuthorIDs, folded: CommentSet, filter: AuthorFilter, order: CommentOrder) {
        let tree = thread.tree
        let count = thread.comments.count
        treePosition = order == .tree ? tree.position : nil
        context = CommentSet(capacity: 0)
        guard filter.isFiltering || !filter.hidden.isEmpty else {
            // Only folds hide anything: no pass over every comment to find whom the filters let through.
            eligible = nil
            comments = Self.unfiltered(tree, folded: folded, order: order)
            return
        }
        let hidden = authors.mask(filter.hidden), shown = authors.mask(filter.shown)
        // With no one hidden, in file order: the authors' numbers are read one after another.
        var eligible = hidden.isEmpty ? authors.comments(markedIn: shown) : CommentSet(capacity: count)
        if !hidden.isEmpty {
            // In pre-order: drop killfiled subtrees, keep filtered authors.
            var place = 0
            while place < count {
                let index = tree.order[place]
                if authors.isMarked(index, in: hidden) {
                    let end = Int(tree.subtreeEnd[Int(index)])
                    if hiddenBelow.isEmpty { hiddenBelow = Array(repeating: 0, count: count) }
                    var ancestor = thread.treeParent(of: index)
                    while let above = ancestor {
                        hiddenBelow[Int(above)] += Int32(end - place)
                        ancestor = thread.treeParent(of: above)
                    }
                    place = end
                    continue
                }
                if !filter.isFiltering || authors.isMarked(index, in: shown) { eligible.insert(index) }
                place += 1
            }
        }
        self.eligible = eligible
        guard filter.isFiltering else {
            // Folds apply only to the unfiltered tree.
            comments = Self.unfolded(tree, eligible: eligible, folded: folded, order: order)
            return
        }
        // Filtered authors come with the comments they answer.
        context = CommentSet(capacity: count)
        for index in eligible.members {
            if let parent = thread.treeParent(of: index), !eligible.contains(parent) { context.insert(parent) }
        }
        comments = Self.inOrder(eligible.union(context), tree: tree, order: order)
    }

    /// Every comment in display order, but those inside folds; unfolded, the tree's own order, shared.
    private static func unfiltered(_ tree: ThreadTree, folded: CommentSet, order: CommentOrder) -> [Int32] {
        if order == .flat { return Array(0..<Int32(tree.count)) }
        if folded.isEmpty { return tree.order }
        var comments: [Int32] = []
        var place = 0
        let count = tree.count
        while place < count {
            let index = tree.order[place]
            comments.append(index)
            place = folded.contains(index) ? Int(tree.subtreeEnd[Int(index)]) : place + 1
        }
        return comments
    }

    /// The eligible comments in display order, but those inside folds.
    private static func unfolded(_ tree: ThreadTree, eligible: CommentSet, folded: CommentSet, order: CommentOrder) -> [Int32] {
        guard order == .tree else { return eligible.members }
        var comments: [Int32] = []
        var place = 0
        let count = tree.count
        while place < count {
            let index = tree.order[place]
            place += 1
            guard eligible.contains(index) else { continue }
            comments.append(index)
            if folded.contains(index) { place = Int(tree.subtreeEnd[Int(index)]) }
        }
        return comments
    }

    /// `shown` in display order. In the tree's order, their places are marked and read back in order: the few
    /// comments of a filter cost no walk over the whole tree, nor a sort.
    private static func inOrder(_ shown: CommentSet, tree: ThreadTree, order: CommentOrder) -> [Int32] {
        guard order == .tree else { return shown.members }
        var places = CommentSet(capacity: tree.count)
        for comment in shown.members { places.insert(tree.position[Int(comment)]) }
        return places.members.map { tree.order[Int($0)] }
    }

    private func key(_ comment: Int32) -> Int32 {
        treePosition?[Int(comment)] ?? comment
    }

    /// Ordinal of the first shown comment whose key is at least `comment`'s.
    private func firstOrdinal(atOrAfterKey target: Int32) -> Int {
        var low = 0, high = comments.count
        while low < high {
            let middle = (low + high) / 2
            if key(comments[middle]) < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where `comment` sits in the list, or nil when it is not shown.
    public func ordinal(of comment: Int32) -> Int? {
        let ordinal = firstOrdinal(atOrAfterKey: key(comment))
        return ordinal < comments.count && comments[ordinal] == comment ? ordinal : nil
    }

    /// The shown comment at or before `comment` in display order: where a cursor goes when
    /// its comment disappears (into a fold, it lands on the folded ancestor).
    func nearestOrdinal(to comment: Int32) -> Int? {
        guard !comments.isEmpty else { return nil }
        let ordinal = firstOrdinal(atOrAfterKey: key(comment))
        if ordinal < comments.count && comments[ordinal] == comment { return ordinal }
        return max(0, ordinal - 1)
    }

    /// The first shown comment at or after tree place `place` (tree order only).
    func firstOrdinal(atOrAfterPlace place: Int32) -> Int {
        firstOrdinal(atOrAfterKey: place)
    }
}
