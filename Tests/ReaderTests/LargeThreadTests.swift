import XCTest
@testable import Reader
import ThreadKit

/// A 100,000-comment thread: results must be right without laying out the whole discussion.
final class LargeThreadTests: XCTestCase {
    private static let size = 100_000

    /// 1,000 threads of 100 comments; comment i replies to the one 1, 2 or 3 before it within its thread.
    private static let thread: ThreadKit.Thread = {
        var comments: [Comment] = []
        comments.reserveCapacity(size)
        for index in 0..<size {
            let inThread = index % 100
            let parent = inThread == 0 ? nil : index - 1 - (inThread % 3 == 0 ? min(inThread - 1, 2) : 0)
            comments.append(Comment(author: "user\(index % 97)", blocks: [.paragraph("comment number \(index)")], parent: parent))
        }
        return ThreadKit.Thread(format: "test", comments: comments)
    }()

    func testMovingFoldingFilteringAndSearchingAHundredThousandComments() {
        let reader = Harness([("big.txt", Self.thread)], width: 80, height: 24)
        XCTAssertEqual(reader.state.document.visible.count, Self.size)
        reader.press(.character("G"))
        XCTAssertEqual(reader.state.document.cursor, Int32(Self.size - 1))
        XCTAssertTrue(reader.lines.last!.contains("100000/100000"))
        XCTAssertTrue(reader.lines.contains { $0.contains("comment number 99999") })
        reader.press(.character("g"))
        reader.press(.character("C"))
        XCTAssertEqual(reader.state.document.visible.count, 1_000)
        reader.press(.character("G"))
        XCTAssertEqual(reader.state.document.cursor, 99_900)
        reader.press(.enter)
        XCTAssertEqual(reader.state.document.visible.count, 1_000 + Self.thread.tree.children(of: 99_900).count)
        reader.press(.character("E"))
        XCTAssertEqual(reader.state.document.visible.count, Self.size)
        XCTAssertEqual(reader.state.document.cursor, 99_900)

        reader.press(.character("f"))
        let author = reader.selectedAuthor!
        let own = Self.thread.comments.filter { $0.author == author }.count
        XCTAssertGreaterThan(reader.state.document.visible.count, own)
        XCTAssertTrue(reader.state.document.visible.comments.allSatisfy {
            Self.thread.comments[Int($0)].author == author || reader.state.document.visible.context.contains($0)
        })
        reader.press(.escape)
        XCTAssertEqual(reader.state.document.visible.count, Self.size)

        reader.press(.character("/"))
        reader.type("number 94242")
        XCTAssertEqual(reader.state.search.matches, [.comment(94_242)])
        XCTAssertEqual(reader.state.document.cursor, 94_242)
        reader.press(.enter, .pageDown, .pageDown)
        XCTAssertNotNil(reader.state.document.cursor)
        reader.session.handle(.resize(width: 30, height: 8))
        XCTAssertTrue(reader.lines.contains { $0.hasPrefix("▌") }, "the selected comment is on screen")
        XCTAssertTrue(reader.lines.last!.contains("/100000"), reader.lines.last!)
    }

    /// The thread is scanned in pieces on every core; the matches must be those of one plain pass, in display order.
    func testSearchingInPiecesFindsWhatOnePassFinds() {
        let reader = Harness([("big.txt", Self.thread)], width: 80, height: 24)
        for query in ["NUMBER 9999", "user96", "r 1"] {
            reader.press(.character("/"))
            reader.type(query)
            reader.press(.enter)
            let expected = Self.thread.tree.order.filter { index in
                let comment = Self.thread.comments[Int(index)]
                return ([comment.author!] + comment.blocks.map(\.text)).contains { $0.lowercased().contains(query.lowercased()) }
            }
            XCTAssertEqual(reader.state.search.matches, expected.map { .comment($0) }, query)
            XCTAssertGreaterThan(expected.count, 3, query)
        }
    }
}
