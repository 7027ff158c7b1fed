/// Reply structure of a thread as flat arrays, built once in O(n).
///
/// `order` lists comment indices in pre-order (each comment followed by its
/// replies, replies in document order); a subtree is the contiguous range
/// `position[i] ..< subtreeEnd[i]` of `order`, so folding, counting replies and
/// skipping a subtree never rescan the thread.
public struct ThreadTree: Sendable, Equatable {
    /// Comment indices in pre-order.
    public private(set) var order: [Int32]
    /// For each comment index, its place in `order`.
    public private(set) var position: [Int32]
    /// For each comment index, one past the last place of its subtree in `order`.
    public private(set) var subtreeEnd: [Int32]
    public private(set) var depth: [Int32]
    /// For each comment index, the comment it answers in the tree; -1 for a top-level comment. Read here, a
    /// parent costs no load of the whole comment.
    public private(set) var parent: [Int32]
    /// Comment indices of top-level comments, in document order.
    public private(set) var roots: [Int32]
    /// Children of comment `i` are `childList[childStart[i] ..< childStart[i + 1]]`.
    private var childStart: [Int32]
    private var childList: [Int32]

    public var count: Int { order.count }

    public init(comments: [Comment]) {
        let n = comments.count
        // A parent must come earlier in the document; anything else is treated as top level,
        // which also makes cycles impossible.
        func parentOf(_ i: Int) -> Int? {
            guard let p = comments[i].parent, p >= 0, p < i else { return nil }
            return p
        }
        var childCount = [Int32](repeating: 0, count: n + 1)
        var roots: [Int32] = []
        var parent = [Int32](repeating: -1, count: n)
        for i in 0..<n {
            if let p = parentOf(i) {
                childCount[p] += 1
                parent[i] = Int32(p)
            } else {
                roots.append(Int32(i))
            }
        }
        var start = [Int32](repeating: 0, count: n + 1)
        for i in 0..<n { start[i + 1] = start[i] + childCount[i] }
        var fill = start
        var list = [Int32](repeating: 0, count: max(0, Int(start[n])))
        for i in 0..<n {
            if let p = parentOf(i) { list[Int(fill[p])] = Int32(i); fill[p] += 1 }
        }
        var order: [Int32] = []
        order.reserveCapacity(n)
        var position = [Int32](repeating: 0, count: n)
        var subtreeEnd = [Int32](repeating: 0, count: n)
        var depth = [Int32](repeating: 0, count: n)
        // Iterative DFS: deep reply chains must not overflow the stack.
        var stack: [(node: Int32, next: Int32)] = []
        for root in roots {
            stack.append((root, start[Int(root)]))
            position[Int(root)] = Int32(order.count)
            order.append(root)
            while let top = stack.last {
                let node = Int(top.node)
                if top.next < start[node + 1] {
                    let child = list[Int(top.next)]
                    stack[stack.count - 1].next += 1
                    depth[Int(child)] = depth[node] + 1
                    position[Int(child)] = Int32(order.count)
                    order.append(child)
                    stack.append((child, start[Int(child)]))
                } else {
                    subtreeEnd[node] = Int32(order.count)
                    stack.removeLast()
                }
            }
        }
        self.order = order
        self.position = position
        self.subtreeEnd = subtreeEnd
        self.depth = depth
        self.parent = parent
        self.roots = roots
        self.childStart = start
        self.childList = list
    }

    public func children(of comment: Int) -> ArraySlice<Int32> {
        childList[Int(childStart[comment])..<Int(childStart[comment + 1])]
    }

    /// Number of comments below `comment` at any depth.
    public func descendantCount(of comment: Int) -> Int {
        Int(subtreeEnd[comment] - position[comment]) - 1
    }
}
