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

/// A page parsed in pieces is the page parsed whole, node for node: every saved page of the fixtures (and of the
/// shared corpus when it is beside the project), cut far smaller than pages are cut, so each is many pieces.
final class DOMPiecesTests: XCTestCase {
    private func pages() throws -> [URL] {
        let roots = [Fixtures.htmlPages, Fixtures.shared]
        return roots.flatMap { root in
            (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
                .filter { $0.pathExtension == "html" || $0.pathExtension == "htm" }
        }.sorted { $0.path < $1.path }
    }

    func testAPageInPiecesIsThePageWhole() throws {
        let pages = try pages()
        XCTAssertGreaterThanOrEqual(pages.count, 31)
        var cutPages = 0, report: [String] = []
        for url in pages {
            guard let text = try? SourceText(bytes: Array(Data(contentsOf: url))) else { continue }
            let whole = DOM(parsing: text.bytes, fragment: false)
            for length in [2_000, 7_919] {
                guard let (dom, pieces) = DOM.inPieces(text.bytes, pieceLength: length) else {
                    report.append("\(url.lastPathComponent) @\(length): whole"); continue
                }
                XCTAssertTrue(dom.isSameTree(as: whole), "\(url.lastPathComponent) in pieces of \(length) bytes")
                if length == 2_000 && pieces > 1 { cutPages += 1 }
                report.append("\(url.lastPathComponent) @\(length): \(pieces) pieces of \(text.bytes.count) bytes")
            }
        }
        print(report.joined(separator: "\n"))
        XCTAssertGreaterThan(cutPages, pages.count * 3 / 4, "most pages are cut into pieces")
    }

    /// The hard cases, each cut at many places: a cut inside a comment, a script, an attribute value, a title or
    /// a DOCTYPE, or just after `</` or `<`; unknown elements whose names read as known ones; a bold left open in
    /// a closed paragraph, which the whole page reopens around every later text; a node fostered out of a table
    /// open across a cut; a late `<body class=…>`; tags that make no node; a form closed by its cell's end, or
    /// forgotten while open; a table and a list open across cuts; a page in quirks mode.
    func testCutsThatAreNotCleanAreNotMade() {
        let filler = (1...12).map { "<div class=\"c\"><p>Comment \($0) says <i>something</i>.</p></div>\n" }.joined()
        let parts = [
            "<!-- a comment with <div>tags</div> in it, long enough to be cut: \(String(repeating: "x ", count: 60)) -->",
            "<script>var s = '<div>not a tag</div>'; \(String(repeating: "var y = 1; ", count: 20))</script>",
            "<a title=\"<b>not a tag</b> \(String(repeating: "z", count: 120))\" href=\"#\">link</a>",
            "<ul>\((1...20).map { "<li>item \($0) <span>in a list</span>" }.joined())</ul>",
            "<table><tr><td>cell</td></tr>\((1...10).map { "<tr><td>row \($0)</td><td><div>in a cell</div></td></tr>" }.joined())</table>",
            "<textarea><div>text, not tags</div> \(String(repeating: "w ", count: 60))</textarea>",
            (1...12).map { "<p>\($0) </<b>is a comment</b>, and <<i>a less-than</i></p>" }.joined(),
            (1...12).map { "<p>\($0) <!DOCTYPE html PUBLIC \"-//in a <b>body</b>\" is nothing\">and on</p>" }.joined(),
            (1...12).map { "<P\u{0B}>\($0), in an element whose name is not p, <div>and a block</div>" }.joined(),
        ]
        let clean = "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body>" + filler
            + parts.joined(separator: filler) + filler + "</body></html>"
        let stale = "<!DOCTYPE html><html><body><p><b>bold left open</p>" + filler + filler + "</body></html>"
        let fostered = "<!DOCTYPE html><html><body><table>" + (1...30).map { "<tr><td>\($0)</td></tr><div>fostered \($0)</div>" }.joined() + "</table></body></html>"
        let lateBody = "<!DOCTYPE html><html><body>" + filler + "<body class=\"late\">" + filler + "</body></html>"
        // Tags in the body that make no node: the text around them is one.
        let ignored = "<!DOCTYPE html><html><body>" + (1...20).map { "<div>text \($0)<body>runs on<head>past them<frameset>and<td>still</div>" }.joined() + "</body></html>"
        // A form in a form makes no node either: no cut inside a form.
        let forms = "<!DOCTYPE html><html><body><form>" + (1...30).map { "<div>text \($0)</div>and on<form>" }.joined() + "</form></body></html>"
        // A form its cell's end closes is still the page's form: later `<form>` tags make nothing.
        let formInCells = "<!DOCTYPE html><html><body><table>" + (1...30).map { "<tr><td>\($0) <form><input name=a\($0)></td></tr>" }.joined() + "</table></body></html>"
        // A `</form>` where its form is out of scope forgets the form, which stays open: the next `<form>` makes one.
        let forgottenForm = "<!DOCTYPE html><html><body><form><div>" + (1...20).map { "<table><tr><td>\($0)</form></td></tr></table><form><input name=b\($0)>" }.joined() + "</div></body></html>"
        let quirks = "<html><body>" + filler + "<p>para<table><tr><td>in quirks the table is in the paragraph</td></tr></table>" + filler + "</body></html>"
        // How each is parsed: cut somewhere, never cut (one piece), or sometimes whole, where a later piece
        // would have reached back.
        let expectations = [("clean", clean, "cut"), ("stale", stale, "one piece"), ("fostered", fostered, "whole"),
                            ("late body", lateBody, "whole"), ("ignored", ignored, "cut"), ("forms", forms, "one piece"),
                            ("form in cells", formInCells, "cut"), ("forgotten form", forgottenForm, "one piece"),
                            ("quirks", quirks, "cut")]
        for (name, page, expected) in expectations {
            let bytes = Array(page.utf8)
            let whole = DOM(parsing: bytes, fragment: false)
            var cut = 0, parsedWhole = 0
            for length in stride(from: 40, through: 400, by: 9) {
                guard let (dom, pieces) = DOM.inPieces(bytes, pieceLength: length) else { parsedWhole += 1; continue }
                XCTAssertTrue(dom.isSameTree(as: whole), "\(name) in pieces of \(length) bytes")
                if pieces > 1 { cut += 1 }
            }
            let outcome = expected == "one piece" ? cut == 0 && parsedWhole == 0 : expected == "cut" ? cut > 0 : parsedWhole > 0
            XCTAssertTrue(outcome, "\(name), expected \(expected): \(cut) times cut, \(parsedWhole) times parsed whole")
        }
    }
}
