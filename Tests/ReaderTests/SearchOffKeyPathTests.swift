import XCTest
@testable import Reader
import ThreadKit

/// Matches are found off the key path: a keystroke asks for them, and they count only if they answer the
/// search the reader still waits for.
final class SearchOffKeyPathTests: XCTestCase {
    /// A reader whose searches the test answers itself.
    private func reader() -> Harness {
        let reader = Harness(width: 60, height: 12)
        reader.answersSearches = false
        return reader
    }

    private func answer(_ request: SearchRequest, in reader: Harness) {
        reader.session.found(request.matches(stoppingWhen: { false })!, for: request)
    }

    func testAKeystrokeAsksForMatchesAndTheirComingMovesToTheFirst() throws {
        let reader = reader()
        reader.press(.character("/"))
        reader.type("reply")
        XCTAssertEqual(reader.state.document.cursor, 0, "nothing moves before the matches come")
        XCTAssertTrue(reader.state.search.isSearching)
        XCTAssertEqual(reader.lines.last, "/reply▏  searching…")
        let request = try XCTUnwrap(reader.session.takeSearchRequest())
        XCTAssertNil(reader.session.takeSearchRequest(), "each request is given once")
        answer(request, in: reader)
        XCTAssertFalse(reader.state.search.isSearching)
        XCTAssertEqual(reader.state.search.matches, [.comment(1), .comment(3), .comment(5)])
        XCTAssertEqual(reader.state.document.cursor, 1, "the first match after the cursor, as typing moves when the matches are at hand")
        XCTAssertEqual(reader.lines.last, "/reply▏  match 1/3")
    }

    func testMatchesOfAQueryTypedOverAreDropped() throws {
        let reader = reader()
        reader.press(.character("/"))
        reader.type("rep")
        let stale = try XCTUnwrap(reader.session.takeSearchRequest())
        reader.type("ly")
        let current = try XCTUnwrap(reader.session.takeSearchRequest())
        answer(stale, in: reader)
        XCTAssertTrue(reader.state.search.isSearching, "still waiting for the query on screen")
        XCTAssertEqual(reader.state.search.matches, [])
        XCTAssertEqual(reader.state.document.cursor, 0)
        answer(current, in: reader)
        XCTAssertEqual(reader.state.search.matches, [.comment(1), .comment(3), .comment(5)])
        XCTAssertEqual(reader.state.document.cursor, 1)
        answer(stale, in: reader)
        XCTAssertEqual(reader.state.search.matches, [.comment(1), .comment(3), .comment(5)], "a late answer changes nothing")
    }

    func testMatchesComingAfterEnterStillMoveToTheFirstAndNWaitsForThem() throws {
        let reader = reader()
        reader.press(.character("/"))
        reader.type("alice")
        reader.press(.enter)
        reader.press(.character("n"))
        XCTAssertEqual(reader.lines.last.map { $0.contains("still searching") }, true, reader.lines.last ?? "")
        reader.press(.character("j"))
        answer(try XCTUnwrap(reader.session.takeSearchRequest()), in: reader)
        XCTAssertEqual(reader.state.document.cursor, 1, "bob's reply to alice, the first match at or after the cursor")
        XCTAssertEqual(reader.state.search.current, 1)
        reader.press(.character("n"))
        XCTAssertEqual(reader.state.document.cursor, 2)
    }

    func testEscapeWhileSearchingBringsBackTheLastQueryAndItsMatchesUnasked() throws {
        let reader = reader()
        reader.press(.character("/"))
        reader.type("alice")
        answer(try XCTUnwrap(reader.session.takeSearchRequest()), in: reader)
        reader.press(.enter)
        reader.press(.character("/"))
        reader.type("carol")
        XCTAssertNotNil(reader.session.takeSearchRequest())
        reader.press(.escape)
        XCTAssertEqual(reader.state.search.query, "alice")
        XCTAssertEqual(reader.state.search.matches, [.comment(0), .comment(1), .comment(2)])
        XCTAssertFalse(reader.state.search.isSearching)
        XCTAssertNil(reader.session.takeSearchRequest(), "no search for what was already found")
    }

    func testAFilterAsksForTheMatchesAgainWithoutMoving() throws {
        let reader = reader()
        reader.press(.character("/"))
        reader.type("reply")
        answer(try XCTUnwrap(reader.session.takeSearchRequest()), in: reader)
        reader.press(.enter, .character("j"))
        XCTAssertEqual(reader.state.document.cursor, 2)
        reader.press(.character("f"))
        XCTAssertTrue(reader.state.search.isSearching, "alice's comments only: other matches")
        answer(try XCTUnwrap(reader.session.takeSearchRequest()), in: reader)
        XCTAssertEqual(reader.state.document.cursor, 2, "a search not typed does not move the selection")
        XCTAssertEqual(reader.state.search.matches, [], "bob's reply, shown dimmed above alice's comment, is not searched")
    }

    func testTypingOnReadsAgainOnlyWhatTheShorterQueryFound() throws {
        let reader = reader()
        reader.press(.character("/"))
        reader.type("RE")
        let first = try XCTUnwrap(reader.session.takeSearchRequest())
        XCTAssertNil(first.within, "nothing found before: every comment is read")
        answer(first, in: reader)
        let found: [SearchMatch] = [.article(block: 1), .comment(1), .comment(3), .comment(4), .comment(5)]
        XCTAssertEqual(reader.state.search.matches, found, "the heading More, the replies and the second thread")
        reader.type("ply")
        let narrowed = try XCTUnwrap(reader.session.takeSearchRequest())
        XCTAssertEqual(narrowed.within, found, "'reply' holds 're', ignoring case")
        answer(narrowed, in: reader)
        XCTAssertEqual(reader.state.search.matches, [.comment(1), .comment(3), .comment(5)])
        reader.press(.backspace)
        XCTAssertNil(try XCTUnwrap(reader.session.takeSearchRequest()).within, "'repl' may be found where 'reply' was not")
    }

    func testAStoppedSearchFindsNothing() throws {
        let reader = reader()
        reader.press(.character("/"))
        reader.type("reply")
        let request = try XCTUnwrap(reader.session.takeSearchRequest())
        XCTAssertNil(request.matches(stoppingWhen: { true }))
    }
}
