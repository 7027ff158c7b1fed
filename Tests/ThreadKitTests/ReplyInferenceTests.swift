import XCTest
@testable import ThreadKit

/// One case per reply pass, plus what must stay top level and how deep chains may go.
final class ReplyInferenceTests: XCTestCase {
    private func infer(_ comments: [(String?, String)], articleAuthor: String? = nil) -> [Int?] {
        var built = comments.map { Comment(author: $0.0, blocks: [.paragraph($0.1)]) }
        QuoteMarking.mark(&built)
        ReplyInference(articleAuthor: articleAuthor, articleText: []).infer(&built)
        XCTAssert(built.allSatisfy { $0.parent == nil || $0.parentInferred })
        return built.map(\.parent)
    }

    func testAddressingACommenterByPartOfTheirName() {
        XCTAssertEqual(infer([("Hasbara Hunter", "You are all cowards."), (nil, "Something else entirely, about the harbour fees."),
                              (nil, "Don't scare him Hunter, you will make him cry.")]), [nil, nil, 0])
    }

    func testMentionInRunningProseIsNotAddress() {
        XCTAssertEqual(infer([("Marta Lind", "Use rice flour on the towel."), ("Kim Ode", "A new topic about the weather here."),
                              ("Hannah Price", "Rice flour like Marta says works for me.")]), [nil, nil, nil])
    }

    func testBackAndForthBetweenTwoPeople() {
        XCTAssertEqual(infer([("Ann Lee", "Five years of updates is not enough."),
                              ("Tom Wood", "I kept mine for six, Ann."),
                              ("Ann Lee", "Fair enough, but you are not the target buyer."),
                              ("Tom Wood", "Why not? I take photos too."),
                              ("Ann Lee", "ok ok, we agree to disagree.")]), [nil, 0, 1, 2, 3])
    }

    func testAnswersToQuestionsButNotEssays() {
        let essay = Comment(author: "Will Conn", blocks: (0..<5).map { .paragraph("Paragraph \($0) of an essay.") })
        var comments = [Comment(author: "Ali Saad", blocks: [.paragraph("Does it make anyone safer?")]),
                        Comment(author: nil, blocks: [.paragraph("Iran has militias there, we have no choice.")]),
                        Comment(author: "Bo Ek", blocks: [.paragraph("Is it a good deal?")]), essay]
        ReplyInference(articleAuthor: nil, articleText: []).infer(&comments)
        XCTAssertEqual(comments.map(\.parent), [nil, 0, nil, nil])
    }

    func testReactionsAndVeryShortRepliesAnswerTheCommentAbove() {
        XCTAssertEqual(infer([(nil, "putin going to israel – shame on him!"), ("Jens Holm", "I see no shame."),
                              ("Ann Lee", "A long new topic about the economy and the harbour."),
                              ("Long time reader", "Well said")]), [nil, 0, nil, 2])
    }

    func testSameAuthorReactingTwiceAnswersTheSameComment() {
        XCTAssertEqual(infer([(nil, "Its not as clear-cut as that, many returned."),
                              ("Assad (gr8)", "so why did he help the syrians?"),
                              ("Assad (gr8)", "ur whacked out dude")]), [nil, 0, 0])
    }

    func testEchoOfADistinctivePairOfWordsButNotOfTheArticle() {
        var comments = [Comment(author: "Sam Jack", blocks: [.paragraph("Let me guess, still no headphone jack")]),
                        Comment(author: "Mark Ode", blocks: [.paragraph("Nobody has a headphone jack at this price.")]),
                        Comment(author: "Ann Lee", blocks: [.paragraph("The battery life disappoints me.")]),
                        Comment(author: "Bo Ek", blocks: [.paragraph("Our battery life test says otherwise.")])]
        ReplyInference(articleAuthor: nil, articleText: ["We measured battery life for a week."]).infer(&comments)
        XCTAssertEqual(comments.map(\.parent), [nil, 0, nil, nil])
    }

    func testTheArticlesAuthorAnswersTheCommentAbove() {
        XCTAssertEqual(infer([("Ret Eng", "A few observations the review missed."),
                              ("Priya Nat", "That's a useful list, I'll add a line.")], articleAuthor: "Priya Nat"),
                       [nil, 0])
    }

    func testNewTopicsStayTopLevel() {
        XCTAssertEqual(infer([("Ann Lee", "The MH17 incident is interesting and disconcerting."),
                              (nil, "It's always good to discuss things with Russia about Syria, I support it."),
                              ("Raptar Driver", "Putin is clearly in bed with them all.")]), [nil, nil, nil])
    }

    func testLongExchangesStayAtASaneDepth() {
        let exchange = (0..<40).map { i in (i.isMultiple(of: 2) ? "Ann Lee" : "Tom Wood", "Point number \(i), and yet another.") }
        var comments = exchange.map { Comment(author: $0.0, blocks: [.paragraph($0.1)]) }
        comments[1].blocks = [.paragraph("No, Ann.")]
        ReplyInference(articleAuthor: nil, articleText: []).infer(&comments)
        let tree = ThreadTree(comments: comments)
        XCTAssertGreaterThan(tree.depth.max() ?? 0, 5, "the exchange nests")
        XCTAssertLessThanOrEqual(Int(tree.depth.max() ?? 0), PlainTextRules.standard.maxReplyDepth)
    }
}
