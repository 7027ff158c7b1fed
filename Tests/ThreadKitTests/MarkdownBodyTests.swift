import XCTest
@testable import ThreadKit

/// The Markdown reader (cmark-gfm plus Reddit's additions) on a torture page of every construct it maps.
final class MarkdownBodyTests: XCTestCase {
    private func torture() throws -> Body {
        let source = try String(contentsOf: Fixtures.markup.appendingPathComponent("torture.md"), encoding: .utf8)
        return Markdown.body(source, dialect: .reddit)
    }

    private func block(_ body: Body, startingWith prefix: String) throws -> Block {
        try XCTUnwrap(body.blocks.first { $0.text.hasPrefix(prefix) }, "no block starts with \(prefix)")
    }

    private func spanned(_ block: Block, _ style: Span.Style) -> [String] {
        block.spans.filter { $0.style == style }.map { span in
            String(decoding: Array(block.text.utf8)[span.range], as: UTF8.self)
        }
    }

    func testInlineStylesCoverTheirText() throws {
        let line = try block(try torture(), startingWith: "Plain")
        XCTAssertEqual(line.kind, .paragraph)
        XCTAssertEqual(spanned(line, .emphasis), ["emphasis"])
        XCTAssertEqual(spanned(line, .strong), ["strong"])
        XCTAssertEqual(spanned(line, .code), ["code"])
        XCTAssertEqual(spanned(line, .strikethrough), ["struck"])
        XCTAssertTrue(line.text.contains("one line; a soft break"), "a soft break reads as a space: \(line.text)")
    }

    func testLinksKeepTheirTextAndWholeAddress() throws {
        let body = try torture()
        let line = try block(body, startingWith: "Plain")
        XCTAssertEqual(spanned(line, .link), ["link with (parentheses)", "https://example.org/autolinked"])
        XCTAssertEqual(body.links, [Link(text: "link with (parentheses)", url: "https://en.wikipedia.org/wiki/Fish_(disambiguation)"),
                                    Link(text: "https://example.org/autolinked", url: "https://example.org/autolinked")])
        XCTAssertEqual(line.spans.compactMap(\.link), [0, 1])
    }

    func testRedditEscapesAndEntities() throws {
        let body = try torture()
        let quote = try block(body, startingWith: "Reddit's escaped quote")
        XCTAssertEqual(quote.kind, .quote)
        XCTAssertEqual(quote.text, "Reddit's escaped quote, & an ampersand, <not a tag>")
        XCTAssertTrue(body.blocks.contains { $0.text.contains("café “quoted”") })
    }

    func testNestedListsNumbersAndContinuations() throws {
        let items = try torture().blocks.filter { $0.list != nil }
        XCTAssertEqual(items.map(\.text), ["First", "Second, with a nested list:", "nested bullet", "another",
                                           "A second paragraph of the same item.", "Third, holding a quote:", "quoted inside a list"])
        XCTAssertEqual(items.map { $0.list!.depth }, [1, 1, 2, 2, 2, 1, 1])
        XCTAssertEqual(items.map { $0.list!.marker }, [.number(1), .number(2), .bullet, .bullet, .continuation, .number(3), .continuation])
        XCTAssertEqual(items.last?.quoteLevel, 1, "a quote inside a list item keeps both")
    }

    func testTableCodeRuleAndHeading() throws {
        let body = try torture()
        XCTAssertEqual(body.blocks.first?.kind, .subheading)
        XCTAssertEqual(body.blocks.first { $0.kind == .table }?.text, "Name\tCount\napples\t3\npears\t12")
        let code = body.blocks.filter { $0.kind == .preformatted }.map(\.text)
        XCTAssertEqual(code, ["indented code\n    keeps its indentation", "fenced <b>code</b> & more"])
        XCTAssertTrue(body.blocks.contains { $0.kind == .rule })
    }

    func testSpoilersSuperscriptsAndQuoteLevels() throws {
        let body = try torture()
        let line = try block(body, startingWith: "A spoiler")
        XCTAssertEqual(spanned(line, .spoiler), ["the butler did it"])
        XCTAssertEqual(spanned(line, .superscript), ["superscript", "two words"])
        XCTAssertFalse(line.text.contains(">!") || line.text.contains("^"), line.text)
        XCTAssertEqual(body.blocks.suffix(2).map(\.quoteLevel), [1, 2])
    }

    func testPlainTextIsOneParagraph() {
        XCTAssertEqual(Markdown.body("just words", dialect: .reddit).blocks, [.paragraph("just words")])
        XCTAssertEqual(Markdown.body("", dialect: .reddit).blocks, [])
        XCTAssertEqual(Markdown.body("2 ^ 3 and x^", dialect: .reddit).blocks.first?.text, "2 ^ 3 and x^")
    }

    /// The plain-prose shortcut must read every body it takes exactly as cmark-gfm does: checked on every body of
    /// the Reddit fixtures (and some of the shortcut's edges).
    func testThePlainShortcutAgreesWithCmarkOnEveryBodyItTakes() throws {
        var bodies = ["one line", "two\nlines", "para one\n\npara two", "  indented a little", "trailing  ", "a\r\nb\r\n\r\nc",
                      "ends with spaces   \nnext", "3 apples", "- not a list here", "so-called", "caf\u{E9} and 漢字", "\n\n\n", "x\n \ny"]
        for name in ["reddit/rtv_python_2xmo63.json", "reddit/rtv_askreddit_cmwov.json"] {
            guard let url = try? Fixtures.sharedCorpus("structured/" + name) else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
            func walk(_ value: Any) {
                if let object = value as? [String: Any] {
                    if let body = object["body"] as? String { bodies.append(body) }
                    object.values.forEach(walk)
                } else if let array = value as? [Any] { array.forEach(walk) }
            }
            walk(json)
        }
        let reader = Markdown.Reader(dialect: .reddit)
        var taken = 0
        for body in bodies {
            guard let plain = PlainParagraphs.body(body) else { continue }
            taken += 1
            XCTAssertEqual(plain, reader.parsed(body), body)
        }
        XCTAssertGreaterThanOrEqual(taken, 10, "the plain bodies above, and on CI many of the fixtures' bodies")
    }
}
