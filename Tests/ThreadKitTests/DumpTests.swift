import Foundation
import XCTest
@testable import ThreadKit

/// `skein dump` output: the JSON schema the README promises and a readable text tree.
final class DumpTests: XCTestCase {
    private let thread = ThreadKit.Thread(
        format: "plain-text", title: "T \"quoted\"",
        article: Article(caption: nil, byline: "By A", blocks: [Block(.subheading, "Head"), .paragraph("Body.")]),
        chrome: ["Reply"],
        comments: [Comment(author: "Ann", blocks: [.paragraph("Hi\u{1B}[2J")]),
                   Comment(author: nil, blocks: [.quote("Hi"), .paragraph("Yes.")], parent: 0, parentInferred: true)])

    func testJSONHasTheDocumentedShape() throws {
        let object = try JSONSerialization.jsonObject(with: Data(thread.json.rendered().utf8)) as! [String: Any]
        XCTAssertEqual(object["format"] as? String, "plain-text")
        XCTAssertEqual(object["title"] as? String, "T \"quoted\"")
        let article = object["article"] as! [String: Any]
        XCTAssert(article["caption"] is NSNull)
        XCTAssertEqual(article["paragraphs"] as? [String], ["Head", "Body."])
        XCTAssertEqual(article["subheadings"] as? [Int], [0])
        XCTAssertEqual(object["chrome"] as? [String], ["Reply"])
        let comments = object["comments"] as! [[String: Any]]
        XCTAssertEqual(comments[0]["paragraphs"] as? [String], ["Hi\u{1B}[2J"], "escapes survive as JSON escapes")
        XCTAssert(comments[1]["author"] is NSNull)
        XCTAssertEqual(comments[1]["parent"] as? Int, 0)
        XCTAssertEqual(comments[1]["parent_inferred"] as? Bool, true)
        XCTAssertEqual(comments[1]["depth"] as? Int, 1)
        XCTAssertEqual(comments[1]["quotes"] as? [Int], [0])
        XCTAssertFalse(thread.json.rendered().contains("\u{1B}"), "no raw escape byte in the output")
    }
}
