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

    /// A mailbox's preview threads its first messages alone; the whole may put a later reply between them.
    /// The selection, folds and read marks follow each message by its Message-ID.
    func testAMailboxsMessagesAreFoundAgainByTheirIDsWhenTheWholeOrdersThemOtherwise() {
        func mail(_ id: String, _ author: String, parent: Int? = nil) -> Comment {
            var comment = Comment(author: author, blocks: [.paragraph("Message " + id)], parent: parent)
            comment.sourceID = id
            return comment
        }
        // The start: a, its reply b, then c on its own. The whole puts a late reply to a (d) before c.
        let start = ThreadKit.Thread(format: "email-mbox", comments: [mail("a", "ann"), mail("b", "bob", parent: 0), mail("c", "cy"), mail("e", "eve", parent: 2)])
        let whole = ThreadKit.Thread(format: "email-mbox", comments: [mail("a", "ann"), mail("b", "bob", parent: 0), mail("d", "dan", parent: 0),
                                                                      mail("c", "cy"), mail("e", "eve", parent: 3)])
        let session = ReaderSession(documents: [("list.mbox", start)], previews: [0], themes: [testTheme], size: (60, 20))
        for key: Character in ["c", "j", "j"] { session.handle(.key(.character(key))) }
        XCTAssertEqual(session.state.document.cursor, 2, "on cy's message")
        session.handle(.key(.enter))
        XCTAssertTrue(session.state.document.folded.contains(2), "cy's message folded")
        session.load(document: 0, thread: whole)
        XCTAssertEqual(session.state.document.cursor, 3, "still on cy's message")
        XCTAssertEqual(session.state.document.folded.members, [3])
        XCTAssertTrue(session.state.document.read.contains(3) && !session.state.document.read.contains(2), "read marks go with their messages")
    }
}
