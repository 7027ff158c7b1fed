import Foundation
import XCTest
@testable import ThreadKit

/// Formats are chosen from the bytes alone: every structured kind opens as itself under any name,
/// plain-text pages stay plain text, and JSON nobody claims is refused by name.
final class FormatDetectionTests: XCTestCase {
    func testOwnFixturesAreDetectedFromTheirBytes() throws {
        let expected = [
            "reddit-edges.json": "reddit-json",
            "hn-algolia-nulls.json": "hn-algolia-json",
            "hn-api-items.jsonl": "hn-api-json",
            "hn-api-items-array.json": "hn-api-json",
            "mail-edges.mbox": "email-mbox",
            "mail-single.eml": "email-eml",
            "disqus-edges.xml": "disqus-xml",
            "discourse-edges.json": "discourse-json",
            "lobsters-edges.json": "lobsters-json",
        ]
        for (file, format) in expected {
            // The name never reaches the detector: a `.txt` copy is the same bytes.
            XCTAssertEqual(try StructuredFixtures.formatName(of: try StructuredFixtures.own(file)), format, file)
        }
    }

    func testSharedFixturesAreDetectedFromTheirBytes() throws {
        let expected = [
            "reddit/rtv_python_2xmo63.json": "reddit-json",
            "hn/circumflex_item1_ycombinator.json": "hn-hnpwa-json",
            "mbox/lkml_cifs_thread.mbox": "email-mbox",
            "disqus/yesilmavihayat-disqus-export.xml": "disqus-xml",
            "discourse/discourse_api_fixture_topic.json": "discourse-json",
            "lobsters/compose-lobsters_post_details_d9ucpe.json": "lobsters-json",
            "hn/circumflex_26312516_speed_is_the_killer_feature.json": "hn-hnpwa-json",
            "reddit/rtv_askreddit_cmwov.json": "reddit-json",
            "mbox/lkml_powerpc_thread.mbox": "email-mbox",
            "disqus/tl3shi-hexo-tanglei-disqus.xml": "disqus-xml",
            "discourse/criticalfallibilism_t2144_posts.json": "discourse-json",
            "lobsters/compose-lobsters_post_details_tdfoqh.json": "lobsters-json",
        ]
        for (file, format) in expected {
            let bytes = try StructuredFixtures.shared(file) // skips, rather than fails, without the corpus
            XCTAssertEqual(try StructuredFixtures.formatName(of: bytes), format, file)
        }
    }

    func testFileNamedTxtOpensAsItsKind() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("saved-thread-\(UUID()).txt")
        try Data(try StructuredFixtures.own("mail-edges.mbox")).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertEqual(try ThreadFile.load(url.path).format, "email-mbox")
    }

    func testPlainTextCorpusStaysPlainText() throws {
        let fixtures = StructuredFixtures.packageRoot.appendingPathComponent("Tests/Fixtures")
        let pages = ["corpus", "heldout"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".txt") }.map { fixtures.appendingPathComponent(folder).appendingPathComponent($0) }
        }
        XCTAssertFalse(pages.isEmpty)
        for page in pages {
            let bytes = Array(try Data(contentsOf: page))
            XCTAssertEqual(try StructuredFixtures.formatName(of: bytes), "plain-text", page.lastPathComponent)
        }
    }

    func testUnknownJSONIsRefusedNamingTheJSONFormats() throws {
        for bytes in [try StructuredFixtures.own("unknown.json"), Array("[1, 2, 3]\n".utf8), Array("{\"a\":1}\n{\"b\":2}\n".utf8)] {
            XCTAssertThrowsError(try StructuredFixtures.parse(bytes)) { error in
                guard case ThreadError.unrecognised(let message) = error else { return XCTFail("\(error)") }
                XCTAssertTrue(message.contains("reddit-json") && message.contains("hn-hnpwa-json"), message)
            }
        }
    }

    func testTextThatOnlyLooksLikeJSONIsStillText() throws {
        let page = "[Updated] Council votes on bridge\n\nThe council met on Tuesday.\n\nAnna\nI think so.\n"
        XCTAssertEqual(try StructuredFixtures.formatName(of: Array(page.utf8)), "plain-text")
    }
}
