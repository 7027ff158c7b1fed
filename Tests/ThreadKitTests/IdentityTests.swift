import XCTest
@testable import ThreadKit

/// The keys read marks are kept under must survive a re-save and tell comments apart.
final class IdentityTests: XCTestCase {
    private func thread(_ comments: [(String?, String)]) -> ThreadKit.Thread {
        ThreadKit.Thread(format: "plain-text", title: "T", comments: comments.map { Comment(author: $0.0, blocks: [.paragraph($0.1)]) })
    }

    func testACommentKeepsItsKeyWhenRewrappedOrReEscapedButNotWhenItsWordsOrAuthorChange() {
        let keys = thread([("Ann", "Fine words, these."), ("Bob", "Fine words, these."), ("Ann", "Other words.")]).commentKeys
        let resaved = thread([("Ann", "fine   words these"), ("Bob", "Fine words, these!"), ("Ann", "Other words, edited.")]).commentKeys
        XCTAssertEqual(resaved[0], keys[0])
        XCTAssertEqual(resaved[1], keys[1])
        XCTAssertNotEqual(keys[0], keys[1], "another author")
        XCTAssertNotEqual(resaved[2], keys[2], "other words")
    }

    func testEqualCommentsAreToldApartByOccurrence() {
        let keys = thread([("Ann", "+1"), (nil, "Same."), ("Ann", "+1"), (nil, "Same."), ("Ann", "+1")]).commentKeys
        XCTAssertEqual(Set(keys).count, keys.count)
        XCTAssertEqual(thread([("Ann", "+1"), ("Ann", "+1")]).commentKeys, [keys[0], keys[2]], "the same occurrences, whatever stands between")
    }

    /// Stores before schema 4 wrote keys as text; each must turn into the number the same comment has now.
    func testAKeyStoredAsTextTurnsIntoTheSameNumber() {
        let saved = thread([("Ann", "Fine words."), ("Ann", "Fine words."), (nil, "Anonymous."), ("Zoë | Ü", "Ünïcödé")])
        let keys = saved.commentKeys
        XCTAssertEqual(ThreadKit.Thread.commentKey(stored: ThreadKit.Thread.contentKey(saved.comments[0])), keys[0])
        XCTAssertEqual(ThreadKit.Thread.commentKey(stored: ThreadKit.Thread.contentKey(saved.comments[1]) + "#1"), keys[1])
        XCTAssertEqual(ThreadKit.Thread.commentKey(stored: ThreadKit.Thread.contentKey(saved.comments[2])), keys[2])
        XCTAssertEqual(ThreadKit.Thread.commentKey(stored: ThreadKit.Thread.contentKey(saved.comments[3])), keys[3])
        var identified = saved
        identified.comments[0].sourceID = "t1_abc"
        XCTAssertEqual(ThreadKit.Thread.commentKey(stored: "id:t1_abc"), identified.commentKeys[0])
        XCTAssertNil(ThreadKit.Thread.commentKey(stored: "no bar here"))
    }
}
