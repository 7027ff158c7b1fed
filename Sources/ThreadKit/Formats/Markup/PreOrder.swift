/// Puts nodes that name their parent into pre-order, the order `Thread.comments` needs
/// (each parent before its replies, siblings in source order).
enum PreOrder {
    /// `parents[i]` is node i's parent (an index into the same array) or nil.
    /// Returns the nodes in pre-order and, for each placed node, its parent's new position.
    /// Nodes caught in a parent cycle become top level.
    static func arrange(parents: [Int?]) -> (order: [Int], parentPosition: [Int?]) {
        let n = parents.count
        func parent(of node: Int) -> Int? {
            guard let parent = parents[node], parent >= 0, parent < n, parent != node else { return nil }
            return parent
        }
        // Each node's children, in their order, as a run of one flat array: an array per node cost a 100,000-message
        // mailbox more than the walk.
        var childStart = [Int](repeating: 0, count: n + 1)
        for node in 0..<n { if let parent = parent(of: node) { childStart[parent + 1] += 1 } }
        for node in 0..<n { childStart[node + 1] += childStart[node] }
        var children = [Int](repeating: 0, count: childStart[n])
        var filled = childStart
        var roots: [Int] = []
        for node in 0..<n {
            if let parent = parent(of: node) { children[filled[parent]] = node; filled[parent] += 1 } else { roots.append(node) }
        }
        var order: [Int] = []
        order.reserveCapacity(n)
        var position = [Int?](repeating: nil, count: n)
        var parentPosition: [Int?] = []
        parentPosition.reserveCapacity(n)
        var stack: [(node: Int, parent: Int?)] = []
        func visit(from root: Int, parent: Int?) {
            stack.append((root, parent))
            while let (node, parent) = stack.popLast() {
                guard position[node] == nil else { continue }
                position[node] = order.count
                order.append(node)
                parentPosition.append(parent)
                for child in children[childStart[node]..<childStart[node + 1]].reversed() { stack.append((child, position[node])) }
            }
        }
        for root in roots { visit(from: root, parent: nil) }
        // Whatever a cycle kept unreachable starts its own subtree.
        for node in 0..<n where position[node] == nil { visit(from: node, parent: nil) }
        return (order, parentPosition)
    }
}
