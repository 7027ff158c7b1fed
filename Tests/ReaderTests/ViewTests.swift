import XCTest
@testable import Reader
import ThreadKit

final class ViewTests: XCTestCase {
    private func twoFiles() -> [(String, ThreadKit.Thread)] {
        [("one.txt", sampleThread()),
         ("two.txt", ThreadKit.Thread(format: "t", comments: [Comment(author: "zed", blocks: [.paragraph("z")]),
                                                              Comment(author: "yan", blocks: [.paragraph("y")])]))]
    }

    func testSwitchingFilesKeepsEachFilesCursorAndFolds() {
        let reader = Harness(twoFiles())
        reader.press(.character("j"), .character("j"), .character("p"), .enter)
        XCTAssertTrue(reader.lines.last!.hasPrefix("(1/2) one.txt"))
        reader.press(.control("n"))
        XCTAssertEqual(reader.state.document.name, "two.txt")
        XCTAssertEqual(reader.selectedAuthor, "zed")
        reader.press(.character("j"))
        reader.press(.control("n"))
        XCTAssertEqual(reader.state.document.cursor, 1)
        XCTAssertTrue(reader.state.document.folded.contains(1))
        reader.press(.control("p"))
        XCTAssertEqual(reader.selectedAuthor, "yan")
    }

    func testTheFileListNarrowsAndOpensOne() {
        let reader = Harness(twoFiles(), width: 40, height: 6)
        reader.press(.character("L"))
        // The first comment of one.txt was selected, so it is read.
        XCTAssertEqual(reader.lines.prefix(3), ["Files: ▏  Enter open · Esc close",
                                                "● one.txt  6 comments · 5 unread",
                                                "  two.txt  2 comments"])
        reader.type("tw")
        XCTAssertEqual(reader.lines.prefix(3), ["Files: tw▏  Enter open · Esc close", "  two.txt  2 comments", ""])
        reader.press(.enter)
        XCTAssertNil(reader.state.overlay)
        XCTAssertEqual(reader.state.document.name, "two.txt")
        XCTAssertTrue(reader.lines.last!.hasPrefix("(2/2) two.txt"), reader.lines.last!)
        reader.press(.character("L"), .up, .escape)
        XCTAssertNil(reader.state.overlay)
        XCTAssertEqual(reader.state.document.name, "two.txt", "Esc opens nothing")
    }

    func testThemesCycleAndTheStatusLineNamesThem() {
        let reader = Harness(width: 60)
        XCTAssertTrue(reader.lines.last!.contains("test"))
        reader.press(.character("T"))
        XCTAssertEqual(reader.state.theme.name, "other")
        XCTAssertTrue(reader.lines.last!.contains("other"))
        reader.press(.character("T"))
        XCTAssertEqual(reader.state.theme.name, "test")
    }

    func testResizeReflowsAtOnce() {
        let reader = Harness(width: 60, height: 6)
        XCTAssertEqual(reader.lines[1], "▌│ First comment")
        reader.session.handle(.resize(width: 10, height: 6))
        assertLines(reader.lines, [
            "▌[-] ✚ ali",
            "▌│ First",
            "▌│ comment",
            " ├ [-] ■ b",
            " │ │ Reply",
            "one.txt",
        ])
    }

    func testTabSwitchesPaneAndTheArticleShowsTitleBylineAndBlocks() {
        let reader = Harness(width: 30, height: 9)
        reader.press(.tab)
        assertLines(reader.lines, [
            "A title",
            "by Someone",
            "",
            "The article says hello to the",
            "world.",
            "",
            "More",
            "",
            "one.txt │ line 1 · 6 comments",
        ])
        XCTAssertTrue(reader.session.grid[0, 0].style.attributes.contains(.bold))
        reader.press(.character("G"))
        XCTAssertEqual(reader.lines[7], "Second paragraph.")
        reader.press(.character("j"))
        XCTAssertEqual(reader.state.document.articleTop, 1, "stops where the last row is at the bottom")
        reader.press(.character("c"))
        XCTAssertEqual(reader.state.focus, .discussion)
    }

    func testWideTerminalsShowBothPanesSideBySide() {
        let reader = Harness(width: 160, height: 5)
        let line = reader.lines[0]
        XCTAssertTrue(line.hasPrefix("A title"))
        XCTAssertEqual(Array(line)[79], "│")
        XCTAssertEqual(String(Array(line)[80...]), "▌[-] ✚ alice · 3 replies")
    }

    func testMouseWheelClickAndFoldMarker() {
        let reader = Harness(width: 40, height: 6)
        reader.session.handle(.mouse(MouseEvent(kind: .press, row: 3, column: 10)))
        XCTAssertEqual(reader.state.document.cursor, 1)
        reader.session.handle(.mouse(MouseEvent(kind: .press, row: 2, column: 3)))
        XCTAssertTrue(reader.state.document.folded.contains(1))
        XCTAssertTrue(reader.lines[2].hasSuffix("[+1 reply]"))
        reader.session.handle(.mouse(MouseEvent(kind: .wheelDown, row: 0, column: 0)))
        XCTAssertEqual(reader.state.document.scroll?.comment, 1)
        XCTAssertEqual(reader.state.document.scroll?.row, 1)
    }

    func testCommenterListNarrowsFiltersAndHides() {
        let reader = Harness(width: 60, height: 8)
        reader.press(.character("F"))
        XCTAssertEqual(reader.state.inputMode, .commenters)
        XCTAssertTrue(reader.lines[1].contains("alice  2"))
        reader.type("ca")
        XCTAssertEqual(reader.lines[1], "██ ● carol  1")
        reader.press(.enter)
        XCTAssertEqual(reader.state.authors.shown, ["carol"])
        reader.press(.backspace, .backspace)
        reader.type("bo")
        reader.press(.tab)
        XCTAssertEqual(reader.state.authors.hidden, ["bob"])
        reader.press(.backspace, .backspace)
        reader.type("x")
        XCTAssertEqual(reader.state.authors.hidden, ["bob"], "x types, as every letter does")
        reader.press(.escape)
        XCTAssertNil(reader.state.overlay)
        XCTAssertTrue(reader.lines.last!.contains("only carol hidden bob"))
        XCTAssertEqual(reader.visibleAuthors, ["alice", "carol"], "carol, with alice as context")
    }

    func testKeyOverridesRebindAndUnbind() throws {
        let map = try KeyMap.standard.applying(overrides: ["ctrl-f": "page-down", "j": "none", "J": "move-down"])
        XCTAssertEqual(map.action(for: .key(.control("f")), in: .normal), .pageDown)
        XCTAssertNil(map.action(for: .key(.character("j")), in: .normal))
        XCTAssertEqual(map.action(for: .key(.character("J")), in: .normal), .moveDown)
        XCTAssertEqual(map.action(for: .key(.pageDown), in: .normal), .pageDown)
        XCTAssertThrowsError(try KeyMap.standard.applying(overrides: ["j": "fly"]))
        XCTAssertThrowsError(try KeyMap.standard.applying(overrides: ["hyper-j": "quit"]))
    }

    func testAuthorColoursAreStableAndAnonymousIsDistinct() {
        let look = AuthorLook(theme: testTheme, glyphs: .unicode, prolific: [])
        XCTAssertEqual(look.style(of: "alice"), look.style(of: "alice"))
        XCTAssertTrue(look.style(of: "alice").attributes.contains(.bold))
        XCTAssertEqual(look.label(of: nil), "anonymous")
        XCTAssertTrue(look.style(of: nil).attributes.contains(.italic))
        XCTAssertEqual(AuthorLook.hash(""), 2_166_136_261, "FNV-1a offset basis")
        XCTAssertEqual(AuthorLook.hash("a"), 0xE40C_292C, "FNV-1a of 'a'")
    }

    func testTheTwelveMostProlificAuthorsNeverShareAColourOrABadge() throws {
        // Thirty authors, the first writing most; names chosen only by number, so hashes would collide.
        var comments: [Comment] = []
        for author in 0..<30 {
            for _ in 0..<(30 - author) { comments.append(Comment(author: "writer\(author)", blocks: [.paragraph("text")])) }
        }
        let thread = ThreadKit.Thread(format: "test", title: nil, article: Article(), chrome: [], comments: comments)
        let library = ThemeLibrary(bundledDirectory: ThemesBundledTests.bundledDirectory, userDirectory: nil)
        for name in library.names {
            let theme = try library.theme(named: name)
            let look = AuthorLook(theme: theme, glyphs: .unicode, prolific: DocumentView(name: "t", thread: thread).prolificAuthors)
            let top = (0..<12).map { "writer\($0)" }
            if theme.authorPalette.count >= 12 {
                XCTAssertEqual(Set(top.map { look.style(of: $0).foreground }).count, 12, name)
            }
            XCTAssertEqual(Set(top.map { look.label(of: $0).split(separator: " ")[0] }).count, 12, name)
        }
        // No badge that is another's shape at another size: ◆ and ♦ (U+2666) were both in the set.
        XCTAssertFalse(GlyphSet.unicode.badges.contains("◆") && GlyphSet.unicode.badges.contains("\u{2666}"))
        XCTAssertEqual(Set(GlyphSet.unicode.badges).count, GlyphSet.unicode.badges.count)
    }
}

final class TimeZoneTests: XCTestCase {
    func testDatesAreToldInTheReadersTimeZoneWhichTheHelpNames() {
        let thread = ThreadKit.Thread(format: "test", title: nil, article: Article(), chrome: [], comments: [
            Comment(author: "alice", blocks: [.paragraph("hello")], date: Date(timeIntervalSince1970: 1_700_000_000)),
        ])
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        for (zone, shown) in [(TimeZone(secondsFromGMT: 0)!, "2023-11-14 22:13"), (berlin, "2023-11-14 23:13")] {
            var options = ReaderOptions()
            options.timeZone = zone
            let reader = Harness([("one.txt", thread)], width: 60, height: 8, options: options)
            XCTAssertTrue(reader.lines[0].hasSuffix("alice · " + shown), reader.lines[0])
            reader.press(.character("?"))
            XCTAssertTrue(reader.lines.contains { $0.contains("times in " + (zone.abbreviation() ?? "")) }, reader.lines.joined(separator: "\n"))
        }
    }
}

final class ArticleToDiscussionTests: XCTestCase {
    func testSpaceAtTheArticlesEndGoesOnIntoTheDiscussion() {
        let reader = Harness(width: 60, height: 6, startIn: .article)
        XCTAssertEqual(reader.state.focus, .article)
        XCTAssertTrue(reader.lines.last?.contains("6 comments") == true, reader.lines.last ?? "")
        for _ in 0..<10 where reader.state.focus == .article { reader.press(.character(" ")) }
        XCTAssertEqual(reader.state.focus, .discussion, "paging past the article's end reads on into the comments")
        XCTAssertGreaterThan(reader.state.document.articleTop, 0, "the article was paged through first")
    }
}

final class SplitToggleTests: XCTestCase {
    func testBarTogglesSideBySideWhateverTheWidth() {
        let reader = Harness(width: 80, height: 8)
        XCTAssertFalse(reader.state.isSideBySide)
        reader.press(.character("|"))
        XCTAssertTrue(reader.state.isSideBySide)
        XCTAssertTrue(reader.lines[0].hasPrefix("A title"), reader.lines[0])
        XCTAssertTrue(reader.lines[1].contains("│"), "a divider between the panes: \(reader.lines[1])")
        reader.press(.character("|"))
        XCTAssertFalse(reader.state.isSideBySide)
        XCTAssertFalse(reader.lines[0].hasPrefix("A title"), "the discussion alone again: \(reader.lines[0])")
    }
}
