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
}
