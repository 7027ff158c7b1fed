/// Puts nodes that name their parent into pre-order, the order `Thread.comments` needs
/// (each parent before its replies, siblings in source order).
enum PreOrder {
    /// `parents[i]` is node i's parent (an index into the same array) or nil.
    /// Returns the nodes in pre-order and, for each placed node, its parent's new position.
    /// Nodes caught in a parent cycle become top level.
    static func arrange(parents: [Int?]) -> (order: [Int], parentPosition: [Int?]) {
        let n = parents.count
        var children = [[Int]](repeating: [], count: n)
        var roots: [Int] = []
        for i in 0..<n {
            if let p = parents[i], p >= 0, p < n, p != i { children[p].append(i) } else { roots.append(i) }
        }
        var order: [Int] = []
        order.reserveCapacity(n)
        var position = [Int?](repeating: nil, count: n)
        var parentPosition: [Int?] = []
        parentPosition.reserveCapacity(n)
        func visit(from root: Int, parent: Int?) {
            var stack: [(node: Int, parent: Int?)] = [(root, parent)]
            while let (node, parent) = stack.popLast() {
                guard position[node] == nil else { continue }
                position[node] = order.count
                order.append(node)
                parentPosition.append(parent)
                for child in children[node].reversed() { stack.append((child, position[node])) }
            }
        }
        for root in roots { visit(from: root, parent: nil) }
        // Whatever a cycle kept unreachable starts its own subtree.
        for i in 0..<n where position[i] == nil { visit(from: i, parent: nil) }
        return (order, parentPosition)
    }
}
