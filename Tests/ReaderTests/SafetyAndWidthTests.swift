import XCTest
@testable import Reader
import ThreadKit

final class SafetyAndWidthTests: XCTestCase {
    private func thread(_ comments: [Comment]) -> [(String, ThreadKit.Thread)] {
        [("w.txt", ThreadKit.Thread(format: "test", comments: comments))]
    }

    func testWideCharactersTakeTwoColumnsAndWrapOnWidth() {
        let reader = Harness(thread([Comment(author: "李", blocks: [.paragraph("漢字かな 😀 ok")])]), width: 11, height: 4)
        assertLines(reader.lines, [
            "▌□ 李",
            "▌  漢字かな",
            "▌  😀 ok",
            "w.txt │ 1/1",
        ])
        let grid = reader.session.grid
        XCTAssertEqual(grid[1, 3].text, "漢")
        XCTAssertTrue(grid[1, 4].isContinuation)
        XCTAssertEqual(grid[1, 5].text, "字")
    }

    func testAWideCharacterThatWouldStraddleTheEdgeIsLeftOut() {
        let reader = Harness(thread([Comment(author: "a", blocks: [.paragraph("ab漢")])]), width: 6, height: 3)
        XCTAssertEqual(reader.session.grid.lines[1], "▌  ab ")
    }

    func testControlAndBidiCharactersBecomeVisiblePlaceholders() {
        let text = "a\u{1B}[31mb\u{7F}c\u{85}d\u{202E}e\u{2066}f\tg"
        let reader = Harness(thread([Comment(author: "evil\u{1B}", blocks: [.paragraph(text)])]), width: 40, height: 3)
        assertLines(reader.lines, [
            "▌□ evil^[",
            // A tab is spacing, not a control to show: a space in prose (verbatim text keeps its 8-column stops).
            "▌  a^[[31mb^?c\u{FFFD}d\u{FFFD}e\u{FFFD}f g",
            "w.txt │ discussion │ 1/1 │ test │ ? help",
        ])
        let grid = reader.session.grid
        XCTAssertEqual(grid[1, 4].style.foreground, .ansi(1), "placeholder style")
        for cell in grid.cells {
            XCTAssertFalse(cell.text.unicodeScalars.contains(where: SafeText.isUnsafe), "raw \(cell.text.debugDescription)")
        }
    }

    func testPlaceholdersAlsoCoverArticleAndStatusLine() {
        let thread = ThreadKit.Thread(format: "t", title: "T\u{9B}itle", article: Article(blocks: [.paragraph("x\u{7}y")]))
        let reader = Harness([("bad\u{1B}name", thread)], width: 40, height: 4, startIn: nil)
        for cell in reader.session.grid.cells {
            XCTAssertFalse(cell.text.unicodeScalars.contains(where: SafeText.isUnsafe))
        }
        XCTAssertEqual(reader.lines[0], "T\u{FFFD}itle")
        XCTAssertEqual(reader.lines[2], "x^Gy")
    }

    func testQuotesGetABarAndTheirStyle() {
        let reader = Harness(width: 30, height: 12)
        reader.press(.character("G"))
        let lines = reader.lines
        let row = lines.firstIndex { $0.contains("▌ Second") }!
        XCTAssertEqual(reader.session.grid[row, 5].style.foreground, .ansi(2))
    }

    func testAsciiGuides() {
        var options = ReaderOptions()
        options.glyphs = .ascii
        let reader = Harness(width: 40, height: 6, options: options)
        assertLines(Array(reader.lines.prefix(5)), [
            ">[-] % alice · 3 replies",
            ">| First comment",
            " |-[-] # bob · 1 reply",
            " | | Reply to alice",
            " | `-% alice",
        ])
    }

    func testTinyScreensDoNotCrash() {
        for (width, height) in [(20, 6), (1, 1), (0, 0), (1, 5), (5, 1), (2, 2)] {
            let reader = Harness(width: width, height: height)
            for key: Key in [.character("j"), .enter, .character("G"), .pageDown, .character("?"), .pageDown,
                             .character("q"), .character("F"), .down, .escape, .character("/"), .character("a"),
                             .enter, .character("n"), .tab, .character("j"), .pageDown] {
                reader.press(key)
            }
            reader.session.handle(.mouse(MouseEvent(kind: .press, row: 0, column: 0)))
            XCTAssertEqual(reader.session.grid.lines.count, height)
        }
    }

    func testTwentyBySixStillShowsTheDiscussionAndStatus() {
        let reader = Harness(width: 20, height: 6)
        assertLines(reader.lines, [
            "▌[-] ✚ alice · 3 rep",
            "▌│ First comment",
            " ├ [-] ■ bob · 1 rep",
            " │ │ Reply to alice",
            " │ └ ✚ alice",
            "one.txt │ 1/6",
        ])
    }

    func testIndentationScalesWithTheWidthUpToFortyPercent() {
        let comments = (0..<30).map { Comment(author: "u\($0)", blocks: [.paragraph("d\($0)")], parent: $0 == 0 ? nil : $0 - 1) }
        // The pane is the width less the selection gutter; two columns a level, 40 % of it at most.
        for (width, cap) in [(40, 7), (100, 19)] {
            let reader = Harness(thread(comments), width: width, height: 80)
            let lines = reader.lines
            XCTAssertTrue(lines.contains { $0.contains("depth \(cap + 1) ") }, "\(width): \(lines.joined(separator: "\n"))")
            XCTAssertFalse(lines.contains { $0.contains("depth \(cap) ") }, "\(width) columns indent \(cap) levels")
        }
    }

    func testDeepTreesStopIndentingAndShowTheirDepth() {
        let comments = (0..<14).map { Comment(author: "u\($0)", blocks: [.paragraph("d\($0)")], parent: $0 == 0 ? nil : $0 - 1) }
        var options = ReaderOptions()
        options.maxIndent = 3
        let reader = Harness(thread(comments), width: 40, height: 30, options: options)
        let lines = reader.lines
        XCTAssertTrue(lines.contains { $0.hasSuffix("↳ [-] depth 12 " + AuthorLook(theme: testTheme, glyphs: .unicode, prolific: []).label(of: "u12") + " · 1 reply") },
                      lines.joined(separator: "\n"))
        // Past the cap no branch or line joins a comment to an ancestor's siblings: only the arrow.
        XCTAssertFalse(lines.contains { $0.contains("depth") && ($0.contains("└") || $0.contains("├")) }, lines.joined(separator: "\n"))
        let deepest = lines.first { $0.contains("d13") }!
        XCTAssertEqual(deepest.prefix { $0 == " " }.count, 9, "capped at 3 levels plus the reply column, after the gutter")
    }
}
