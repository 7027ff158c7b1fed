import XCTest
@testable import Reader
import ThreadKit

/// Bodies drawn from their structure (quote levels, lists, tables, spans) and the list of a comment's links.
final class BodyAndLinksTests: XCTestCase {
    private func markdownThread() -> ThreadKit.Thread {
        var first = Comment(author: "alice")
        first.body = Markdown.body("""
            See [the docs](https://example.org/docs_(v2)) and **this**.

            1. one
            2. two
               - inner

            | a | bb |
            |---|----|
            | ccc | d |

            > outer
            >> inner
            """, dialect: .reddit)
        return ThreadKit.Thread(format: "test", title: "T", comments: [first, Comment(author: "bob", blocks: [.paragraph("no links")])])
    }

    func testStructureIsDrawnListsTablesAndQuoteLevels() {
        let reader = Harness([("md.json", markdownThread())], width: 50, height: 16)
        assertLines(Array(reader.lines.prefix(11)), [
            "▌✚ alice",
            "▌  See the docs and this.",
            "▌",
            "▌  1. one",
            "▌  2. two",
            "▌    • inner",
            "▌",
            "▌  a   │ bb",
            "▌  ccc │ d",
            "▌",
            "▌  ▌ outer",
        ])
        XCTAssertEqual(reader.lines[11], "▌  ▌ ▌ inner")
    }

    func testSpansStyleTheirTextOnly() {
        let reader = Harness([("md.json", markdownThread())], width: 50, height: 16)
        let grid = reader.session.grid
        let row = 1
        let text = reader.lines[row]
        func style(of word: String) -> Style {
            let column = text.distance(from: text.startIndex, to: text.range(of: word)!.lowerBound)
            return grid[row, column].style
        }
        XCTAssertTrue(style(of: "docs").attributes.contains(.underline), "a link is underlined")
        let docs = text.distance(from: text.startIndex, to: text.range(of: "docs")!.lowerBound)
        XCTAssertEqual(grid[row, docs].link, "https://example.org/docs_(v2)", "its cells carry the address")
        XCTAssertNil(grid[row, 2].link)
        XCTAssertTrue(style(of: "this").attributes.contains(.bold))
        XCTAssertFalse(style(of: "See").attributes.contains(.underline))
        XCTAssertFalse(style(of: "and").attributes.contains(.bold))
    }

    func testUListsTheLinksAndEnterOpensTheSelectedOne() {
        let reader = Harness([("md.json", markdownThread())], width: 70, height: 10)
        XCTAssertNil(reader.press(.character("u")))
        XCTAssertEqual(reader.state.overlay, .links(PickList()))
        XCTAssertEqual(reader.lines[1], "  1  the docs  https://example.org/docs_(v2)")
        XCTAssertEqual(reader.press(.enter), .openLink("https://example.org/docs_(v2)"))
        XCTAssertNil(reader.state.overlay)
    }

    func testYCopiesTheOnlyLinkAndSaysWhenThereIsNone() {
        let reader = Harness([("md.json", markdownThread())], width: 70, height: 10)
        XCTAssertEqual(reader.press(.character("Y")), .copy("https://example.org/docs_(v2)"))
        XCTAssertEqual(reader.state.notice, "copied https://example.org/docs_(v2) to the clipboard")
        reader.press(.character("j"), .character("u"))
        XCTAssertNil(reader.state.overlay)
        XCTAssertEqual(reader.state.notice, "no links in bob's comment")
    }

    func testInTheListDigitsPickYCopiesAndQCloses() {
        var comment = Comment(author: "alice")
        comment.body = Markdown.body("[a](https://a.example) [b](https://b.example) [c](https://c.example)")
        let reader = Harness([("links.json", ThreadKit.Thread(format: "test", title: "T", comments: [comment]))], width: 70, height: 10)
        reader.press(.character("Y"))
        XCTAssertEqual(reader.state.overlay, .links(PickList()), "with several links Y opens the list")
        reader.press(.character("3"))
        XCTAssertEqual(reader.press(.character("y")), .copy("https://c.example"))
        reader.press(.character("u"), .character("j"), .character("q"))
        XCTAssertNil(reader.state.overlay)
        reader.press(.character("u"), .character("j"))
        XCTAssertEqual(reader.press(.enter), .openLink("https://b.example"))
    }
}
