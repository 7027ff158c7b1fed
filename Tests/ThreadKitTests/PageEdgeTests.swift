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

    func testATablesCellsAFieldAndAnAsideAreNoNames() {
        let names = AuthorLine(recurrences: ["Top                    Profile": 9], knownNames: [])
        XCTAssertNil(names.score("Top                    Profile"), "buttons in a table's cells, however often")
        XCTAssertNil(names.score("Author                                  Message"))
        XCTAssertNil(names.score("Post subject: Re: Cherry Shrimp Dying"))
        XCTAssertNil(names.score("Common Mistake #0: Programming in Python"), "a title and its subtitle")
        XCTAssertNil(names.score("(Ducks.)"), "an aside")
        XCTAssertNotNil(names.score("Ann Lee"))
    }

    func testAHeadingOfTheCommentsOpensThemRatherThanTheSharingButtonsAbove() throws {
        let thread = try parsePage("""
        Title

        The article paragraph is long enough to be an article paragraph and it ends with a full stop here.

        Share this story
        Facebook
        X

        Get the Morning Letter

        Our business news before your first cup of tea, every weekday at six in the morning.

        More from Markets

        Dairy farmers turn to biogas as feed prices bite

        Reader comments (2)

        Ann Lee

        The first comment body says something about the article and ends with a stop.

        Bob Stone

        The second comment body answers nobody in particular and ends with a stop.

        © 2025 Letter Media Group. All rights reserved.
        About us
        """)
        XCTAssertEqual(thread.comments.map(\.author), ["Ann Lee", "Bob Stone"])
        XCTAssert(thread.chrome.contains("About us"), "\(thread.chrome)")
    }

    func testThanksForThePostClosesTheCommentersOwnComment() throws {
        let thread = try parsePage("""
        Title

        The article paragraph is long enough to be an article paragraph and it ends with a full stop here.

        12 Comments

        Gord from Keewatin

        Done! It held, and I only screamed a little when the scissors went in.

        Thank you for this post, I would have left it another three months otherwise.

        Eng. Kiprotich Langat

        You are right about the cold chain, and the problem is power, not equipment.
        """)
        XCTAssertEqual(thread.comments.map(\.author), ["Gord from Keewatin", "Eng. Kiprotich Langat"])
        XCTAssertEqual(thread.comments.first?.blocks.count, 2)
    }

    func testAParagraphSetInQuotationMarksQuotesTheCommentItRepeats() throws {
        let thread = try parsePage("""
        Title

        The article paragraph is long enough to be an article paragraph and it ends with a full stop here.

        12 Comments

        Ann Lee

        As a physiologist who worked with this team, I can tell you the knees are fine.

        Bob Stone

        Something else entirely, about the weather on the day of the match.

        Carla Diaz

        Another thing again, about the price of tickets this season.

        Dan Moss

        “As a physiologist who worked with this team, I can tell you the knees are fine.”

        Did you, though?
        """)
        XCTAssertEqual(thread.comments.last?.parent, 0)
        XCTAssertEqual(thread.comments.last?.blocks.first?.quotedComment, 0)
    }

    func testAQuotedPieceOfASentenceOrAQuoteLineFindsTheCommentItComesFrom() throws {
        let thread = try parsePage("""
        Title

        The article paragraph is long enough to be an article paragraph and it ends with a full stop here.

        12 Comments

        Ann Lee

        As a physiologist who worked with this team for years, I would push back on the knee story.

        Bob Stone

        Something else entirely, about the weather on the day of the match.

        Carla Diaz

        “As a physiologist who worked with this team for years” — with respect, watch the last three games first.

        Dan Moss

        > Something else entirely, about the weather

        It rained on the whole north stand, yes.
        """)
        XCTAssertEqual(thread.comments[2].blocks.first?.kind, .paragraph)
        XCTAssertEqual(thread.comments[2].blocks.first?.quotedComment, 0)
        XCTAssertEqual(thread.comments[2].parent, 0)
        XCTAssertEqual(thread.comments[3].blocks.first?.kind, .quote)
        XCTAssertEqual(thread.comments[3].parent, 1)
    }

    func testASignedNameBeforeTheFooterAndADateWithNoNameAfterIt() throws {
        let thread = try parsePage("""
        Title

        The article paragraph is long enough to be an article paragraph and it ends with a full stop here.

        3 Responses to “Title”

        Terry from Plot 7

        March 2, 2025 at 6:14 pm

        Welcome back to the dark side! I have dug my plot every autumn for forty years.

        Terry

        Reply

        March 3, 2025 at 8:20 am

        I am a new plot holder and this post has completely confused me about what to do next.

        Reply

        Jean Barraclough

        March 4, 2025 at 9:02 am

        Oh welcome! Honestly, for couch grass I would dig it out properly first.

        Reply

        Join the discussion…

        Comments are moderated. Please keep it civil.

        About Us
        Contact
        Privacy Policy
        Terms of Use
        """)
        XCTAssertEqual(thread.comments.map(\.author), ["Terry from Plot 7", nil, "Jean Barraclough"])
        XCTAssertEqual(thread.comments.first?.blocks.last?.text, "Terry")
        XCTAssert(["Join the discussion…", "Comments are moderated. Please keep it civil.", "Terms of Use"].allSatisfy(thread.chrome.contains),
                  "\(thread.chrome)")
    }

    func testThanksToEveryoneIsNoReactionToTheCommentAbove() throws {
        let thread = try parsePage("""
        Title

        The article paragraph is long enough to be an article paragraph and it ends with a full stop here.

        12 Comments

        Ann Lee

        The first comment body says something about the article and ends with a stop.

        Bob Stone

        Thank you all, this has been the best discussion of the week on this blog.
        """)
        XCTAssertNil(thread.comments.last?.parent)
    }
}
