import XCTest
@testable import ThreadKit

/// Hacker News, Lobsters and Discourse comments' HTML is read when first asked for: each body read late is the
/// HTML of one of the file's own text fields read at once (Reddit's and mailboxes' have tests of their own).
final class DeferredHTMLBodyTests: XCTestCase {
    func testEveryDeferredBodyIsItsFieldsHTMLReadAtOnce() throws {
        let files = try StructuredFixtures.files(
            own: ["hn-algolia-nulls.json", "hn-api-items-array.json", "hn-api-items.jsonl", "lobsters-edges.json", "discourse-edges.json"],
            shared: ["hn/circumflex_26312516_speed_is_the_killer_feature.json", "hn/circumflex_item1_ycombinator.json",
                     "lobsters/compose-lobsters_post_details_d9ucpe.json", "lobsters/compose-lobsters_post_details_tdfoqh.json",
                     "discourse/criticalfallibilism_t2144_posts.json", "discourse/discourse_api_fixture_topic.json"])
        for (name, bytes) in files {
            let thread = try StructuredFixtures.parse(bytes)
            XCTAssertTrue(thread.comments.contains(where: \.isBodyDeferred), "\(name): bodies left to read")
            // Every string the file holds under a key that carries a comment's HTML, read at once.
            let tape = try JSONTape(try SourceText(bytes: bytes).bytes, sequence: true)
            var fields = (0..<tape.nodes.count).map { ParsedJSON(tape: tape, index: $0) }.filter(\.isObject)
                .flatMap { object in ["text", "content", "comment", "cooked"].compactMap { object.string($0) } }
                .map { HTML.body($0) }
            var read = 0
            for comment in thread.comments where comment.status == .normal && !comment.body.blocks.isEmpty {
                let index = try XCTUnwrap(fields.firstIndex(of: comment.body), "\(name): \(comment.body.blocks.first?.text ?? "")")
                fields.remove(at: index)
                read += 1
            }
            XCTAssertGreaterThanOrEqual(read, 2, name)
        }
    }
}
