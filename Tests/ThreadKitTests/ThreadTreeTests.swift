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
