import Foundation
import XCTest
@testable import ThreadKit

final class RedditTests: XCTestCase {
    func testSharedFixturesMatchTheSourceTree() throws {
        try assertSharedFixtures(["reddit/rtv_python_2xmo63.json", "reddit/rtv_askreddit_cmwov.json"],
                                 format: "reddit-json", source: Self.sourceComments)
    }

    /// Reads the comment tree straight from the JSON: every t1 with its parent and depth. A `more` stub is no
    /// comment (the askreddit thread holds 199 comments and 127 stubs); `testStubsAreCountedOnTheirParent` checks them.
    static func sourceComments(_ bytes: [UInt8]) -> [SourceComment] {
        let listings = try! JSONSerialization.jsonObject(with: Data(bytes)) as! [[String: Any]]
        var out: [SourceComment] = []
        var counter = 0
        func walk(_ listing: Any?, parent: String?, depth: Int) {
            guard let listing = listing as? [String: Any], let data = listing["data"] as? [String: Any],
                  let children = data["children"] as? [[String: Any]] else { return }
            for child in children {
                let data = child["data"] as! [String: Any]
                counter += 1
                let id = (data["name"] as? String) ?? "more\(counter)"
                if child["kind"] as? String == "more" { continue }
                let author = data["author"] as? String
                out.append(SourceComment(id: id, author: author == "[deleted]" ? nil : author, parentID: parent, depth: depth))
                walk(data["replies"], parent: id, depth: depth + 1)
            }
        }
        walk(listings[1], parent: nil, depth: 0)
        return out
    }

    func testStubsAreCountedOnTheirParent() throws {
        let url = try Fixtures.sharedCorpus("structured/reddit/rtv_askreddit_cmwov.json")
        let bytes = Array(try Data(contentsOf: url))
        let thread = try FormatDetector.parse(bytes: bytes)
        let listings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]])
        var stubs = 0, counted = 0
        func walk(_ listing: Any?) {
            guard let data = (listing as? [String: Any])?["data"] as? [String: Any],
                  let children = data["children"] as? [[String: Any]] else { return }
            for child in children {
                let data = child["data"] as? [String: Any] ?? [:]
                if child["kind"] as? String == "more" {
                    stubs += 1
                    counted += max(data["count"] as? Int ?? 0, (data["children"] as? [Any])?.count ?? 0)
                }
                walk(data["replies"])
            }
        }
        walk(listings[1])
        XCTAssertEqual(thread.comments.count, 199)
        XCTAssertEqual(stubs, 127)
        XCTAssertEqual(thread.comments.compactMap(\.unsavedReplies).reduce(0, +) + (thread.unsavedTopLevel ?? 0), counted)
        XCTAssertEqual(thread.comments.filter { $0.unsavedReplies != nil }.count + (thread.unsavedTopLevel == nil ? 0 : 1), 127,
                       "no parent holds two stubs here, so each stub marks one comment (or the top)")
    }

    func testEdgesDeletedRemovedMoreStubsEntitiesAndCode() throws {
        let thread = try StructuredFixtures.parse(try StructuredFixtures.own("reddit-edges.json"))
        XCTAssertEqual(thread.title, "Q&A: tabs > spaces?")
        XCTAssertEqual(thread.article.byline, "op_user")
        XCTAssertEqual(thread.article.blocks.map(\.text), ["First para with 'quotes' & 'hex'.", "Second para continues here."])
        let c = thread.comments
        // "more" stubs are no comments: their counts go on their parent, or on the thread at the top.
        XCTAssertEqual(c.count, 5)
        XCTAssertEqual(c.map(\.author), ["alice", nil, "bob", "carol", nil])
        XCTAssertEqual(c.map(\.parent), [nil, 0, 1, nil, nil])
        XCTAssertEqual(c[0].blocks, [.quote("quoted line more quote"), .paragraph("My reply."),
                                     Block(.preformatted, "let x = 1\nlet y = 2"), .paragraph("After code.")])
        XCTAssertEqual(c[1].status, .deleted)
        XCTAssertEqual(c[1].blocks, [])
        XCTAssertEqual(c[2].blocks, [Block(.preformatted, "fenced\n  code"), .paragraph("Text after fence.")])
        XCTAssertEqual(c[2].score, -2)
        XCTAssertEqual(c.map(\.unsavedReplies), [7, nil, nil, nil, nil])
        XCTAssertEqual(thread.unsavedTopLevel, 12)
        XCTAssertEqual(c[3].status, .removed)
        XCTAssertEqual(c[4].status, .normal)
        XCTAssertEqual(c[4].blocks, [.paragraph("Still here <3")])
        XCTAssertEqual(thread.submitter, "op_user")
        XCTAssertEqual(c[0].date, Date(timeIntervalSince1970: 1425265400))
        XCTAssertEqual(c[0].score, 5)
        XCTAssertTrue(c.allSatisfy { !$0.parentInferred })
    }

    func testCRLFInsideABodyEndsLinesAndParagraphs() {
        // Old Reddit bodies carry Windows line ends inside the JSON string.
        XCTAssertEqual(Markdown.body("What, using IE6?\r\n\r\nheh.\r\nsecond line  \r\n", dialect: .reddit).blocks,
                       [.paragraph("What, using IE6?"), .paragraph("heh. second line")])
    }

    func testTruncatedJSONIsMalformedNotACrash() throws {
        let bytes = try StructuredFixtures.own("reddit-edges.json")
        XCTAssertThrowsError(try StructuredFixtures.parse(Array(bytes.prefix(bytes.count / 2)))) { error in
            guard case ThreadError.malformed(let format, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(format, "reddit-json")
        }
    }

    func testTenThousandLevelsOfRepliesParseWithoutRecursion() throws {
        let depth = 10_000
        var json = "[{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\",\"data\":{\"title\":\"t\"}}]}},"
        json += String(repeating: "{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t1\",\"data\":{\"author\":\"a\",\"body\":\"b\",\"replies\":", count: depth)
        json += "\"\"" + String(repeating: "}}]}}", count: depth) + "]"
        let thread = try StructuredFixtures.parse(Array(json.utf8))
        XCTAssertEqual(thread.comments.count, depth)
        XCTAssertEqual(thread.tree.depth.last, Int32(depth - 1))
        // The same file cut short is an error, not a crash.
        XCTAssertThrowsError(try StructuredFixtures.parse(Array(json.utf8.dropLast(depth)))) { error in
            guard case ThreadError.malformed = error else { return XCTFail("\(error)") }
        }
    }

    func testLargeFileParsesQuickly() throws {
        // ~20 MB of comments; the budget is loose for debug builds, the release target is well under a second.
        let comment = "{\"kind\":\"t1\",\"data\":{\"author\":\"someone\",\"body\":\"" + String(repeating: "words &amp; more words ", count: 20)
            + "\",\"created_utc\":1425265400,\"score\":3,\"replies\":\"\"}}"
        let count = 20_000_000 / comment.utf8.count
        let json = "[{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\",\"data\":{\"title\":\"big\"}}]}},"
            + "{\"kind\":\"Listing\",\"data\":{\"children\":[" + Array(repeating: comment, count: count).joined(separator: ",") + "]}}]"
        let start = Date()
        let thread = try StructuredFixtures.parse(Array(json.utf8))
        XCTAssertEqual(thread.comments.count, count)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
    }

    /// A whole file's comments are made on every core, in batches joined in order, while the tape reads on: 2,000
    /// top-level comments (eight batches), each with a reply and a stub, and stubs at the top, come out as made one by one.
    func testCommentsMadeOnEveryCoreAreThoseMadeInTurn() throws {
        var things: [String] = []
        for n in 0..<2_000 {
            let stub = #"{"kind":"more","data":{"count":\#(n % 3),"children":[]}}"#
            let reply = #"{"kind":"t1","data":{"body":"reply \#(n)","author":"r\#(n % 7)","created_utc":\#(1_600_000_000 + n),"score":1,"name":"t1_r\#(n)","replies":{"kind":"Listing","data":{"children":[\#(stub)]}}}}"#
            things.append(#"{"kind":"t1","data":{"body":"top \#(n)","author":"a\#(n % 13)","created_utc":\#(1_600_000_000 + n),"score":\#(n),"name":"t1_c\#(n)","replies":{"kind":"Listing","data":{"children":[\#(reply)]}}}}"#)
            if n % 500 == 0 { things.append(#"{"kind":"more","data":{"count":5,"children":["x"]}}"#) }
        }
        let post = #"[{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"title":"T","author":"op","name":"t3_x","selftext":""}}]}},"#
        let input = try SourceText(bytes: Array((post + #"{"kind":"Listing","data":{"children":["# + things.joined(separator: ",") + "]}}]").utf8))
        let whole = try RedditJSON.parse(input, options: ParseOptions())
        let inTurn = try RedditJSON.parseStart(input, comments: .max)
        XCTAssertEqual(whole.comments.count, 4_000)
        XCTAssertEqual(whole.comments, inTurn.comments)
        XCTAssertEqual(whole.comments.map(\.parent), inTurn.comments.map(\.parent))
        XCTAssertEqual(whole.comments.map(\.unsavedReplies), inTurn.comments.map(\.unsavedReplies))
        XCTAssertEqual(whole.unsavedTopLevel, 20)
        XCTAssertEqual(whole.unsavedTopLevel, inTurn.unsavedTopLevel)
    }
}

/// A Reddit comment's Markdown is read when first asked for: the same body as reading it at once.
final class RedditDeferredBodyTests: XCTestCase {
    func testEveryDeferredBodyEqualsItsMarkdownReadAtOnce() throws {
        let files = try StructuredFixtures.files(own: ["reddit-edges.json"], shared: ["reddit/rtv_python_2xmo63.json", "reddit/rtv_askreddit_cmwov.json"])
        for (name, bytes) in files {
            let thread = try StructuredFixtures.parse(bytes)
            // The source's own comments, in the order a walk of its nesting meets them: their `body` strings.
            let tape = try JSONTape(try SourceText(bytes: bytes).bytes)
            let sources = (0..<tape.nodes.count).map { ParsedJSON(tape: tape, index: $0) }
                .filter { $0.isObject && $0.string("kind") == "t1" }
                .map { $0.object("data")?.string("body") }
            XCTAssertEqual(sources.count, thread.comments.count, name)
            let normal = thread.comments.filter { $0.status == .normal && !$0.body.blocks.isEmpty }
            XCTAssertGreaterThanOrEqual(normal.count, 3, name)
            for (comment, source) in zip(thread.comments, sources) where comment.status == .normal {
                XCTAssertEqual(comment.body, Markdown.Reader(dialect: .reddit).body(source ?? ""), "\(name): \(source ?? "")")
            }
        }
    }

    /// The reader's search reads bodies on every core at once; each copy of a comment gets the one body read.
    func testDeferredBodiesReadOnEveryCoreAtOnce() throws {
        let bytes = try StructuredFixtures.own("reddit-edges.json")
        let comments = try StructuredFixtures.parse(bytes).comments
        let copies = Array(repeating: comments, count: 64).flatMap { $0 }
        let read = [Int](count: copies.count, concurrentlyInPieces: 16) { copies[$0].blocks.count }
        XCTAssertEqual(read, copies.map { $0.blocks.count })
        XCTAssertEqual(Array(read.prefix(comments.count)), try StructuredFixtures.parse(bytes).comments.map(\.body.blocks.count))
    }

    func testABodyIsReadOnlyWhenAskedFor() throws {
        let thread = try StructuredFixtures.parse(try StructuredFixtures.own("reddit-edges.json"))
        let index = try XCTUnwrap(thread.comments.firstIndex { $0.status == .normal })
        XCTAssertTrue(thread.comments[index].isBodyDeferred, "not read by the parse")
        let copy = thread.comments[index]
        XCTAssertFalse(copy.blocks.isEmpty)
        XCTAssertFalse(thread.comments[index].isBodyDeferred, "read once, for every copy")
        XCTAssertTrue(thread.comments.contains { $0.isBodyDeferred }, "the others still not read")
    }
}
