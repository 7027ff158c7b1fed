import XCTest
@testable import Reader
import ThreadKit

/// Folds, author filter and theme: handed to the driver when they change, and taken back from a recollection.
final class RememberedViewTests: XCTestCase {
    func testFoldsFilterAndThemeComeBackWithTheRecollection() {
        let reader = Harness(width: 60, height: 14)
        reader.session.recall(Recollection(view: RememberedView(folded: [0, 2, 99], shownAuthors: ["carol", "someone gone"],
                                                                hiddenAuthors: ["dave"], theme: "other")), document: 0)
        XCTAssert(reader.state.document.folded.contains(0))
        XCTAssertFalse(reader.state.document.folded.contains(2), "a comment without replies does not fold")
        XCTAssertEqual(reader.state.authors.shown, ["carol"], "an author no longer in the thread is dropped")
        XCTAssertEqual(reader.state.authors.hidden, ["dave"])
        XCTAssertEqual(reader.state.theme.name, "other")
        XCTAssert(reader.lines.last!.contains("only carol hidden dave"), reader.lines.last!)
        reader.press(.character("="))
        XCTAssertEqual(reader.visibleAuthors, ["alice", "dave", "anonymous"], "alice's replies folded under the filter")
    }

    func testAFilterOfOnlyGoneAuthorsIsNoFilterAndAnUnknownThemeIsIgnored() {
        let reader = Harness(width: 60, height: 14)
        reader.press(.character("T"))
        reader.session.recall(Recollection(view: RememberedView(shownAuthors: ["someone gone"], theme: "deleted theme")), document: 0)
        XCTAssertFalse(reader.state.authors.isFiltering)
        XCTAssertEqual(reader.visibleAuthors.count, 6)
        XCTAssertEqual(reader.state.theme.name, "other", "the theme in use stays")
        reader.session.recall(Recollection(view: RememberedView()), document: 0)
        XCTAssertEqual(reader.state.theme.name, "test", "none kept: the one skein started with")
    }

    func testTheViewIsHandedToTheDriverWhenItChangesAndOnlyOnceTheStoreKnowsTheThread() {
        let reader = Harness(width: 60, height: 14)
        reader.press(.enter)
        XCTAssertNil(reader.session.takeViewChange(), "the store has not answered for this thread")
        reader.session.recall(Recollection(), document: 0)
        XCTAssertNil(reader.session.takeViewChange(), "nothing changed since it answered")
        reader.press(.character("j"))
        XCTAssertNil(reader.session.takeViewChange(), "moving is the place, not the view")
        reader.press(.character("x"))
        XCTAssertEqual(reader.session.takeViewChange()?.view, RememberedView(folded: [0], hiddenAuthors: ["dave"]))
        XCTAssertNil(reader.session.takeViewChange())
        reader.press(.character("T"))
        XCTAssertEqual(reader.session.takeViewChange()?.view.theme, "other")
        reader.press(.character("T"))
        XCTAssertEqual(reader.session.takeViewChange()?.view, RememberedView(folded: [0], hiddenAuthors: ["dave"]),
                       "back to the theme skein started with: none kept")
    }

    func testAnotherFilesFilterWaitsUntilItIsShown() {
        let other = ThreadKit.Thread(format: "test", comments: [Comment(author: "zed", blocks: [.paragraph("z")]),
                                                               Comment(author: "yan", blocks: [.paragraph("y")], parent: 0)])
        let reader = Harness([("one.txt", sampleThread()), ("two.mbox", other)], width: 60, height: 14)
        reader.session.recall(Recollection(view: RememberedView(folded: [0], shownAuthors: ["zed"])), document: 1)
        XCTAssert(reader.state.documents[1].folded.contains(0))
        XCTAssertFalse(reader.state.authors.isFiltering, "not while one.txt is on screen")
        reader.press(.control("n"))
        XCTAssertEqual(reader.state.authors.shown, ["zed"])
        reader.press(.character("="), .control("p"), .control("n"))
        XCTAssertFalse(reader.state.authors.isFiltering, "brought back once, not each time")
    }

    func testAThreadOpenedAtACommentKeepsItInSight() {
        let reader = Harness(width: 60, height: 14)
        reader.session.show(document: 0, comment: 2)
        reader.session.recall(Recollection(position: 4, view: RememberedView(folded: [0, 1], shownAuthors: ["dave"])), document: 0)
        XCTAssertEqual(reader.state.document.cursor, 2)
        XCTAssertFalse(reader.state.authors.isFiltering)
        XCTAssertEqual(reader.visibleAuthors.count, 6)
    }
}
