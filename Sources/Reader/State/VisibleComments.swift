import ThreadKit

/// The comments on show after folds and author filters, in display order.
/// Built in O(n) only when folds, filters or order change; everything per keystroke
/// works on this list with binary searches.
public struct VisibleComments: Sendable, Equatable {
    public private(set) var comments: [Int32] = []
    /// Comments shown only because a filtered author replied to them (drawn dimmed).
    public private(set) var context: CommentSet
    /// Comments the author filters let through, folded or not: what search looks at.
    private(set) var eligible: CommentSet
    /// Sort key of a comment in this order: its pre-order place (tree) or its index (flat).
    private let treePosition: [Int32]?
    /// How many of each comment's replies, at any depth, are hidden with a hidden author; empty when no author is.
    private var hiddenBelow: [Int32] = []

    /// Replies of `comment` at any depth that are on show or folded away, not hidden with an author.
    func replies(of comment: Int32, in tree: ThreadTree) -> Int {
        tree.descendantCount(of: Int(comment)) - (hiddenBelow.isEmpty ? 0 : Int(hiddenBelow[Int(comment)]))
    }

    public var count: Int { comments.count }

    func isEligible(_ comment: Int32) -> Bool { eligible.contains(comment) }

    init(thread: ThreadKit.Thread, authors: AuthorIDs, folded: CommentSet, filter: AuthorFilter, order: CommentOrder) {
        let tree = thread.tree
        let count = thread.comments.count
        context = CommentSet(capacity: count)
        eligible = CommentSet(capacity: count)
        treePosition = order == .tree ? tree.position : nil

        // Pass 1 (pre-order): drop killfiled subtrees, keep filtered authors plus their parents.
        let hidden = authors.mask(filter.hidden), shown = authors.mask(filter.shown)
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
            if !filter.isFiltering || authors.isMarked(index, in: shown) {
                eligible.insert(index)
            }
            place += 1
        }
        if filter.isFiltering {
            for index in 0..<Int32(count) where eligible.contains(index) {
                if let parent = thread.treeParent(of: index), !eligible.contains(parent) { context.insert(parent) }
            }
        }
        // Pass 2: emit in display order; folds only apply to the unfiltered tree.
        let (eligible, context) = (eligible, context)
        let isShown = { (index: Int32) in eligible.contains(index) || context.contains(index) }
        comments.reserveCapacity(count)
        switch order {
        case .flat:
            for index in 0..<Int32(count) where isShown(index) { comments.append(index) }
        case .tree:
            place = 0
            while place < count {
                let index = tree.order[place]
                place += 1
                guard isShown(index) else { continue }
                comments.append(index)
                if !filter.isFiltering && folded.contains(index) { place = Int(tree.subtreeEnd[Int(index)]) }
            }
        }
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
