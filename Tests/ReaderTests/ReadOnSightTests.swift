import XCTest
@testable import Reader
import ThreadKit

/// A comment whole on screen for `ReaderState.readingMoment` counts as read, with the time passed in by hand.
/// Seven rows show alice's comment (selected, so read), bob's and alice's answer whole; a page down shows carol's
/// (selected), dave's whole and the first row of the anonymous reply.
final class ReadOnSightTests: XCTestCase {
    private let moment = ReaderState.readingMoment

    private func reader(height: Int = 7) -> Harness {
        let reader = Harness(width: 60, height: height)
        _ = reader.session.takeReadingChanges()
        return reader
    }

    func testACommentWholeOnScreenForLessThanTheMomentIsNotReadAndForTheMomentIs() {
        let reader = reader()
        reader.session.passTime(100)
        XCTAssertEqual(reader.state.nextReadingDeadline, 100 + moment)
        reader.session.passTime(100 + moment - 0.1)
        XCTAssertEqual(reader.state.document.read, [0], "only the selected one")
        reader.session.passTime(100 + moment)
        XCTAssertEqual(reader.state.document.read, [0, 1, 2])
        XCTAssertEqual(reader.session.takeReadingChanges(), [1, 2].map { ReadingChange(document: 0, comment: $0, isRead: true) },
                       "handed to the driver as selected ones are")
        XCTAssertNil(reader.state.nextReadingDeadline, "nothing on screen is waiting")
    }

    func testACommentScrolledPastBeforeTheMomentIsNotRead() {
        let reader = reader()
        reader.session.passTime(0)
        reader.session.passTime(1)
        reader.press(.character(" "))
        reader.session.passTime(1.2)
        reader.session.passTime(10)
        XCTAssertFalse(reader.state.document.read.contains(1) || reader.state.document.read.contains(2), "paged past")
        XCTAssert(reader.state.document.read.contains(4), "dave's, whole on the page since 1.2")
    }

    func testACommentOnlyPartlyOnScreenIsNotRead() {
        let reader = reader()
        reader.press(.character(" "))
        XCTAssertEqual(reader.lines[5], " └ anonymous", "its first row at the bottom")
        reader.session.passTime(0)
        reader.session.passTime(60)
        XCTAssertFalse(reader.state.document.read.contains(5))
    }

    func testNothingIsReadWhileThePaneIsCoveredOrHidden() {
        let covered = reader()
        covered.press(.character("?"))
        covered.session.passTime(0)
        covered.session.passTime(60)
        XCTAssertEqual(covered.state.document.read, [0])
        let hidden = Harness(width: 60, height: 7, startIn: .article)
        hidden.session.passTime(0)
        hidden.session.passTime(60)
        XCTAssertEqual(hidden.state.document.read, [], "the article alone on screen")
        let away = reader()
        away.session.passTime(0)
        XCTAssertEqual(away.press(.control("z")), .suspend)
        away.session.passTime(60)
        XCTAssertEqual(away.state.document.read, [0], "suspended: the time away reads nothing")
        away.session.passTime(60 + moment)
        XCTAssertEqual(away.state.document.read, [0, 1, 2])
    }

    func testCommentsMarkedUnreadStayUnreadOnScreenUntilTheyLeaveItAndComeBack() {
        let reader = reader()
        reader.session.passTime(0)
        reader.session.passTime(2)
        reader.press(.character("j"), .character("U"))
        XCTAssertEqual(reader.state.document.read, [0])
        reader.session.passTime(2.1)
        reader.session.passTime(30)
        XCTAssertEqual(reader.state.document.read, [0], "still on screen since they were marked")
        reader.press(.character(" "))
        reader.session.passTime(30.1)
        reader.press(.character("g"))
        reader.session.passTime(30.2)
        reader.session.passTime(30.2 + moment)
        XCTAssertEqual(reader.state.document.read, [0, 1, 2, 3], "back on screen, read again (and carol's, selected on the way)")
    }
}
