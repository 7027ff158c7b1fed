/// What the furniture set aside says about the lines kept after it, each by the index of the kept line that followed it.
struct FurnitureMarks {
    /// A button that loads more comments stood above ("View more comments").
    var afterMoreButtons: Set<Int> = []
    /// Kept lines where a pager stood just above (`PageNumbers`).
    var afterPagers: Set<Int> = []
    /// A count of the replies of the comment above stood above ("38 replies"): the first, where a copy repeats it.
    var replyCounts: [Int: Int] = [:]
    /// A line that stops the replies listed under a comment stood above ("Show more replies").
    var repliesClosed: Set<Int> = []
    /// A heading of the comments with their count stood above ("38 Comments", "Comments (38)"): the count.
    var sectionCounts: [Int: Int] = [:]

    /// Notes furniture line `text`, set aside just above the kept line `index`.
    mutating func note(_ text: String, above index: Int, rules: PlainTextRules) {
        if ChromeLine.loadsMoreComments(text) { afterMoreButtons.insert(index) }
        if let count = ReplyCounts.count(in: text, rules: rules) {
            if replyCounts[index] == nil { replyCounts[index] = count }
        } else if ReplyCounts.closes(text, rules: rules) {
            repliesClosed.insert(index)
        }
    }

    /// Notes a section heading, set aside just above the kept line `index`, for its count.
    mutating func noteSection(_ text: String, above index: Int) {
        if let count = text.firstFigure { sectionCounts[index] = count }
    }

    /// The lines that carry a mark, in order.
    var markedLines: [Int] {
        afterMoreButtons.union(afterPagers).union(replyCounts.keys).union(repliesClosed).union(sectionCounts.keys).sorted()
    }

    /// The marks of kept line `old` go to `new`, where a later pass moved it.
    mutating func move(_ old: Int, to new: Int, from marks: FurnitureMarks) {
        if marks.afterMoreButtons.contains(old) { afterMoreButtons.insert(new) }
        if marks.afterPagers.contains(old) { afterPagers.insert(new) }
        if let count = marks.replyCounts[old], replyCounts[new] == nil { replyCounts[new] = count }
        if marks.repliesClosed.contains(old) { repliesClosed.insert(new) }
        if let count = marks.sectionCounts[old] { sectionCounts[new] = count }
    }

    /// The replies each comment lists under a count, the comments starting at `starts` (in order; the last runs to
    /// `end`): nil when the page shows no counts, or too few (`replyCountMinimumRepeats`).
    func shownReplies(commentStarts starts: [Int], end: Int, rules: PlainTextRules) -> [ShownReplies.Link?]? {
        guard let first = starts.first else { return nil }
        let counted = replyCounts.keys.filter { $0 > first && $0 <= end }
        guard counted.count >= rules.replyCountMinimumRepeats else { return nil }
        // A mark belongs to the comment that ends above it: the one with the last start before it.
        let owner = { (index: Int) -> Int in
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] < index { low = middle + 1 } else { high = middle }
            }
            return low - 1
        }
        var counts = [Int?](repeating: nil, count: starts.count)
        for index in counted.sorted() where counts[owner(index)] == nil { counts[owner(index)] = replyCounts[index] }
        var closedBefore = [Bool](repeating: false, count: starts.count)
        for index in repliesClosed where index > first && index <= end && owner(index) + 1 < starts.count { closedBefore[owner(index) + 1] = true }
        return ReplyCounts.parents(counts: counts, closedBefore: closedBefore)
    }
}
