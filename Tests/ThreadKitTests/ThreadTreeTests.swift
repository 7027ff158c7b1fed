import XCTest
@testable import ThreadKit

final class ThreadTreeTests: XCTestCase {
    private func comments(parents: [Int?]) -> [Comment] {
        parents.map { Comment(author: "a", parent: $0) }
    }

    func testAuthorsAreTalliedMostProlificFirstTiesInOrderOfFirstComment() {
        let names: [String?] = ["dan", "bea", nil, "cy", "bea", "abe", "cy", "dan", "cy"]
        let thread = Thread(format: "test", comments: names.map { Comment(author: $0) })
        XCTAssertEqual(thread.authors.map(\.name), ["cy", "dan", "bea", "abe"])
        XCTAssertEqual(thread.authors.map(\.count), [3, 2, 2, 1])
    }

    func testPreOrderPlacesRepliesUnderTheirParentInDocumentOrder() {
        // 0 ─ 2 ─ 3 ; 1 ; 4 replies to 0 after 1 came in between
        let tree = ThreadTree(comments: comments(parents: [nil, nil, 0, 2, 0]))
        XCTAssertEqual(tree.order, [0, 2, 3, 4, 1])
        XCTAssertEqual(tree.depth, [0, 0, 1, 2, 1])
        XCTAssertEqual(tree.descendantCount(of: 0), 3)
        XCTAssertEqual(Array(tree.children(of: 0)), [2, 4])
        XCTAssertEqual(tree.roots, [0, 1])
    }

    /// Pre-order from flat runs of children arranges as from an array of children per node: 2,000 random forests,
    /// parents out of range, cycles and nodes that answer themselves among them.
    func testPreOrderArrangesAsFromAnArrayOfChildrenPerNode() {
        func arrangedFromArrays(_ parents: [Int?]) -> (order: [Int], parentPosition: [Int?]) {
            let n = parents.count
            var children = [[Int]](repeating: [], count: n)
            var roots: [Int] = []
            for i in 0..<n {
                if let p = parents[i], p >= 0, p < n, p != i { children[p].append(i) } else { roots.append(i) }
            }
            var order: [Int] = [], position = [Int?](repeating: nil, count: n), parentPosition: [Int?] = []
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
            for i in 0..<n where position[i] == nil { visit(from: i, parent: nil) }
            return (order, parentPosition)
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let n = Int.random(in: 0...60, using: &generator)
            let parents: [Int?] = (0..<n).map { node in
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: nil
                case 1: Int.random(in: -2...(n + 2), using: &generator)
                case 2: node
                default: node == 0 ? nil : Int.random(in: 0..<node, using: &generator)
                }
            }
            let arranged = PreOrder.arrange(parents: parents), expected = arrangedFromArrays(parents)
            XCTAssertEqual(arranged.order, expected.order, "\(parents)")
            XCTAssertEqual(arranged.parentPosition, expected.parentPosition, "\(parents)")
        }
    }

    func testParentsThatDoNotPrecedeTheReplyAreTopLevel() {
        let tree = ThreadTree(comments: comments(parents: [1, 0, 7]))
        XCTAssertEqual(tree.order, [0, 1, 2])
        XCTAssertEqual(tree.depth, [0, 1, 0])
    }

    func testDeepChainsDoNotOverflowTheStack() {
        let n = 50_000
        let tree = ThreadTree(comments: comments(parents: [nil] + (0..<(n - 1)).map { $0 }))
        XCTAssertEqual(tree.depth[n - 1], Int32(n - 1))
        XCTAssertEqual(tree.descendantCount(of: 0), n - 1)
    }
}
