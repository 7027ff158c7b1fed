import XCTest
@testable import ThreadKit

/// The flat DOM answers as a tree would: children in document order, parents, tags (custom ones too), attributes,
/// classes and visible text.
final class DOMTests: XCTestCase {
    private let page = """
    <html><head><title>T</title><script>var hidden = 1;</script></head><body>
    <div id="a" class="thing  comment"><p>First <b>bold</b> words</p>
    <shreddit-comment author="x&amp;y"><p>Inner</p></shreddit-comment></div>
    <div class="thing" hidden><p>Gone</p></div><ul><li>one</li><li>two</li><li>three</li></ul>
    </body></html>
    """

    func testChildrenParentsAndTagsFollowTheDocument() {
        let dom = DOM(parsing: Array(page.utf8), fragment: false)
        XCTAssertEqual(dom[dom.root].name, "html")
        let items = dom.all(.tag("li"))
        XCTAssertEqual(items.map { dom.text(of: $0) }, ["one", "two", "three"])
        let list = dom[items[0]].parent!
        XCTAssertEqual(dom[list].name, "ul")
        XCTAssertEqual(Array(dom[list].children), items)
        XCTAssertEqual(dom[list].children.reversed().map { $0 }, items.reversed())
        let custom = dom.first(.tag("shreddit-comment"))!
        XCTAssertEqual(dom.attribute("author", of: custom), "x&y")
        XCTAssertEqual(dom.ancestor(of: custom) { dom.hasClass("comment", $0) }, dom.first(.attribute("id")))
        XCTAssertEqual(dom.text(of: dom[custom].children[0]), "Inner")
    }

    func testClassesAttributesAndVisibleText() {
        let dom = DOM(parsing: Array(page.utf8), fragment: false)
        let thing = dom.first(.class("comment"))!
        XCTAssertTrue(dom.hasClass("thing", thing))
        XCTAssertFalse(dom.hasClass("thin", thing))
        XCTAssertEqual(dom.attribute("id", of: thing), "a")
        XCTAssertNil(dom.attribute("href", of: thing))
        XCTAssertEqual(dom.all(.class("thing")).count, 2)
        XCTAssertEqual(dom.text(of: thing), "First bold words Inner")
        // The head (title, script) and hidden elements are left out; adjacent items have no space between them.
        XCTAssertEqual(dom.text(of: dom.root), "First bold words Inner onetwothree")
        let title = dom.first(.tag("title"))!
        XCTAssertEqual(dom.text(ofTitle: title), "T")
    }

    func testAFragmentIsTheInsideOfABody() {
        let dom = DOM(parsing: "<p>a <i>b</i></p>c", fragment: true)
        XCTAssertEqual(dom[dom.root].children.map { dom[$0].name }, ["p", ""])
        XCTAssertEqual(dom[dom[dom.root].children[1]].text, "c")
    }
}
