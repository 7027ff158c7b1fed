import XCTest
@testable import ThreadKit

/// The HTML reader (gumbo) on a torture page: broken markup, every kind of reference, nesting, hidden parts.
final class HTMLBodyTests: XCTestCase {
    private func torture() throws -> Body {
        HTML.body(try String(contentsOf: Fixtures.markup.appendingPathComponent("torture.html"), encoding: .utf8))
    }

    private func spanned(_ block: Block, _ style: Span.Style) -> [String] {
        block.spans.filter { $0.style == style }.map { String(decoding: Array(block.text.utf8)[$0.range], as: UTF8.self) }
    }

    func testEveryReferenceIsDecodedAsHTML5Does() throws {
        let first = try XCTUnwrap(try torture().blocks.first)
        XCTAssertEqual(first.text, "Café “quoted” & co ≂̸ ★ – 😀 italic bold x < y gone")
        XCTAssertEqual(spanned(first, .emphasis), ["italic"])
        XCTAssertEqual(spanned(first, .strong), ["bold"])
        XCTAssertEqual(spanned(first, .code), ["x < y"])
        XCTAssertEqual(spanned(first, .strikethrough), ["gone"])
    }

    func testLinksKeepWholeAddressesAndACutShortTextReadsAsItsAddress() throws {
        let body = try torture()
        XCTAssertEqual(body.links, [Link(text: "link with (parentheses)", url: "https://en.wikipedia.org/wiki/Fish_(disambiguation)"),
                                    Link(text: "https://example.com/a/very/long/path", url: "https://example.com/a/very/long/path")])
        XCTAssertEqual(body.blocks[1].text, "A link with (parentheses) and https://example.com/a/very/long/path")
    }

    func testMisnestedTagsAreRepairedAsABrowserWould() throws {
        let block = try torture().blocks[2]
        XCTAssertEqual(block.text, "misnested tags still end")
        XCTAssertEqual(spanned(block, .strong), ["misnested tags"])
        XCTAssertEqual(spanned(block, .emphasis), ["tags", " still"])
    }

    func testListsNumbersQuotesAndTables() throws {
        let blocks = try torture().blocks
        let items = blocks.filter { $0.list != nil }
        XCTAssertEqual(items.map(\.text), ["one", "two", "three", "four", "para in item", "quote in item"])
        XCTAssertEqual(items.map { $0.list!.marker }, [.bullet, .bullet, .number(3), .number(4), .bullet, .continuation])
        XCTAssertEqual(items.map { $0.list!.depth }, [1, 1, 2, 2, 1, 1])
        XCTAssertEqual(items.last?.quoteLevel, 1)
        XCTAssertEqual(blocks.first { $0.kind == .table }?.text, "Name\tCount\napples\t3\npears\t12")
    }

    func testPreformattedKeepsTabsAndSpacesAndHiddenPartsGo() throws {
        let blocks = try torture().blocks
        XCTAssertEqual(blocks.first { $0.kind == .preformatted }?.text, "\ttab indented <b>\n  two spaces")
        let all = blocks.map(\.text).joined(separator: "\n")
        for hidden in ["alert", "color: red", "hidden text", "also hidden", "a comment"] {
            XCTAssertFalse(all.contains(hidden), hidden)
        }
    }

    func testQuoteLevelsHeadingRuleAndBreaks() throws {
        let blocks = try torture().blocks
        XCTAssertEqual(blocks.filter { $0.isQuoted && $0.list == nil }.map { "\($0.quoteLevel) \($0.text)" }, ["1 outer", "2 inner"])
        XCTAssertTrue(blocks.contains { $0.kind == .rule })
        XCTAssertEqual(blocks.first { $0.kind == .subheading }?.text, "A heading")
        XCTAssertEqual(blocks.last?.text, "a < b,\nnext line")
    }

    func testDeepNestingIsReadAsTextAndQuickly() {
        let deep = String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000)
        XCTAssertEqual(HTML.body("<p>before</p>" + deep).blocks.map(\.text), ["before deep"])
    }

    func testTitlesAndPlainText() {
        XCTAssertEqual(HTML.text("Q&amp;A: tabs &gt; spaces?"), "Q&A: tabs > spaces?")
        XCTAssertEqual(HTML.text("no markup"), "no markup")
        XCTAssertEqual(HTML.body("").blocks, [])
    }
}
