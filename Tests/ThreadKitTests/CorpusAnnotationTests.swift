import Foundation
import XCTest
@testable import ThreadKit

/// The hand-annotated threads, asserted comment by comment, with reply-score floors
/// (raising a floor is a deliberate commit; lowering one is a regression).
final class CorpusAnnotationTests: XCTestCase {
    func testSeedThread() throws {
        try check(page: Fixtures.seedThread, annotation: "000_bdec8a3d05fb38d5", replyFloor: 21)
    }

    func testPhoneReview() throws {
        try check(page: Fixtures.corpus.appendingPathComponent("001_4d7c02a6ca09cb21.txt"),
                  annotation: "001_4d7c02a6ca09cb21", replyFloor: 29)
    }

    func testSourdoughRecipe() throws {
        // 9→8 is missed: the only evidence is "tea towel", which the article itself uses.
        try check(page: Fixtures.corpus.appendingPathComponent("002_3bf8fe117f09fb9a.txt"),
                  annotation: "002_3bf8fe117f09fb9a", replyFloor: 23)
    }

    /// Threads written blind on 2026-11-25, whose rules were fitted alongside them afterwards: they
    /// guard against regressions, and prove nothing about pages the rules were not written against.
    func testRegressionThreads() throws {
        for (name, boundaryFloor, replyFloor) in [("h1", 32, 24), ("h2", 37, 28), ("h3", 31, 25), ("h4", 32, 24)] {
            let (thread, expected) = try load(name, in: Fixtures.regression)
            let matched = alignment(thread, expected)
            XCTAssertGreaterThanOrEqual(matched.count, boundaryFloor, "\(name): comments with the right author and start")
            XCTAssertGreaterThanOrEqual(replyFacts(thread, expected, matched), replyFloor, "\(name): sure reply facts kept")
        }
    }

    /// Threads written blind for developing the rules, which were then fitted to them (Tests/Fixtures/dev/README.md):
    /// regression floors only, like the threads above.
    func testDevelopmentThreads() throws {
        for (name, boundaryFloor, replyFloor) in [("d1_lonely_crease_tallman_trade", 31, 30), ("d2_nairobi_ledger_avocado_freight", 27, 19),
                                                  ("d3_purl_and_peat_steeking", 28, 23), ("d4_clonmoyle_juvenile_amalgamation", 30, 22),
                                                  ("d5_plot_nineteen_no_dig", 31, 20), ("d6_panay_courier_calle_real", 35, 26),
                                                  ("d7_meridian_four_day_school_week", 30, 24), ("d8_pruett_ledger_pool_closure", 30, 25),
                                                  ("d9_mill_end_marsh_sacked", 32, 24), ("d10_sondagsdrift_herald_water_outage", 30, 28),
                                                  ("d11_pallavur_herald_market_demolition", 33, 24), ("d12_karrawong_advocate_caravan_park", 31, 13), ("d13_costa_mirador_water_cuts", 33, 27),
                                                  ("d14_cape_shore_beacon_ferry_schedule", 33, 24),
                                                  ("d15_harrowlakeherald_beachparking", 34, 32), ("d16_bellbirdcoastbulletin_caravanpark", 33, 15),
                                                  ("d17_kilbrannaghleader_greenway", 33, 16), ("d18_taramoapress_poolclosure", 31, 27),
                                                  ("d19_westgatecourier_baths", 29, 20), ("d20_deccanledger_watercuts", 31, 16),
                                                  ("d21_twincitiesdispatch_rightonred", 33, 23), ("d22_nairobibeacon_matatufares", 36, 30),
                                                  ("d23_carrigmorechampion_417bus", 30, 25), ("d24_martenfallssentinel_fourplexes", 27, 18),
                                                  ("d25_hexleyobserver_binsthreeweekly", 25, 14), ("d26_baysideclarion_schoolzone", 31, 7),
                                                  ("d27_minasshore_viafoura_str_cap", 31, 27),
                                                  ("d28_tullisfallsledger_fbcomments_discount_store", 28, 17),
                                                  ("d29_aberwenobserver_firefoxtext_beach_parking", 26, 22),
                                                  ("d30_putaringavalleynews_lynx_cat_curfew", 28, 27),
                                                  ("d31_wexcombecourier_library_hours", 29, 23), ("d32_millbrooksentinel_four_day_week", 30, 27),
                                                  ("d33_ardnacarrigherald_greenway_cpo", 25, 22), ("d34_portelandsmercury_beach_parking", 29, 22),
                                                  ("d35_lindenauerkreisbote_laternen_nachtabschaltung", 27, 16), ("d36_harlowbendgazette_leafblower_ban", 29, 9),
                                                  ("d37_sahyadricoastchronicle_ferry_suspension", 26, 8), ("d38_kilcraigiecourier_oldbridge_weightlimit", 27, 10),
                                                  ("d39_brackmoor_courier_lido_closure", 29, 13), ("d40_tinkers_almanac_repair_cafe", 22, 17),
                                                  ("d41_larchmere_local_roundabout", 32, 7), ("d42_commonweal_post_bike_prescriptions", 30, 21),
                                                  // Not d45 (Commento through w3m): five widget lines cut as comments before the first keep
                                                  // this in-order matcher from reaching it (score.py: 26/30).
                                                  ("d43_valmontcourier_fourday_week", 33, 19), ("d44_wexburylive_brackenfield_homes", 28, 5),
                                                  ("d46_westerncourier_inishcarrig_ferry", 30, 17)] {
            let (thread, expected) = try load(name, in: Fixtures.development)
            let matched = alignment(thread, expected)
            XCTAssertGreaterThanOrEqual(matched.count, boundaryFloor, "\(name): comments with the right author and start")
            XCTAssertGreaterThanOrEqual(replyFacts(thread, expected, matched), replyFloor, "\(name): sure reply facts kept")
        }
    }

    /// Threads written blind and committed before the rules that read them (Tests/Fixtures/heldout/README.md).
    /// Their scores are printed, not pinned: a floor raised to each day's score would be tuned to. What is
    /// asserted is what holds on any page: each guessed link flagged, no chain deeper than the rules allow,
    /// and no page cut into many more comments than it holds.
    func testHeldOutThreadsAreMeasured() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.heldOut.path)
            .filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 9)
        for name in names {
            let (thread, expected) = try load(name, in: Fixtures.heldOut)
            let matched = alignment(thread, expected)
            let facts = expected.comments.reduce(0) { $0 + ($1.replyTo == nil ? 0 : 1) + $1.notReplyTo.count }
            print("held-out \(name): \(thread.comments.count) comments for \(expected.comments.count); author and start \(matched.count); "
                  + "sure reply facts \(replyFacts(thread, expected, matched))/\(facts)")
            XCTAssert(thread.comments.allSatisfy { $0.parent == nil || $0.parentInferred && $0.inferredBy != nil }, name)
            XCTAssertLessThanOrEqual(Int(thread.tree.depth.max() ?? 0), PlainTextRules.standard.maxReplyDepth, name)
            XCTAssertLessThanOrEqual(thread.comments.count, expected.comments.count * 3 / 2, "\(name): furniture cut as comments")
        }
    }

    private func load(_ name: String, in folder: URL) throws -> (ThreadKit.Thread, Annotation) {
        let expected = try Annotation.load(folder.appendingPathComponent("\(name).expected.json"))
        let thread = try FormatDetector.parse(bytes: Array(Data(contentsOf: folder.appendingPathComponent("\(name).txt"))))
        return (thread, expected)
    }

    /// Expected comment index → parsed index, matching author and first words in order (as score.py does).
    private func alignment(_ thread: ThreadKit.Thread, _ expected: Annotation) -> [Int: Int] {
        var matched: [Int: Int] = [:]
        var next = 0
        for (index, want) in expected.comments.enumerated() {
            let window = next..<min(thread.comments.count, next + 4)
            if let found = window.first(where: { thread.comments[$0].author == want.author
                && firstWords(thread.comments[$0].blocks.first?.text ?? "") == want.firstWords }) {
                matched[index] = found
                next = found + 1
            }
        }
        return matched
    }

    private func replyFacts(_ thread: ThreadKit.Thread, _ expected: Annotation, _ matched: [Int: Int]) -> Int {
        var good = 0
        for (index, want) in expected.comments.enumerated() {
            guard let got = matched[index] else { continue }
            let parent = thread.comments[got].parent
            if let target = want.replyTo, let mapped = matched[target], parent == mapped { good += 1 }
            good += want.notReplyTo.filter { target in matched[target].map { parent != $0 } ?? false }.count
        }
        return good
    }

    private func check(page: URL, annotation: String, replyFloor: Int) throws {
        let expected = try Annotation.load(Fixtures.corpus.appendingPathComponent("\(annotation).expected.json"))
        let thread = try FormatDetector.parse(bytes: Array(Data(contentsOf: page)))

        XCTAssertEqual(thread.title, expected.title)
        XCTAssertEqual(thread.article.blocks.map { firstWords($0.text) }, expected.articleFirstWords)
        if let caption = expected.captionFirstWords {
            XCTAssert(firstWords(thread.article.caption ?? "", count: 99).hasPrefix(caption), "caption")
        }
        XCTAssertEqual(thread.comments.count, expected.comments.count, "comment count")
        for (index, want) in expected.comments.enumerated() where index < thread.comments.count {
            let got = thread.comments[index]
            XCTAssertEqual(got.author, want.author, "author of #\(index)")
            XCTAssertEqual(firstWords(got.blocks.first?.text ?? ""), want.firstWords, "start of #\(index)")
            XCTAssertEqual(got.blocks.count, want.paragraphs, "paragraphs of #\(index)")
        }
        let matched = alignment(thread, expected)
        XCTAssertGreaterThanOrEqual(replyFacts(thread, expected, matched), replyFloor, "sure reply facts kept")
        XCTAssert(thread.comments.allSatisfy { $0.parent == nil || $0.parentInferred }, "every guessed link is flagged")
        XCTAssertLessThanOrEqual(thread.tree.depth.max() ?? 0, 10)
    }

    private func firstWords(_ text: String, count: Int = 6) -> String {
        text.split(whereSeparator: \.isWhitespace).prefix(count).joined(separator: " ")
    }
}

/// The annotation format of the shared corpus (see its README).
struct Annotation {
    struct Comment {
        var author: String?
        var firstWords: String
        var paragraphs: Int
        var replyTo: Int?
        var notReplyTo: [Int]
    }

    var title: String?
    var captionFirstWords: String?
    var articleFirstWords: [String]
    var comments: [Comment]

    static func load(_ url: URL) throws -> Annotation {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let article = root["article"] as? [String: Any] ?? [:]
        let comments = (root["comments"] as! [[String: Any]]).map { item in
            Comment(author: item["author"] as? String, firstWords: item["first_words"] as? String ?? "",
                    paragraphs: item["paragraphs"] as? Int ?? 0, replyTo: item["reply_to"] as? Int,
                    notReplyTo: item["not_reply_to"] as? [Int] ?? [])
        }
        return Annotation(title: root["title"] as? String, captionFirstWords: article["caption_first_words"] as? String,
                          articleFirstWords: article["paragraph_first_words"] as? [String] ?? [], comments: comments)
    }
}
