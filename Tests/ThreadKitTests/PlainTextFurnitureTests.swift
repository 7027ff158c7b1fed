import XCTest
@testable import ThreadKit

/// The lines around a name that are no comment: reply markers, letter avatars, badges, a section's controls,
/// and what ends the comments. Each on a small page of its own.
final class PlainTextFurnitureTests: XCTestCase {
    private let article = """
    Water Cut for a Week

    The pump that feeds the east side of town failed on Monday and the council says a new motor is on its way from the coast.


    """

    func testAReplyMarkerShowsTheParentAndIsNoAuthor() throws {
        let thread = try parsePage(article + """
        12 Comments

        Sipho Ndlovu
        2025/03/12 07:41

        Day eleven without a drop here. We carry buckets from the tanker every morning.

        👍 58 | 👎 0 | Reply

        Annelie van der Merwe
        ↳ In reply to Sipho Ndlovu
        2025/03/12 08:03

        Same on our side of town. The tanker came once on Sunday.

        👍 21 | 👎 0 | Reply

        Koos Venter
        2025/03/12 09:12

        That pump is from 1983 and there is a spare motor in a crate at the depot.

        👍 71 | 👎 0 | Reply

        Lwazi M
        ↳ In reply to Koos Venter
        2025/03/12 09:30

        If the spare is sitting there, why has nobody fitted it?

        👍 9 | 👎 0 | Reply
        """)
        XCTAssertEqual(thread.authors_, ["Sipho Ndlovu", "Annelie van der Merwe", "Koos Venter", "Lwazi M"])
        XCTAssertEqual(thread.firstParagraphs[1], "Same on our side of town. The tanker came once on Sunday.")
        XCTAssertEqual(thread.parentOf(1), 0)
        XCTAssertFalse(thread.comments[1].parentInferred, "the page shows the link")
        XCTAssertEqual(thread.parentOf(3), 2)
        XCTAssert(thread.chrome.contains("↳ In reply to Koos Venter"))
    }

    func testAFooterWhoseCountInBracketsIsLeftOutIsNoAuthor() throws {
        let thread = try parsePage(article + """
        5 Comments

        Sipho Ndlovu
        12 Mar 2025, 7:41am
        Day eleven without a drop here. We carry buckets from the tanker every morning.
        Like (58) · Reply · Report

        Annelie van der Merwe
        12 Mar 2025, 8:03am
        Same on our side of town. The tanker came once on Sunday.
        Like (21) · Reply · Report

        Koos Venter
        12 Mar 2025, 9:12am
        That pump is from 1983 and there is a spare motor in a crate at the depot.
        Like (71) · Reply · Report

        Lwazi M
        12 Mar 2025, 9:30am
        Typical.
        Like · Reply · Report

        Thandi Mokoena
        12 Mar 2025, 9:45am
        If the spare is sitting there, why has nobody fitted it?
        Like (9) · Reply · Report
        """)
        XCTAssertEqual(thread.authors_, ["Sipho Ndlovu", "Annelie van der Merwe", "Koos Venter", "Lwazi M", "Thandi Mokoena"])
        XCTAssertEqual(thread.firstParagraphs[3], "Typical.")
    }

    func testLetterAvatarsAndBadgesAreNoNames() throws {
        let thread = try parsePage(article + """
        214 Comments

        T
        Truth_Seeker_77
        3 hours ago
        About time. Should have gone after the Boxing Day game.
        ▲ 88 ▼ Reply

        M
        Mrs Baxter
        Season Ticket Holder
        2 hours ago
        Language like that is why I stopped bringing my grandson.
        ▲ 31 ▼ Reply

        H
        HTFC_Kev
        2 hours ago
        No arguments there
        ▲ 12 ▼ Reply

        M
        Mrs Baxter
        Season Ticket Holder
        1 hour ago
        We are better than this, all of us.
        ▲ 20 ▼ Reply

        T
        Truth_Seeker_77
        40 minutes ago
        Fair enough, Mrs Baxter.
        ▲ 5 ▼ Reply
        """)
        XCTAssertEqual(thread.authors_, ["Truth_Seeker_77", "Mrs Baxter", "HTFC_Kev", "Mrs Baxter", "Truth_Seeker_77"])
        XCTAssertEqual(thread.firstParagraphs[1], "Language like that is why I stopped bringing my grandson.")
        XCTAssertEqual(thread.chrome.filter { $0 == "Season Ticket Holder" }.count, 2)
    }

    /// A widget copied from Chrome draws each poster's initials over the name ("GM" / "Gord McInnis"), as Viafoura does.
    func testInitialsOverANameAreAnAvatar() throws {
        let thread = try parsePage(article + """
        57 Comments
        Sort by Best
        GM
        Gord McInnis
        1d

        Forty licences for a town that gets sixty thousand visitors a summer is far too few.

        Reply
        48
        Share
        DP
        Dana Poirier
        1d
        Replying to Gord McInnis

        With respect, your garage apartment is not the problem and nobody thinks it is.

        Reply
        31
        Share
        LT
        Lise Thibodeau
        2d

        I spent five months in a motel because every listing in town was a holiday let.

        Reply
        62
        Share
        GM
        Gord McInnis
        20h
        Replying to Lise Thibodeau

        Then the bylaw should be written for the companies, not for the likes of us.

        Reply
        3
        Share
        """)
        XCTAssertEqual(thread.authors_, ["Gord McInnis", "Dana Poirier", "Lise Thibodeau", "Gord McInnis"])
        XCTAssert(thread.chrome.contains("DP") && thread.chrome.contains("LT"), "the initials are set aside")
    }

    func testControlsGluedUnderTheHeadingAreNoComments() throws {
        let thread = try parsePage(article + """
        Comments (3)
        Sort by
        Oldest
        Display threads
        Expanded

        Hope
        Yesterday 21:31

        The five-day week is the one that drives people out of teaching.

        Reply | Share | Report

        Realist
        Yesterday 22:05

        Who looks after an eleven-year-old on a Friday when both parents work?

        Reply | Share | Report

        Hope
        Yesterday 22:40

        Realist, the clubs are meant to answer exactly that.

        Reply | Share | Report
        """)
        XCTAssertEqual(thread.authors_, ["Hope", "Realist", "Hope"])
        XCTAssert(thread.chrome.contains("Expanded"))
    }
    func testAUserTitleUnderTheNameIsTheHeaders() throws {
        let thread = try parsePage(article + """
        12 Comments

        Crossbar
        Mar 1, 2025, 3:06 PM

        Thirteen minutes before the deadline. Of course it was.

        puckhead_807
        Season ticket holder
        Mar 1, 2025, 3:11 PM

        Gutted. Had my kid's jersey signed in January.

        Marc Belanger
        Mar 1, 2025, 3:40 PM

        It was the right move for the club, whatever it feels like today.

        Crossbar
        Mar 1, 2025, 4:02 PM

        Right move, wrong week.
        """)
        assertHeaderLine("Season ticket holder", setAsideIn: thread, authors: ["Crossbar", "puckhead_807", "Marc Belanger", "Crossbar"],
                         secondBody: "Gutted. Had my kid's jersey signed in January.")
    }

    /// `line` under the second comment's name is its header's: in the chrome, not its author or its body.
    private func assertHeaderLine(_ line: String, setAsideIn thread: ThreadKit.Thread, authors: [String], secondBody: String,
                                  file: StaticString = #filePath, lineNumber: UInt = #line) {
        XCTAssertEqual(thread.authors_, authors, file: file, line: lineNumber)
        XCTAssertEqual(thread.firstParagraphs[1], secondBody, file: file, line: lineNumber)
        XCTAssert(thread.chrome.contains(line), file: file, line: lineNumber)
    }

    func testAProfileLineUnderANameAfterAFooterIsTheHeaders() throws {
        let thread = try parsePage(article + """
        12 Comments

        Aisling Brennan
        This is the most reasonable thing I've read on this whole debate.
        Like · Reply · 21 · 2d
        Bríd Ní Fhlatharta
        Works at Ballyfinn National School
        My father sold a field to the county in 1996 and waited nine years to be paid.
        Like · Reply · 63 · 2d
        Ger Casey
        Where's the parking going to be at the east end?
        Like · Reply · 7 · 2d
        Liam Dunne
        Nobody ever answers that one, Ger.
        Like · Reply · 1d
        """)
        assertHeaderLine("Works at Ballyfinn National School", setAsideIn: thread,
                         authors: ["Aisling Brennan", "Bríd Ní Fhlatharta", "Ger Casey", "Liam Dunne"],
                         secondBody: "My father sold a field to the county in 1996 and waited nine years to be paid.")
    }

    func testALowerCaseNameAfterAFooterIsAName() throws {
        let thread = try parsePage(article + """
        9 Comments

        Siobhán Kelly

        The vote was closer than anyone expected.

        Reply

        Report

        Ciarán Moloney

        And the hall was packed for once.

        Reply

        Report

        dónal ó c

        61 to 48. Nearly half the room voted against it.

        Reply

        Report

        Siobhán Kelly

        That counts for something, Dónal.

        Reply

        Report

        Ciarán Moloney

        It does. The joint group is picked next month.

        Reply

        Report
        """)
        XCTAssertEqual(thread.authors_, ["Siobhán Kelly", "Ciarán Moloney", "dónal ó c", "Siobhán Kelly", "Ciarán Moloney"])
    }

    /// A badge stands between a name and its header's date: a line between the footer before and a date is the next
    /// comment's name, whatever its words ("not from round here"), not a badge of the footer's.
    func testANameWithNoNamesShapeBetweenAFooterAndADateIsNoBadge() throws {
        var page = article + "31 Comments\n\n"
        let posts = [("Bill Payer", "Separate pot, same taxpayers."),
                     ("Dot Wilcox", "Agreed, and the opening hours were cut last year as well."),
                     ("not from round here", "genuine question, does this affect the passport photo booth and the printing?"),
                     ("Rosalind Achterberg", "The photo booth stays where it is, and so does the printer."),
                     ("Dot Wilcox", "Good to hear it, thank you for answering."),
                     ("kev", "shut the lot and sell the building lol")]
        for (name, text) in posts { page += "\(name)\n2 days ago\n\(text)\nRespect\nReply\nShare\nReport\n" }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.0))
        XCTAssertEqual(thread.firstParagraphs, posts.map(\.1))
    }

    func testTheOneLineUnderANameWithNoBodyIsItsBody() throws {
        let thread = try parsePage(article + """
        8 Comments

        Terry Doyle
        3 hours ago
        The problem isn't the manager, it's the owner.
        ▲ 102 ▼ Reply

        Guest
        2 hours ago
        Spot on Terry
        ▲ 17 ▼ Reply

        oldschoolterrace
        2 hours ago
        Same story with a different face in the dugout.
        ▲ 9 ▼ Reply
        """)
        XCTAssertEqual(thread.authors_, ["Terry Doyle", "Guest", "oldschoolterrace"])
        XCTAssertEqual(thread.firstParagraphs[1], "Spot on Terry")
    }

    func testASignOffWithTheAuthorsOwnNameStaysWithTheComment() throws {
        let thread = try parsePage(article + """
        4 Comments

        Llinos ap Dafydd
        12h ago

        Results were flat, Marek, no better and no worse.

        Hwyl, Llinos

        Reply | Share | Report

        Marek Nowak
        11h ago

        Thanks, that is useful to know.

        Reply | Share | Report

        Owain Pritchard
        10h ago

        Same in our school.

        Reply | Share | Report
        """)
        XCTAssertEqual(thread.authors_, ["Llinos ap Dafydd", "Marek Nowak", "Owain Pritchard"])
        XCTAssertEqual(thread.comments[0].blocks.last?.text, "Hwyl, Llinos")
    }

    func testAnAdvertisingBlockAndTheListsBelowAreNoComments() throws {
        let thread = try parsePage(article + """
        6 Comments

        wombat_whisperer
        4h

        The park has been there since the sixties.

        Reply
        7
        Share

        Promoted Stories
        Ad
        The Retirement Mistake Most People Make Before 65
        SuperSmart Advisers
        Learn More

        SeaChange2019
        45m

        Sixty years and now a resort. Typical.

        Reply
        3
        Share

        Jo Marsh
        20m

        I was there every summer as a kid.

        Reply
        1
        Share

        Load 10 more comments

        Most viewed
        Heavy snow warning for the ranges
        Teacher vacancies at highest level for a decade
        """)
        XCTAssertEqual(thread.authors_, ["wombat_whisperer", "SeaChange2019", "Jo Marsh"])
        XCTAssert(thread.chrome.contains("Promoted Stories"))
        XCTAssert(thread.chrome.contains("Learn More"))
    }

    func testAListOfVideosBesideTheCommentsIsNoComments() throws {
        let thread = try parsePage(article + """
        86 Comments
        @reedbed_rita
        2 weeks ago
        The motor came by ferry in the end.
        4
        Reply
        @DeckhandDai
        1 week ago
        Three days without a shower here. The bowser came once.
        12
        Reply
        @millpond_mo
        6 days ago
        @DeckhandDai ours came twice but ran dry by noon.
        2
        Reply
        @harbour.jim
        5 days ago
        Still no water on our street.
        Reply
        All
        From Coast Works
        Related
        For you

        14:07
        Fitting a New Pump Motor
        Coast Works
        98K views
        2 years ago

        9:42
        Why Water Mains Burst in Winter
        Pipe Talk
        1.2M views
        4 years ago

        Show more
        """)
        XCTAssertEqual(thread.authors_, ["@reedbed_rita", "@DeckhandDai", "@millpond_mo", "@harbour.jim"])
        XCTAssertEqual(thread.comments.last?.blocks.map(\.text), ["Still no water on our street."])
        XCTAssert(thread.chrome.contains("Pipe Talk"))
    }

    func testACommentWidgetsLoginAndFiltersAreChrome() {
        for line in ["Log in with", "Disqus", "Google", "or sign up with Disqus ?", "Tweet Share", "All Comments", "Featured Comments",
                     "Community Guidelines", "Most Voted", "Inline Feedbacks", "View all comments", "Post Comment »", "Search"] {
            XCTAssertEqual(ChromeLine.classify(line), .furniture, line)
        }
    }

    /// A forum poster's status alone on its line, its picture's text beside it ("Offline Offline"), is no name.
    func testAPostersStatusAloneIsChrome() {
        for line in ["Offline Offline", "Online Online", "Online", "offline"] {
            XCTAssertEqual(ChromeLine.classify(line), .furniture, line)
        }
        XCTAssertEqual(ChromeLine.classify("Offline Ostrich"), .none)
    }

    /// A date and the reply button under a name ("2 December 2017 | Reply") is a comment's header: its figures are the date's,
    /// no count of replies.
    func testADateBesideTheReplyButtonIsNoCountOfReplies() {
        for line in ["2 December 2017 | Reply", "3 décembre 2017 | Reply", "Jan 5, 2024 · Reply"] {
            XCTAssertEqual(ChromeLine.classify(line), .none, line)
        }
        for line in ["12 Replies", "3 replies | Reply", "Comments (37)"] {
            XCTAssertNotEqual(ChromeLine.classify(line), .none, line)
        }
    }

    func testAButtonThatOpensMoreOfTheThreadIsChrome() throws {
        for line in ["Read More of this Conversation >", "See more of the discussion ›", "View more of this thread", "Load more replies",
                     "Show previous replies", "View earlier comments", "Load more reviews", "Show more answers", "View older posts"] {
            XCTAssertEqual(ChromeLine.classify(line), .furniture, line)
        }
        for line in ["Read more of this book, it is worth it", "Show more of your working", "Read more about the conversation",
                     "Read more than the headline"] {
            XCTAssertNotEqual(ChromeLine.classify(line), .furniture, line)
        }
        var page = article + "4 Comments\n\n"
        let posts = [("Pat Lindqvist", "I have taught fourth grade at Pinecrest for 22 years."),
                     ("AlderSpringsMom3", "Mrs. Lindqvist had both of my boys."),
                     ("just_a_taxpayer", "With respect, worth trying is not a plan."),
                     ("B.Hendricks", "So kids get 40 more minutes on each of 4 days.")]
        for (index, (name, text)) in posts.enumerated() {
            page += "\(name)\n4 hours ago\n\(text)\nReply\nShare\nReport\n" + (index == 2 ? "Read More of this Conversation >\n\n" : "\n")
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.0))
        XCTAssert(thread.chrome.contains("Read More of this Conversation >"))
    }

    func testANoticeWrappedOverTwoLinesIsOneNotice() throws {
        let wrapped = "Feed You can follow this conversation by subscribing to the comment feed"
        let thread = try parsePage("""
        Staking Tomatoes

        \(String(repeating: "A paragraph of the article that a text browser wrapped at its width, as it does. ", count: 3))

        Comments

        \(wrapped)
        for this post.

        I tried the sprawl method two summers ago and never went back.

        Posted by: Hank in Ohio | March 02, 2009 at 09:47 PM

        Cages! The heavy ones from the farm store, not the flimsy cones.

        Posted by: jim | March 03, 2009 at 02:51 PM

        Straw first, then the plants: that is the whole trick.

        Posted by: Lena Hart | March 03, 2009 at 05:33 PM
        """)
        XCTAssert(thread.chrome.contains("for this post."), "\(thread.chrome)")
    }

    func testAThreadsOwnCountOfViewsIsNoListEntry() {
        XCTAssert(ChromeLine.isListingCount("98K views"))
        XCTAssert(ChromeLine.isListingCount("1.2M views • 2 years ago"))
        XCTAssertFalse(ChromeLine.isListingCount("Views: 1,234"))
        XCTAssertFalse(ChromeLine.isListingCount("Many views here"))
    }

    func testCompactAgesAndCountsLeftOutShareOneFurnitureShape() {
        XCTAssertEqual(Furniture.shape("4h"), Furniture.shape("45m"))
        XCTAssertEqual(Furniture.shape("Like · Reply · 14 · 2d"), Furniture.shape("Like · Reply · 1d"))
        XCTAssertEqual(Furniture.shape("Like (12) · Reply · Report"), Furniture.shape("Like · Reply · Report"))
        XCTAssertNotNil(Furniture.shape("Like · Reply · 14 · 2d · Edited"))
        XCTAssert("45s".isCompactAge(.standard))
        XCTAssertFalse("1990s".isCompactAge(.standard), "a decade")
    }
}
