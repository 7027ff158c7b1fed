import XCTest
@testable import Reader
import ThreadKit

final class ReducerTests: XCTestCase {
    func testMovingSelectsNextAndPreviousVisibleComment() {
        let reader = Harness()
        reader.press(.character("j"), .down)
        XCTAssertEqual(reader.state.document.cursor, 2)
        reader.press(.character("k"))
        XCTAssertEqual(reader.state.document.cursor, 1)
        reader.press(.character("G"))
        XCTAssertEqual(reader.state.document.cursor, 5)
        reader.press(.home)
        XCTAssertEqual(reader.state.document.cursor, 0)
    }

    func testFoldHidesRepliesAndShowsTheirCount() {
        let reader = Harness(width: 40, height: 6)
        reader.press(.enter)
        assertLines(reader.lines, [
            "▌[+] ✚ alice [+3 replies]",
            "▌  First comment",
            "",
            " [-] ★ dave · 1 reply",
            " │ Second thread",
            "one.txt │ discussion │ 1/3 │ test",
        ])
        XCTAssertEqual(reader.visibleAuthors, ["alice", "dave", "anonymous"])
        reader.press(.character("o"))
        XCTAssertEqual(reader.state.document.visible.count, 6)
    }

    func testFoldedMarkerUsesFoldedStyle() {
        let reader = Harness(width: 40, height: 6)
        reader.press(.enter)
        let grid = reader.session.grid
        let folded = testTheme.style(.folded).layered(with: testTheme.style(.selection))
        XCTAssertEqual(grid[0, 1].style, folded)
    }

    func testFoldingTheCursorsAncestorMovesTheCursorToIt() {
        let reader = Harness()
        reader.press(.character("j"), .character("j"))
        reader.press(.character("p"), .character("p"))
        XCTAssertEqual(reader.state.document.cursor, 0)
        reader.press(.character("j"), .character("j"), .character("C"))
        XCTAssertEqual(reader.state.document.cursor, 0)
        XCTAssertEqual(reader.visibleAuthors, ["alice", "dave"])
    }

    func testLeftFoldsThenGoesToParentAndRightUnfoldsThenGoesToFirstReply() {
        let reader = Harness()
        reader.press(.character("j"))
        reader.press(.left)
        XCTAssertTrue(reader.state.document.folded.contains(1))
        reader.press(.left)
        XCTAssertEqual(reader.state.document.cursor, 0)
        reader.press(.right)
        XCTAssertEqual(reader.state.document.cursor, 1)
        reader.press(.right)
        XCTAssertFalse(reader.state.document.folded.contains(1))
        reader.press(.character("l"))
        XCTAssertEqual(reader.state.document.cursor, 2)
    }

    func testSiblingsAndThreads() {
        let reader = Harness()
        reader.press(.character("j"), .character("J"))
        XCTAssertEqual(reader.state.document.cursor, 3)
        reader.press(.character("K"))
        XCTAssertEqual(reader.state.document.cursor, 1)
        reader.press(.character("}"))
        XCTAssertEqual(reader.state.document.cursor, 4)
        reader.press(.character("{"))
        XCTAssertEqual(reader.state.document.cursor, 0)
    }

    func testDepthKeysAndUnfoldAll() {
        let reader = Harness()
        reader.press(.character("1"))
        XCTAssertEqual(reader.visibleAuthors, ["alice", "dave"])
        reader.press(.character("2"))
        XCTAssertEqual(reader.visibleAuthors, ["alice", "bob", "carol", "dave", "anonymous"])
        reader.press(.character("E"))
        XCTAssertEqual(reader.state.document.visible.count, 6)
    }

    func testFilterLeavesTheAuthorWithDimmedContextAndEscapeRestores() {
        let reader = Harness(width: 40, height: 6)
        reader.press(.character("f"))
        XCTAssertEqual(reader.visibleAuthors, ["alice", "bob", "alice"])
        XCTAssertTrue(reader.state.document.visible.context.contains(1))
        assertLines(reader.lines, [
            "▌[-] ✚ alice · 3 replies",
            "▌│ First comment",
            " └ [-] ■ bob · 1 reply",
            "   │ Reply to alice",
            "   └ ✚ alice",
            "one.txt │ discussion │ 1/3 │ only alice",
        ])
        let grid = reader.session.grid
        XCTAssertTrue(grid[3, 5].style.attributes.contains(.dim), "context comment is dimmed")
        XCTAssertTrue(grid[2, 9].style.attributes.contains(.dim))
        XCTAssertFalse(grid[1, 3].style.attributes.contains(.dim))
        reader.press(.escape)
        XCTAssertEqual(reader.state.document.visible.count, 6)
        XCTAssertEqual(reader.state.authors.shown, [])
    }

    func testHidingAnAuthorDropsTheirSubtreesAndSaysSoInTheStatusLine() {
        let reader = Harness(width: 80, height: 6)
        reader.press(.character("j"), .character("x"))
        XCTAssertEqual(reader.visibleAuthors, ["alice", "carol", "dave", "anonymous"])
        XCTAssertEqual(reader.state.document.cursor, 0)
        XCTAssertTrue(reader.lines.last!.contains("hidden bob"))
        XCTAssertTrue(reader.lines[0].hasSuffix("alice · 1 reply"), "bob and the reply under him are not counted: \(reader.lines[0])")
        reader.press(.character("="))
        XCTAssertEqual(reader.state.document.visible.count, 6)
        XCTAssertTrue(reader.lines[0].hasSuffix("alice · 3 replies"), reader.lines[0])
    }

    func testHighlightAndJumpingBetweenAnAuthorsComments() {
        let reader = Harness()
        reader.press(.character("*"))
        XCTAssertEqual(reader.state.authors.highlighted, "alice")
        XCTAssertEqual(reader.session.grid[4, 5].style.background, .ansi(4), "alice's reply is highlighted")
        reader.press(.character(">"))
        XCTAssertEqual(reader.state.document.cursor, 2)
        reader.press(.character(">"))
        XCTAssertEqual(reader.state.document.cursor, 0, "wraps around")
        reader.press(.character("<"))
        XCTAssertEqual(reader.state.document.cursor, 2)
        reader.press(.character("*"))
        XCTAssertNil(reader.state.authors.highlighted)
    }

    func testFlatOrderDropsIndentationAndKeepsDocumentOrder() {
        let reader = Harness(width: 40, height: 6)
        reader.press(.character("t"))
        assertLines(reader.lines, [
            "▌✚ alice · 3 replies",
            "▌First comment",
            " ■ bob · 1 reply ↩ alice",
            " Reply to alice",
            " ✚ alice ↩ bob",
            "one.txt │ discussion │ 1/6 │ page order",
        ])
        reader.press(.character("t"))
        XCTAssertEqual(reader.state.document.order, .tree)
    }

    func testQuitAndSuspendComeBackAsEffects() {
        let reader = Harness()
        XCTAssertEqual(reader.press(.control("z")), .suspend)
        XCTAssertEqual(reader.press(.character("q")), .quit)
    }

    func testHelpIsGeneratedFromTheKeyTableAndQuitClosesItFirst() {
        let reader = Harness(width: 60, height: 8)
        reader.press(.character("?"))
        XCTAssertEqual(reader.state.inputMode, .help)
        XCTAssertEqual(reader.lines[0], "Keys — q, Esc or ? closes — times in GMT")
        XCTAssertTrue(reader.lines[2].hasPrefix("j ↓"))
        reader.press(.pageDown)
        XCTAssertEqual(reader.state.overlay, .help(top: 6))
        XCTAssertNil(reader.press(.character("q")))
        XCTAssertNil(reader.state.overlay)
        XCTAssertEqual(reader.press(.character("q")), .quit)
    }

    func testHelpListsDepthKeysOnce() {
        let help = HelpText(keyMap: .standard).lines
        XCTAssertTrue(help.contains { $0.keys == "1 2 3 4 5 6 7 8 9" })
    }
}
