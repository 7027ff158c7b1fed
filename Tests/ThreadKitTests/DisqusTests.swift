import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import ThreadKit

final class DisqusTests: XCTestCase {
    func testSharedExportsMatchTheSourceForEveryThread() throws {
        for name in ["tl3shi-hexo-tanglei-disqus.xml", "yesilmavihayat-disqus-export.xml"] {
            let bytes = try StructuredFixtures.shared("disqus/\(name)")
            let source = SourcePosts(bytes)
            let document = try DisqusDocument(SourceText(bytes: bytes), format: DisqusExport.name)
            var total = 0
            for threadID in Set(source.posts.map(\.thread)) {
                let expected = source.comments(ofThread: threadID)
                assertTree(try DisqusExport.thread(in: document, selector: threadID), matches: expected)
                total += expected.count
            }
            XCTAssertEqual(total, source.posts.filter { !$0.hidden }.count)
            // The default is the thread with the most shown posts.
            let opened = try StructuredFixtures.parse(bytes)
            XCTAssertEqual(opened.format, "disqus-xml")
            let most = Set(source.posts.map(\.thread)).map { source.comments(ofThread: $0).count }.max()
            XCTAssertEqual(opened.comments.count, most)
        }
    }

    /// The posts as XMLParser reports them, read without any of skein's code.
    final class SourcePosts: NSObject, XMLParserDelegate {
        struct Post { var id = "", thread = "", parent: String?, author: String?, hidden = false }
        var posts: [Post] = []
        private var inPost = false, element = "", text = ""

        init(_ bytes: [UInt8]) {
            super.init()
            let parser = XMLParser(data: Data(bytes))
            parser.delegate = self
            XCTAssertTrue(parser.parse())
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            if name == "post" { inPost = true; posts.append(Post(id: attributes["dsq:id"]!)) }
            if inPost && name == "thread" { posts[posts.count - 1].thread = attributes["dsq:id"]! }
            if inPost && name == "parent" { posts[posts.count - 1].parent = attributes["dsq:id"] }
            text = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard inPost else { return }
            if name == "post" { inPost = false }
            if name == "name" { posts[posts.count - 1].author = text.trimmingCharacters(in: .whitespacesAndNewlines) }
            if (name == "isDeleted" || name == "isSpam") && text == "true" { posts[posts.count - 1].hidden = true }
        }

        /// Shown posts of one thread in pre-order; hidden posts' replies move to the nearest shown ancestor.
        func comments(ofThread thread: String) -> [SourceComment] {
            let mine = posts.filter { $0.thread == thread }
            let byID = Dictionary(mine.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            func shownParent(_ post: Post) -> String? {
                var id = post.parent
                while let current = id, let parent = byID[current] {
                    if !parent.hidden { return current }
                    id = parent.parent
                }
                return nil
            }
            let shown = mine.filter { !$0.hidden }
            var out: [SourceComment] = []
            var stack = shown.filter { shownParent($0) == nil }.reversed().map { ($0, 0) }
            while let (post, depth) = stack.popLast() {
                out.append(SourceComment(id: post.id, author: post.author, parentID: shownParent(post), depth: depth))
                stack += shown.filter { shownParent($0) == post.id }.reversed().map { ($0, depth + 1) }
            }
            return out
        }
    }

    func testAnExportDeclaredWindows1252IsDecodedOnce() throws {
        let thread = try StructuredFixtures.parse(try StructuredFixtures.own("disqus-windows-1252.xml"))
        XCTAssertEqual(thread.title, "Café talk")
        XCTAssertEqual(thread.comments.map(\.author), ["René"])
        XCTAssertEqual(thread.comments.first?.blocks.map(\.text), ["Café au lait"])
    }

    func testDefaultsToTheBusiestThreadAndLeavesOutDeletedAndSpam() throws {
        let thread = try StructuredFixtures.parse(try StructuredFixtures.own("disqus-edges.xml"))
        XCTAssertEqual(thread.title, "Busy post")
        XCTAssertEqual(thread.article.caption, "https://example.com/busy")
        XCTAssertEqual(thread.comments.map(\.author), ["Bob", "Cat", "Eve", "Dan"])
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 1, nil])
        XCTAssertEqual(thread.comments[0].blocks, [.paragraph("Top one"), .paragraph("Second <para>")])
        XCTAssertEqual(thread.comments[0].date, Timestamps.iso8601("2020-01-02T10:00:00Z"))
    }

    func testSelectorPicksByDsqIDIdentifierOrLink() throws {
        let bytes = try StructuredFixtures.own("disqus-edges.xml")
        for selector in ["100", "small-post", "https://example.com/small/", "https://example.com/small"] {
            let thread = try StructuredFixtures.parse(bytes, ParseOptions(threadSelector: selector))
            XCTAssertEqual(thread.title, "Small & quiet", selector)
            XCTAssertEqual(thread.comments.map(\.author), ["Ann"])
        }
        XCTAssertThrowsError(try StructuredFixtures.parse(bytes, ParseOptions(threadSelector: "nope"))) { error in
            XCTAssertEqual(error as? ThreadError, .threadNotFound("nope"))
        }
    }

    func testListsThreadsWithShownPostCounts() throws {
        let summaries = try DisqusExport.threads(in: SourceText(bytes: try StructuredFixtures.own("disqus-edges.xml")))
        XCTAssertEqual(summaries.map(\.id), ["100", "200", "300"])
        XCTAssertEqual(summaries.map(\.postCount), [1, 4, 0])
        XCTAssertEqual(summaries[0].identifier, "small-post")
        XCTAssertEqual(summaries[2].identifier, nil)
        XCTAssertEqual(summaries[1].link, "https://example.com/busy")
    }

    func testEveryThreadWithPostsBusiestFirstForTheReader() throws {
        let threads = try DisqusExport.everyThread(in: SourceText(bytes: try StructuredFixtures.own("disqus-edges.xml")))
        XCTAssertEqual(threads.map(\.title), ["Busy post", "Small & quiet"], "the empty thread is left out")
        XCTAssertEqual(threads[0], try StructuredFixtures.parse(try StructuredFixtures.own("disqus-edges.xml")))
        XCTAssertEqual(threads[1].comments.map(\.author), ["Ann"])
        let bytes = try StructuredFixtures.own("disqus-edges.xml")
        XCTAssertEqual(try FormatDetector.parseEvery(bytes: bytes), threads)
        XCTAssertEqual(try FormatDetector.parseEvery(bytes: bytes, options: ParseOptions(threadSelector: "100")).map(\.title),
                       ["Small & quiet"])
        XCTAssertEqual(try FormatDetector.parseEvery(bytes: Array("Title\n\nA page.\n".utf8)).count, 1)
    }

    func testTruncatedExportIsMalformed() throws {
        let bytes = try StructuredFixtures.own("disqus-edges.xml")
        XCTAssertThrowsError(try StructuredFixtures.parse(Array(bytes.prefix(bytes.count - 200)))) { error in
            guard case ThreadError.malformed(let format, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(format, "disqus-xml")
        }
    }
}
