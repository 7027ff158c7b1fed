import XCTest
@testable import ThreadKit

/// One fixture per named pass of the plain-text parser, each on its hard case.
final class PlainTextPassTests: XCTestCase {
    // MARK: header

    func testHeaderReadsTitleBylineAndCaptionInEitherOrder() throws {
        let thread = try parsePage("""
        A Title

        By Ann Writer

        Photo: a boat at dawn.

        First paragraph of the story, long enough to be prose and to set the length of article paragraphs here.
        """)
        XCTAssertEqual(thread.title, "A Title")
        XCTAssertEqual(thread.article.byline, "By Ann Writer")
        XCTAssertEqual(thread.article.caption, "Photo: a boat at dawn.")
        XCTAssertEqual(thread.article.blocks.count, 1)
    }

    func testCaptionWithPhotoCreditInParentheses() throws {
        XCTAssert(ArticleHeader.isCaption("Two leaders meet in Sochi. (photo credit:SPUTNIK/REUTERS)"))
        XCTAssert(ArticleHeader.isByline("Published 3 March 2024"))
        XCTAssertFalse(ArticleHeader.isCaption("The photographer credits the light."))
    }

    // MARK: chrome

    func testChromeIsKeptOutOfArticleAndComments() throws {
        let thread = try parsePage("""
        Title

        The article paragraph is long enough to be an article paragraph and it ends with a full stop here.

        Share this:

        12 Comments

        Sort by Newest

        Ann Lee

        First comment body.

        Reply

        3 Likes

        Advertisement

        Bob Stone

        Second comment body.

        Load more comments
        """)
        XCTAssertEqual(thread.chrome, ["Share this:", "12 Comments", "Sort by Newest", "Reply", "3 Likes", "Advertisement", "Load more comments"])
        XCTAssertEqual(thread.article.blocks.count, 1)
        XCTAssertEqual(thread.authors_, ["Ann Lee", "Bob Stone"])
        XCTAssertEqual(thread.comments.map(\.blocks.count), [1, 1])
    }

    func testChromeClassification() {
        XCTAssertEqual(ChromeLine.classify("37 Comments"), .sectionStart)
        XCTAssertEqual(ChromeLine.classify("Leave a Reply"), .sectionStart)
        XCTAssertEqual(ChromeLine.classify("Like"), .furniture)
        XCTAssertEqual(ChromeLine.classify("12 Likes"), .furniture)
        XCTAssertEqual(ChromeLine.classify("View 4 more replies"), .furniture)
        // A score below nothing, or above it, is a count all the same; a date's dashes are none.
        XCTAssertEqual(ChromeLine.classify("-1 points"), .furniture)
        XCTAssertEqual(ChromeLine.classify("+12 votes"), .furniture)
        XCTAssertEqual(ChromeLine.classify("2019-03-05 Reply"), .none)
        XCTAssertEqual(ChromeLine.classify("I like 3 comments here"), .none)
        XCTAssertEqual(ChromeLine.classify("Reply to the council"), .none)
    }

    // MARK: article boundary

    func testAnonymousCommentsStraightAfterTheArticle() throws {
        let thread = try parsePage("""
        Title

        The first article paragraph is long and measured, explaining the matter at length so that the median is long.

        The second article paragraph is equally long and measured, with a calm voice and a full stop at the end.

        Thanks for reading, and tell me in the comments what you think!

        wait so did they actually close the road or not??

        Yes, since Monday. My bus goes the long way round now, what a mess that is.

        Dana Scully

        Closed until June according to the council website.

        Dana Scully

        Sorry, July.
        """)
        XCTAssertEqual(thread.article.blocks.count, 3, "a sign-off inviting comments stays in the article")
        XCTAssertEqual(thread.authors_, [nil, nil, "Dana Scully", "Dana Scully"])
        XCTAssertEqual(thread.parentOf(1), 0, "answers the question above")
    }

    func testSubheadingsAreNotAuthors() throws {
        let thread = try parsePage("""
        Review

        Design and build

        The phone is a slab of glass and metal, handsome and slippery, and the case in the box is thin and grey.

        Camera

        The camera is the best part of the phone, with natural colour and fine detail in shadows and highlights.

        Verdict

        Buy it for the camera, and budget for a grippy case, because it will slide off every table you own.

        Ann Lee

        Nice review, but the price is steep.

        Bob Stone

        Agreed about the price.
        """)
        XCTAssertEqual(thread.article.blocks.map(\.kind), [.subheading, .paragraph, .subheading, .paragraph, .subheading, .paragraph])
        XCTAssertEqual(thread.authors_, ["Ann Lee", "Bob Stone"])
    }

    // MARK: author lines

    func testNamesOfEveryScriptAndStyleVersusShortBodies() {
        let lines = ["Free man", "mike_t", "José Álvarez", "王伟", "Assad must stay (gr8rambino)",
                     "Retired Engineer (33 years at", "Someone Who Still Uses A Headphone Jack", "Kevin D.",
                     "Exactly", "LOL", "Well said", "Perfect, merci Daniel", "typo. Thanks.", "Help", "Quarterly.",
                     "发展条约重要研究。", "真的吗！",
                     // A text browser's lines of a sentence with a parenthesis in it, or left open at the wrap.
                     "produces (initializes) a different kind of object than a list in this",
                     "Attribution-NonCommercial-ShareAlike license. (",
                     // A sentence wrapped inside its parenthesis; a preformatted line's rest, cut inside its brackets.
                     "has been modified ('[n for n in", "Alpine Ridge LP 2016] (rev 01)"]
        // Free man appears twice in this page, as recurring names do.
        let names = AuthorLine(lines: (lines + ["Free man"]).map { PageLine(text: $0, blanksBefore: 1) }, knownNames: [])
        let isName = lines.map { (names.score($0) ?? -1) >= PlainTextRules.standard.nameScore }
        XCTAssertEqual(isName, [true, true, true, true, true, true, true, true,
                                false, false, false, false, false, false, false, false, false, false, false, false, false])
    }

    /// A page of many lines is scored in pieces on every core: each line scores as it does alone.
    /// Large enough for the reply and quote passes' windows of comments and the per-line passes to run on every core:
    /// the same thread each time, and each copy of the seed's last comment cut alike (ThreadSanitizer runs it too).
    func testALargePageParsedOnEveryCoreComesOutTheSameEachTime() throws {
        let page = try String(contentsOf: Fixtures.seedThread, encoding: .utf8)
            + String(repeating: "\n\nJens Holm\n\nOne more comment, Jens Holm, about the ferry.\n\nAnna Berg\n\nJens, I quite agree.", count: 5_500)
        let first = try parsePage(page), second = try parsePage(page)
        XCTAssertGreaterThan(first.comments.count, 11_000, "enough comments for several windows, lines for several pieces")
        XCTAssertEqual(first.comments, second.comments)
        XCTAssertEqual(Set(first.comments.suffix(10_000).map(\.author)), ["Jens Holm", "Anna Berg"])
    }

    func testLinesScoredInPiecesScoreAsTheyDoAlone() throws {
        let page = Array(try String(contentsOf: Fixtures.seedThread, encoding: .utf8).utf8)
        var lines = PageLine.split(page + Array(repeating: Array("\n\nJens Holm\n\nOne more comment.".utf8), count: 15_000).joined())
        XCTAssertGreaterThan(lines.count, 30_000, "enough lines for more than one piece")
        let names = AuthorLine(lines: lines, knownNames: [])
        names.score(&lines)
        XCTAssertEqual(lines.filter(\.isShort).map(\.nameScore), lines.filter(\.isShort).map { names.score($0.text) })
    }

    func testNameFollowedByNameIsACommentWithoutBody() throws {
        let thread = try parsePage("""
        Title

        An article paragraph that is long enough to be an article paragraph, ending with a full stop as prose does.

        Jens Holm

        I see no shame in it at all.

        Jens Holm

        Free man

        Some of the people here seem to be confused about this.

        Free man

        typo. Thanks.
        """)
        XCTAssertEqual(thread.authors_, ["Jens Holm", "Jens Holm", "Free man", "Free man"])
        XCTAssertEqual(thread.comments.map(\.blocks.count), [1, 0, 1, 1])
    }

    // MARK: comments

    func testTwoBlankLinesStartAnAnonymousCommentAndMultiParagraphCommentsStayWhole() throws {
        let thread = try parsePage("""
        Title

        An article paragraph that is long enough to be an article paragraph, ending with a full stop as prose does.

        Ann Lee

        First paragraph of a long comment.

        1) one thing 2) another thing 3) a third

        Help

        Second thoughts at the end.


        An anonymous comment after two blank lines.

        Ann Lee

        Another comment.
        """)
        XCTAssertEqual(thread.authors_, ["Ann Lee", nil, "Ann Lee"])
        XCTAssertEqual(thread.comments.map(\.blocks.count), [4, 1, 1])
    }

    func testAQuotedQuestionIsAnsweredInTheSameCommentButAnOwnQuestionEndsIt() throws {
        let thread = try parsePage("""
        Title

        An article paragraph that is long enough to be an article paragraph, ending with a full stop as prose does.

        Ann Lee

        Does anyone know when the next train leaves?

        Bob Ray

        > Does anyone know when the next train leaves?

        At nine, from platform two.

        Ann Lee

        Is it always that late?

        Usually earlier, but not on Sundays.

        Bob Ray

        Thanks for asking.
        """)
        XCTAssertEqual(thread.authors_, ["Ann Lee", "Bob Ray", "Ann Lee", nil, "Bob Ray"])
        XCTAssertEqual(thread.comments.map(\.blocks.count), [1, 2, 1, 1, 1])
    }

    func testAParagraphAddressingTheAuthorStartsSomeoneElsesComment() throws {
        let thread = try parsePage("""
        Title

        An article paragraph that is long enough to be an article paragraph, ending with a full stop as prose does.

        Алексей

        Price in Russia will be much more higher, maybe 110 000 rubles.

        A used camera won't post to Instagram from the top of a mountain though, Алексей.

        Алексей

        Many cameras have wifi now. But ok, point taken
        """)
        XCTAssertEqual(thread.authors_, ["Алексей", nil, "Алексей"])
        XCTAssertEqual(thread.parentOf(1), 0)
        XCTAssertEqual(thread.parentOf(2), 1, "back-and-forth")
    }

    // MARK: quotes

    func testRepeatedTextAndQuotationMarksAreQuotes() throws {
        let thread = try parsePage("""
        Title

        An article paragraph that is long enough to be an article paragraph, ending with a full stop as prose does.

        Frank Mann

        Some people are confused. Putin is the president of Russia, not the leader of Iran.

        Derek Johnson

        Putin is the president of Russia, not the leader of Iran.

        You may be shocked to learn it.

        Ann Lee

        “Prices will rise by ten per cent next year,” the report said.

        What report?
        """)
        XCTAssertEqual(thread.comments[1].quotePositions, [0])
        XCTAssertEqual(thread.comments[1].blocks[0].quotedComment, 0)
        XCTAssertEqual(thread.parentOf(1), 0, "quoting is replying")
        XCTAssertEqual(thread.comments[2].quotePositions, [])
        XCTAssert(QuoteMarking.isSetInQuotationMarks("…. “The sides discussed a range of issues.” ……"))
    }

    func testAQuotationGluedToTheAnswerIsCutFromIt() throws {
        // A forum's quote box without its frame: the quoted sentences and the answer in one paragraph.
        let thread = try parsePage("""
        Title

        An article paragraph that is long enough to be an article paragraph, ending with a full stop as prose does.

        Frank Mann

        The timetable was written for the summer crossings only. Nobody checked the winter tides at all.

        Derek Johnson

        The timetable was written for the summer crossings only. Nobody checked the winter tides at all. That is simply not true, the harbour office checked them twice.

        Ann Lee

        The timetable was written for the summer crossings only. Nobody checked the winter tides

        at all? Of course they did.
        """)
        XCTAssertEqual(thread.comments[1].blocks.map(\.text), ["The timetable was written for the summer crossings only. Nobody checked the winter tides at all.",
                                                              "That is simply not true, the harbour office checked them twice."])
        XCTAssertEqual(thread.comments[1].quotePositions, [0])
        XCTAssertEqual(thread.comments[1].blocks[0].quotedComment, 0)
        XCTAssertEqual(thread.parentOf(1), 0)
        // Going on with a piece of a sentence of the quoted comment (the page broke it), a quotation is not cut.
        XCTAssertEqual(thread.comments[2].blocks.first?.text, "The timetable was written for the summer crossings only. Nobody checked the winter tides")
    }
}
