import XCTest
@testable import Reader
import ThreadKit

/// `w` shows why the selected comment starts where it does, has its author and its parent.
final class ExplanationOverlayTests: XCTestCase {
    /// Four comments under a comment-section header; Tom answers Margaret by name, and she him.
    private let page = """
    Harbour Bridge Reopens After Repairs

    The old bridge over the harbour reopened on Monday after two years of repairs. The city says traffic \
    will be lighter than before because of the new tram line.

    Engineers replaced most of the deck and painted the towers.

    12 Comments

    Margaret Olsen
    Finally! I have been driving around the bay for two years.

    Tom Becker
    Margaret, did they fix the cycle lane too? It was dangerous before.

    Margaret Olsen
    Yes Tom, it is twice as wide now and has a barrier.

    Priya Nair
    The towers look great in the new colour.

    """

    private func parse(explain: Bool) throws -> ThreadKit.Thread {
        try FormatDetector.parse(bytes: Array(page.utf8), options: ParseOptions(explain: explain))
    }

    func testTheOverlayListsTheSelectedCommentsReasonsAndWhoTheyName() throws {
        let thread = try parse(explain: true)
        let reasons = try XCTUnwrap(thread.reasons(for: 1))
        XCTAssert(reasons.contains { $0.hasPrefix("parent #0 (inferred): addressed by name \"Margaret\"") }, "\(reasons)")
        let reader = Harness([("bridge.txt", thread)], width: 100, height: 10)
        reader.press(.character("j"))
        XCTAssertNil(reader.press(.character("w")), "the evidence is there already")
        assertLines(reader.lines, ["Why #1 is where it is — q, Esc or w closes"] + reasons + [
            "",
            "#0 Margaret Olsen: Finally! I have been driving around the bay for two years.",
        ] + Array(repeating: "", count: 6 - reasons.count) + ["bridge.txt │ discussion │ 2/4 │ test │ ? help"])
        reader.press(.character("w"))
        XCTAssertNil(reader.state.overlay, "w closes it again")
    }

    func testLongReasonsWrapUnderTheirOwnStart() throws {
        let reader = Harness([("bridge.txt", try parse(explain: true))], width: 40, height: 30)
        reader.press(.character("j"), .character("j"), .character("w"))
        let reasons = try XCTUnwrap(reader.state.document.thread.reasons(for: 2))
        let rows = reader.lines.dropFirst().prefix { !$0.isEmpty }
        XCTAssert(rows.allSatisfy { $0.count <= 40 })
        XCTAssertGreaterThan(rows.count, reasons.count, "some reason took more than a row")
        // Each reason starts a row of its own, the rest of it on rows indented by two; no word is lost.
        let starts = rows.filter { row in reasons.contains { $0.hasPrefix(row) } }
        XCTAssertEqual(starts.count, reasons.count, "\(rows)")
        XCTAssert(rows.filter { !starts.contains($0) }.allSatisfy { $0.hasPrefix("  ") }, "\(rows)")
        XCTAssertEqual(rows.joined(separator: " ").split(separator: " "), reasons.joined(separator: " ").split(separator: " "))
    }

    func testAThreadReadWithoutEvidenceAsksTheDriverAndShowsItWhenItComes() throws {
        let reader = Harness([("bridge.txt", try parse(explain: false))], width: 100, height: 10)
        reader.press(.character("j"))
        XCTAssertEqual(reader.press(.character("w")), .explain(document: 0))
        XCTAssertEqual(reader.lines[1], "weighing the evidence…")
        reader.press(.escape)
        XCTAssertNil(reader.press(.character("w")), "asked once, not again while waiting")
        reader.session.explained(document: 0, .success(try XCTUnwrap(try parse(explain: true).explanation)))
        XCTAssert(reader.lines[1].hasPrefix("starts on line 12: its author's name line"), reader.lines[1])
        XCTAssertEqual(reader.state.document.thread.comments, try parse(explain: false).comments, "the comments stay as they were")
    }

    func testTheWholeThreadKeepsTheExplanationAskedForOnItsPreview() throws {
        let whole = try parse(explain: false)
        let start = ThreadKit.Thread(format: whole.format, title: whole.title, comments: Array(whole.comments.prefix(2)))
        let session = ReaderSession(documents: [("big.txt", start)], previews: [0], themes: [testTheme], size: (100, 10))
        session.handle(.key(.character("c")))
        session.handle(.key(.character("j")))
        XCTAssertEqual(session.handle(.key(.character("w"))), .explain(document: 0))
        session.explained(document: 0, .success(try XCTUnwrap(try parse(explain: true).explanation)))
        session.load(document: 0, thread: whole)
        XCTAssertEqual(session.state.document.thread.comments.count, 4)
        XCTAssert(session.grid.lines[1].hasPrefix("starts on line 12:"), session.grid.lines[1])
    }

    func testAFileThatCannotBeReadAgainSaysWhy() throws {
        struct Gone: Error, CustomStringConvertible { var description = "bridge.txt: no such file" }
        let reader = Harness([("bridge.txt", try parse(explain: false))], width: 100, height: 10)
        reader.press(.character("w"))
        reader.session.explained(document: 0, .failure(Gone()))
        XCTAssertEqual(reader.lines[1], "bridge.txt: no such file")
    }

    func testLinksFromTheSourceNeedNoEvidence() {
        let reader = Harness(width: 60, height: 4)
        XCTAssertNil(reader.press(.character("w")))
        assertLines(reader.lines, [
            "Why #0 is where it is — q, Esc or w closes",
            "reply structure given by the source, nothing inferred",
            "",
            "one.txt │ discussion │ 1/6 │ test │ ? help",
        ])
        reader.press(.character("q"))
        XCTAssertNil(reader.state.overlay, "q closes it rather than quitting")
    }

    func testTheInferredMarkNamesTheEvidenceThatMadeTheLink() {
        var thread = sampleThread()
        thread.comments[3].inferredBy = .quotes
        let reader = Harness([("one.txt", thread)], width: 40, height: 12)
        XCTAssertEqual(reader.lines[6], " └ ● carol · inferred: quote")
    }
}
