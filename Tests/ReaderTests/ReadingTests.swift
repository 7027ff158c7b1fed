import XCTest
@testable import Reader
import ThreadKit

/// Read marks and new comments: what a store hands the reader, and what the reader hands back.
final class ReadingTests: XCTestCase {
    func testNewCommentsShowInTheStatusAndBracketsVisitThem() {
        let reader = Harness(width: 60, height: 14)
        reader.session.recall(Recollection(read: [0, 1, 2], new: [3, 5], position: 0), document: 0)
        XCTAssert(reader.lines.last!.contains("2 new"), reader.lines.last!)
        XCTAssert(reader.lines.joined(separator: "\n").contains("carol · inferred · new"), reader.lines.joined(separator: "\n"))
        reader.press(.character("]"))
        XCTAssertEqual(reader.selectedAuthor, "carol")
        XCTAssert(reader.lines.last!.contains("1 new"), "carol's is read now: \(reader.lines.last!)")
        reader.press(.character("]"))
        XCTAssertEqual(reader.selectedAuthor, "dave", "dave's was never read")
        reader.press(.character("]"))
        XCTAssertEqual(reader.selectedAuthor, "anonymous")
        XCTAssertFalse(reader.lines.last!.contains("new"))
        reader.press(.character("]"))
        XCTAssertEqual(reader.state.notice, "no unread comment below")
    }

    func testBracketUnfoldsWhatHidesTheUnreadComment() {
        let reader = Harness(width: 60, height: 14)
        reader.session.recall(Recollection(read: [0, 1, 3, 4, 5]), document: 0)
        reader.press(.enter) // fold alice's thread
        XCTAssertEqual(reader.visibleAuthors, ["alice", "dave", "anonymous"])
        reader.press(.character("G"), .character("["))
        XCTAssertEqual(reader.selectedAuthor, "alice")
        XCTAssertEqual(reader.state.document.cursor, 2, "the reply under the fold, unfolded")
    }

    func testChangesAreHandedToTheDriverOnce() {
        let reader = Harness(width: 60, height: 14)
        _ = reader.session.takeReadingChanges()
        reader.press(.character("j"))
        XCTAssertEqual(reader.session.takeReadingChanges(), [ReadingChange(document: 0, comment: 1, isRead: true)])
        XCTAssertEqual(reader.session.takeReadingChanges(), [])
        reader.press(.character("U"))
        XCTAssertEqual(reader.session.takeReadingChanges(), [ReadingChange(document: 0, comment: 1, isRead: false)],
                       "of bob's comment and the reply under it, only his was read")
        XCTAssertFalse(reader.state.document.read.contains(1), "and stays unread while selected")
        XCTAssertEqual(reader.state.notice, "marked 2 comments unread")
        reader.press(.character("R"))
        XCTAssertEqual(reader.state.document.read.count, 6)
    }

    func testThePositionComesBack() {
        let reader = Harness(width: 60, height: 14)
        reader.session.recall(Recollection(position: 4), document: 0)
        XCTAssertEqual(reader.selectedAuthor, "dave")
    }

    func testBookmarksAreAskedOfTheDriverListedAndOpened() {
        let reader = Harness(width: 60, height: 14)
        XCTAssertEqual(reader.press(.character("m")), .toggleBookmark(document: 0, comment: 0))
        reader.press(.character("'"))
        XCTAssertNil(reader.state.overlay)
        XCTAssertEqual(reader.state.notice, "no bookmarks yet: m bookmarks the selected comment")
        let mark = Bookmark(path: "/saved/other.json", title: "Other thread", comment: 7, author: "zed", words: "Remember this one")
        reader.session.setBookmarks([mark])
        reader.press(.character("'"))
        XCTAssertEqual(reader.state.overlay, .bookmarks(PickList()))
        XCTAssertEqual(reader.lines[1], "zed  Remember this one  — Other thread")
        XCTAssertEqual(reader.press(.enter), .openBookmark(mark))
    }
}
