import XCTest
@testable import Reader
import ThreadKit

/// Which pane a file opens on, and the keys that leave or repaint.
final class OpeningTests: XCTestCase {
    private func mailThread() -> ThreadKit.Thread {
        ThreadKit.Thread(format: "mbox", comments: [Comment(author: "zed", blocks: [.paragraph("z")]),
                                                     Comment(author: "yan", blocks: [.paragraph("y")], parent: 0)])
    }

    func testAThreadWithAnArticleOpensOnItWithTheTitleAtTheTop() {
        let reader = Harness(width: 40, height: 5, startIn: nil)
        XCTAssertEqual(reader.state.focus, .article)
        assertLines(reader.lines, [
            "A title",
            "by Someone",
            "",
            "The article says hello to the world.",
            "one.txt │ article │ line 1 · 6 comments",
        ])
    }

    func testAThreadWithoutAnArticleOpensOnTheDiscussion() {
        let reader = Harness([("list.mbox", mailThread())], width: 40, height: 4, startIn: nil)
        XCTAssertEqual(reader.state.focus, .discussion)
        XCTAssertEqual(reader.lines[0], "▌[-] □ zed · 1 reply")
    }

    func testEachFileKeepsItsOwnPane() {
        let reader = Harness([("one.txt", sampleThread()), ("list.mbox", mailThread())], startIn: nil)
        XCTAssertEqual(reader.state.focus, .article)
        reader.press(.control("n"))
        XCTAssertEqual(reader.state.focus, .discussion, "the mail thread opens on its discussion")
        reader.press(.control("p"))
        XCTAssertEqual(reader.state.focus, .article)
        reader.press(.character("c"), .control("n"), .character("a"), .control("p"))
        XCTAssertEqual(reader.state.focus, .discussion, "the first file kept the pane chosen there")
        reader.press(.control("n"))
        XCTAssertEqual(reader.state.focus, .article)
    }

    func testCtrlCQuitsAndCancelsAPromptFirst() {
        let reader = Harness()
        reader.press(.character("/"))
        reader.type("bob")
        XCTAssertNil(reader.press(.control("c")))
        XCTAssertNil(reader.state.search.draft, "the prompt closed")
        XCTAssertEqual(reader.state.document.cursor, 0, "and the view went back")
        XCTAssertEqual(reader.press(.control("c")), .quit)
        XCTAssertEqual(reader.press(.control("z")), .suspend)
    }

    func testCtrlLRedrawsTheSameScreen() {
        let reader = Harness()
        let before = reader.session.grid
        XCTAssertNil(reader.press(.control("l")))
        XCTAssertEqual(reader.session.grid, before)
        XCTAssertTrue(HelpText(keyMap: .standard).lines.contains { $0.keys == "Ctrl-l" && $0.help == "redraw the screen" })
    }
}

/// A large file opens on a preview of its start; the whole thread takes its place, seen the same way.
final class PreviewLoadingTests: XCTestCase {
    func testTheWholeThreadReplacesThePreviewKeepingTheView() {
        let whole = sampleThread()
        let start = ThreadKit.Thread(format: "test", comments: Array(whole.comments.prefix(3)))
        let session = ReaderSession(documents: [("big.txt", start)], previews: [0], themes: [testTheme], size: (60, 12))
        session.handle(.key(.character("c")))
        session.handle(.key(.character("j")))
        XCTAssert(session.grid.lines.last!.contains("reading…"), session.grid.lines.last!)
        XCTAssertFalse(Harness().lines.last!.contains("reading…"), "a file read whole is no preview")
        let cursor = session.state.document.cursor
        session.load(document: 0, thread: whole)
        XCTAssertFalse(session.grid.lines.last!.contains("reading…"))
        XCTAssertEqual(session.state.document.cursor, cursor)
        XCTAssertEqual(session.state.focus, .discussion)
        XCTAssertEqual(session.state.document.visible.count, whole.comments.count)
        XCTAssert(session.grid.lines.last!.contains("2/\(whole.comments.count)"), session.grid.lines.last!)
    }
}
