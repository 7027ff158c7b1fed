import Foundation
import XCTest
@testable import ThreadKit

final class HackerNewsTests: XCTestCase {
    func testSharedHNPWAFixturesMatchTheSourceTree() throws {
        try assertSharedFixtures(["hn/circumflex_26312516_speed_is_the_killer_feature.json", "hn/circumflex_item1_ycombinator.json"],
                                 format: "hn-hnpwa-json", source: Self.sourceComments)
    }

    /// Walks `comments` as the file nests them, checking `level` agrees with the nesting on the way.
    static func sourceComments(_ bytes: [UInt8]) -> [SourceComment] {
        let story = try! JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
        var out: [SourceComment] = []
        func walk(_ comments: Any?, parent: String?, depth: Int) {
            for comment in comments as? [[String: Any]] ?? [] {
                let id = "\(comment["id"]!)"
                if let level = comment["level"] as? Int { XCTAssertEqual(level, depth, "level of \(id)") }
                out.append(SourceComment(id: id, author: comment["user"] as? String, parentID: parent, depth: depth))
                walk(comment["comments"], parent: id, depth: depth + 1)
            }
        }
        walk(story["comments"], parent: nil, depth: 0)
        return out
    }

    func testAlgoliaItemWithNullsAndHTML() throws {
        let thread = try StructuredFixtures.parse(try StructuredFixtures.own("hn-algolia-nulls.json"))
        XCTAssertEqual(thread.format, "hn-algolia-json")
        XCTAssertEqual(thread.title, "Show HN: Things & stuff")
        XCTAssertEqual(thread.article.byline, "poster")
        XCTAssertEqual(thread.article.caption, "https://example.com/things")
        let c = thread.comments
        XCTAssertEqual(c.map(\.author), ["ann", nil, "ben", "cat"])
        XCTAssertEqual(c.map(\.parent), [nil, 0, 1, nil])
        XCTAssertEqual(c[0].blocks.map(\.text), ["First > second", "See https://example.com/a/very/long/path and this.",
                                                "  code line 1\n  code line 2"])
        XCTAssertEqual(c[0].blocks.map(\.kind), [.paragraph, .paragraph, .preformatted])
        // HN cuts a long link's text short ("…/lo..."): it reads as its whole address; <i> stays emphasis.
        XCTAssertEqual(c[0].blocks[1].spans.map(\.style), [.link, .emphasis])
        XCTAssertEqual(c[0].links, [Link(text: "https://example.com/a/very/long/path", url: "https://example.com/a/very/long/path")])
        XCTAssertEqual(c[1].status, .deleted)
        XCTAssertEqual(c[2].blocks, [.paragraph("Reply to a deleted one 'quoted'")])
        XCTAssertEqual(c[3].blocks, [.quote("quoted bit"), .paragraph("answer")])
        XCTAssertEqual(c[0].date, Date(timeIntervalSince1970: 1614667300))
    }

    func testOfficialAPIItemsAsJSONLinesAndArray() throws {
        for name in ["hn-api-items.jsonl", "hn-api-items-array.json"] {
            let thread = try StructuredFixtures.parse(try StructuredFixtures.own(name))
            XCTAssertEqual(thread.format, "hn-api-json", name)
            XCTAssertEqual(thread.title, "Ask HN: Lines?")
            XCTAssertEqual(thread.article.blocks.map(\.text), ["Body here"])
            XCTAssertEqual(thread.article.blocks.first?.spans, [Span(.emphasis, 5..<9)], "<i>here</i>")
            let c = thread.comments
            // Story kids rank 203 before 201; the duplicate 201 is dropped; 205's parent is missing.
            XCTAssertEqual(c.map(\.author), [nil, "cat", "ann", "ben", "dan"], name)
            XCTAssertEqual(c.map(\.parent), [nil, 0, nil, 2, nil], name)
            XCTAssertEqual(c[0].status, .deleted)
            XCTAssertTrue(c.allSatisfy { !$0.parentInferred })
        }
    }

    func testDeepNestingInEveryNestedDialect() throws {
        let depth = 10_000
        let hnpwa = "{\"id\":1,\"title\":\"t\",\"time_ago\":\"x\",\"comments\":["
            + String(repeating: "{\"id\":2,\"level\":0,\"user\":\"u\",\"content\":\"c\",\"comments\":[", count: depth)
            + String(repeating: "]}", count: depth) + "]}"
        let algolia = "{\"id\":1,\"created_at_i\":1,\"type\":\"story\",\"children\":["
            + String(repeating: "{\"id\":2,\"created_at_i\":1,\"author\":\"u\",\"text\":\"c\",\"children\":[", count: depth)
            + String(repeating: "]}", count: depth) + "]}"
        for json in [hnpwa, algolia] {
            let thread = try StructuredFixtures.parse(Array(json.utf8))
            XCTAssertEqual(thread.comments.count, depth)
            XCTAssertEqual(thread.tree.depth.last, Int32(depth - 1))
        }
    }

    func testTruncatedItemsAreMalformed() throws {
        let bytes = try StructuredFixtures.own("hn-algolia-nulls.json")
        XCTAssertThrowsError(try StructuredFixtures.parse(Array(bytes.prefix(400)))) { error in
            guard case ThreadError.malformed(let format, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(format, "hn-algolia-json")
        }
    }
}
