import ThreadKit

/// Each comment's author as a number, so filters over 100,000 comments compare integers,
/// not hash names on every keystroke.
struct AuthorIDs: Sendable {
    /// `names[id]` is the author with number `id`.
    let names: [String]
    /// The author number of each comment; -1 for anonymous.
    private let ids: [Int32]
    private let number: [String: Int32]

    init(thread: ThreadKit.Thread, authors: [AuthorCount]) {
        names = authors.map(\.name)
        var number: [String: Int32] = [:]
        number.reserveCapacity(names.count)
        for (id, name) in names.enumerated() { number[name] = Int32(id) }
        ids = thread.comments.map { comment in comment.author.flatMap { number[$0] } ?? -1 }
        self.number = number
    }

    subscript(comment: Int32) -> Int32 { ids[Int(comment)] }

    /// Whether each author number is one of `chosen`; anonymous is never in a set of names. The chosen few are
    /// looked up, not every name of a large thread hashed.
    func mask(_ chosen: Set<String>) -> [Bool] {
        guard !chosen.isEmpty else { return [] }
        var mask = [Bool](repeating: false, count: names.count)
        for name in chosen { if let id = number[name] { mask[Int(id)] = true } }
        return mask
    }

    /// The comments whose authors are marked in `mask`, read in file order without bounds checks: the loop of
    /// a filter over every comment of a large thread.
    func comments(markedIn mask: [Bool]) -> CommentSet {
        ids.withUnsafeBufferPointer { ids in
            mask.withUnsafeBufferPointer { mask in
                CommentSet(capacity: ids.count) { comment in
                    let id = Int(ids[Int(comment)])
                    return id >= 0 && id < mask.count && mask[id]
                }
            }
        }
    }

    /// Whether `comment`'s author is marked in `mask`.
    func isMarked(_ comment: Int32, in mask: [Bool]) -> Bool {
        let id = ids[Int(comment)]
        return id >= 0 && Int(id) < mask.count && mask[Int(id)]
    }
}
