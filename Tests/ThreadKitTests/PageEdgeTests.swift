import XCTest
@testable import ThreadKit

/// The edges of a saved page around its comments: the site's navigation above the headline, a count
/// header over a long title, badges under names, and a reply form and footer after the last comment.
final class PageEdgeTests: XCTestCase {
    func testNavigationAboveTheHeadlineIsChromeWhenABylineMarksTheHeadline() throws {
        let thread = try parsePage("""
        The Harbour Gazette

        Home
        News
        Sport
        Weather

        NEWS

        Night ferry to the islands will stop running in June

        12 May 2025

        By Ann Writer

        The night ferry that has run for forty years will stop in June, the operator said on Monday afternoon.
        """)
        XCTAssertEqual(thread.title, "Night ferry to the islands will stop running in June")
        XCTAssertEqual(thread.article.byline, "By Ann Writer")
        XCTAssertEqual(thread.article.blocks.map(\.text), ["The night ferry that has run for forty years will stop in June, the operator said on Monday afternoon."])
        XCTAssert(["Home", "Weather", "NEWS", "12 May 2025"].allSatisfy(thread.chrome.contains), "\(thread.chrome)")
    }

    func testACountOverTheTitleOpensTheSectionHoweverLongTheTitle() {
        XCTAssertEqual(ChromeLine.classify("27 thoughts on “Pot roast”"), .sectionStart)
        XCTAssertEqual(ChromeLine.classify("One Response to \"Steeking\""), .sectionStart)
        XCTAssert(ChromeLine.isCountHeader("3 thoughts on “" + String(repeating: "a very long title ", count: 8) + "”"))
        XCTAssertFalse(ChromeLine.isCountHeader("3 reasons to visit the islands in June"))
        XCTAssertFalse(ChromeLine.isCountHeader("12 people on the ferry were late"))
    }

    func testABadgeUnderEveryNameIsNotTheAuthorAndTheNameIsNotAFooter() throws {
        let thread = try parsePage("""
        Title

        The article paragraph is long enough to be an article paragraph and it ends with a full stop here.

        12 Comments

        Dr. Ann Lee
        Expert
        2 days ago

        The first comment body says something about the article and ends with a stop.

        Bob Stone
        2 days ago

        The second comment body answers nobody in particular and ends with a stop.

        Dr. Ann Lee
        Expert
        1 day ago

        The third comment body is from the doctor again, with her badge above it.

        Carla Diaz
        1 day ago

        The fourth comment body is from someone else who also has something to say.

        Dr. Ann Lee
        Expert
        5 hours ago

        The fifth comment body is the doctor's last word on the matter, ending here.
        """)
        XCTAssertEqual(thread.comments.map(\.author), ["Dr. Ann Lee", "Bob Stone", "Dr. Ann Lee", "Carla Diaz", "Dr. Ann Lee"])
        XCTAssertEqual(thread.chrome.filter { $0 == "Expert" }.count, 3)
    }

    func testAReplyFormAfterTheCommentsEndsThem() throws {
        let thread = try parsePage("""
        Title

        The article paragraph is long enough to be an article paragraph and it ends with a full stop here.

        3 Comments

        Ann Lee

        The first comment body says something about the article and ends with a stop.

        Bob Stone

        The second comment body answers nobody in particular and ends with a stop.

        Ann Lee

        Thanks Bob, the third comment body is from Ann again and ends with a stop.

        Leave a Reply

        Comment *

        Name *

        Website

        Save my name, email, and website in this browser for the next time I comment.

        Post Comment

        Privacy Policy
        """)
        XCTAssertEqual(thread.comments.map(\.author), ["Ann Lee", "Bob Stone", "Ann Lee"])
        XCTAssert(thread.chrome.contains("Post Comment") && thread.chrome.contains("Website"), "\(thread.chrome)")
    }

    func testAShoutedSloganIsABodyAndALowerCaseInitialEndsAName() {
        let names = AuthorLine(recurrences: ["jonah w.": 3], knownNames: [])
        XCTAssertLessThan(names.score("GO WOLVES GO") ?? 0, PlainTextRules.standard.nameScore)
        XCTAssertGreaterThanOrEqual(names.score("jonah w.") ?? 0, PlainTextRules.standard.nameScore)
        XCTAssertGreaterThanOrEqual(names.score("Ann Lee") ?? 0, PlainTextRules.standard.nameScore)
    }
}
