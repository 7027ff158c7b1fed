import Foundation
import XCTest
@testable import ThreadKit

final class DiscourseLobstersTests: XCTestCase {
    private func json(_ bytes: [UInt8]) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
    }

    func testSharedDiscourseTopicsMatchTheSource() throws {
        for name in ["criticalfallibilism_t2144_posts.json", "discourse_api_fixture_topic.json"] {
            let bytes = try StructuredFixtures.shared("discourse/\(name)")
            let thread = try StructuredFixtures.parse(bytes)
            XCTAssertEqual(thread.format, "discourse-json")
            // Post 1 is the article; a reply to it, or to a post not in the file, is top level.
            let posts = (json(bytes)["post_stream"] as! [String: Any])["posts"] as! [[String: Any]]
            let replies = posts.filter { $0["post_number"] as! Int != 1 }
            let numbers = Set(replies.map { $0["post_number"] as! Int })
            func parent(_ post: [String: Any]) -> Int? { (post["reply_to_post_number"] as? Int).flatMap { numbers.contains($0) ? $0 : nil } }
            var source: [SourceComment] = []
            func visit(_ under: Int?, _ depth: Int) {
                for post in replies where parent(post) == under {
                    let number = post["post_number"] as! Int
                    source.append(SourceComment(id: "\(number)", author: post["username"] as? String, parentID: under.map { "\($0)" }, depth: depth))
                    visit(number, depth + 1)
                }
            }
            visit(nil, 0)
            XCTAssertEqual(thread.article.byline, posts.first { $0["post_number"] as! Int == 1 }?["username"] as? String)
            assertTree(thread, matches: source)
        }
    }

    func testSharedLobstersStoriesMatchTheSource() throws {
        for name in ["compose-lobsters_post_details_tdfoqh.json", "compose-lobsters_post_details_d9ucpe.json"] {
            let bytes = try StructuredFixtures.shared("lobsters/\(name)")
            let thread = try StructuredFixtures.parse(bytes)
            XCTAssertEqual(thread.format, "lobsters-json")
            // Comments come in thread order; depth is `depth`, or `indent_level` - 1 in older files.
            var source: [SourceComment] = []
            var chain: [String] = []
            for comment in json(bytes)["comments"] as! [[String: Any]] {
                let id = comment["short_id"] as! String
                let depth = (comment["depth"] as? Int) ?? (comment["indent_level"] as! Int) - 1
                chain = Array(chain.prefix(depth))
                let parent = comment.keys.contains("parent_comment") ? comment["parent_comment"] as? String : chain.last
                if comment.keys.contains("parent_comment") { XCTAssertEqual(parent, chain.last, "parent of \(id)") }
                let user = comment["commenting_user"]
                let author = (user as? String) ?? (user as? [String: Any])?["username"] as? String
                source.append(SourceComment(id: id, author: author, parentID: parent, depth: depth))
                chain.append(id)
            }
            assertTree(thread, matches: source)
        }
    }

    func testDiscourseDeletedPostsMissingParentsAndLikes() throws {
        let thread = try StructuredFixtures.parse(try StructuredFixtures.own("discourse-edges.json"))
        XCTAssertEqual(thread.title, "Edges & ends")
        XCTAssertEqual(thread.article.blocks, [.paragraph("Opening post")])
        XCTAssertEqual(thread.comments.map(\.author), ["ann", "ben", "dan", "cat"])
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 1, nil])
        XCTAssertEqual(thread.comments[1].status, .deleted)
        XCTAssertEqual(thread.comments[0].score, 4)
        XCTAssertEqual(thread.comments[2].blocks, [.paragraph("ann:"), .quote("Reply to the opening"), .paragraph("Answer to ben")])
    }

    func testLobstersIndentLevelsDeletedAndModerated() throws {
        let thread = try StructuredFixtures.parse(try StructuredFixtures.own("lobsters-edges.json"))
        XCTAssertEqual(thread.title, "Old style & indents")
        XCTAssertEqual(thread.article.byline, "poster")
        XCTAssertNil(thread.article.caption)
        XCTAssertEqual(thread.comments.map(\.author), ["ann", "ben", "cat", "dan", "eve"])
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 1, 0, nil])
        XCTAssertEqual(thread.comments.map(\.status), [.normal, .deleted, .normal, .removed, .normal])
        XCTAssertEqual(thread.comments[0].date, Timestamps.iso8601("2021-04-03T22:43:55Z"))
    }
}
