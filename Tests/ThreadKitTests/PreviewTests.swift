import Foundation
import XCTest
@testable import ThreadKit

/// The start of a large page, shown while the whole is parsed, must read as the whole does.
final class PreviewTests: XCTestCase {
    func testThePreviewsCommentsAreTheFirstCommentsOfTheWhole() throws {
        let page = try String(contentsOf: Fixtures.seedThread, encoding: .utf8)
        try assertPreviewMatchesWhole(Array(page.utf8))
        try assertPreviewMatchesWhole(Array(page.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    private func assertPreviewMatchesWhole(_ bytes: [UInt8]) throws {
        let whole = try FormatDetector.parse(bytes: bytes)
        let preview = try XCTUnwrap(Preview.thread(from: bytes, minimumFileSize: 0, length: bytes.count / 2))
        XCTAssertEqual(preview.title, whole.title)
        XCTAssertEqual(preview.article, whole.article)
        XCTAssertGreaterThan(preview.comments.count, 10)
        XCTAssertLessThan(preview.comments.count, whole.comments.count)
        // All but the last, which the cut may have shortened.
        for index in 0..<(preview.comments.count - 1) {
            XCTAssertEqual(preview.comments[index].author, whole.comments[index].author, "comment \(index)")
            XCTAssertEqual(preview.comments[index].blocks, whole.comments[index].blocks, "comment \(index)")
            XCTAssertEqual(preview.comments[index].parent, whole.comments[index].parent, "comment \(index)")
        }
    }

    /// A saved page's markup holds each reply inside or after the comment it answers, so its start reads as
    /// the whole does: nested (old Reddit) and flat rows with indentation (Hacker News).
    func testASavedPagesPreviewHoldsTheFirstCommentsOfTheWhole() throws {
        for name in ["01_old_reddit.html", "03_hacker_news.html"] {
            let bytes = Array(try Data(contentsOf: Fixtures.htmlPages.appendingPathComponent("dev/" + name)))
            let whole = try FormatDetector.parse(bytes: bytes)
            let preview = try XCTUnwrap(Preview.thread(from: bytes, minimumFileSize: 0, pageLength: bytes.count * 2 / 3), name)
            XCTAssertEqual(preview.format, "html")
            XCTAssertEqual(preview.title, whole.title, name)
            XCTAssertGreaterThan(preview.comments.count, 10, name)
            XCTAssertLessThan(preview.comments.count, whole.comments.count, name)
            XCTAssertEqual(preview.comments, Array(whole.comments.prefix(preview.comments.count)), name)
        }
        let small = Array(try Data(contentsOf: Fixtures.htmlPages.appendingPathComponent("dev/03_hacker_news.html")))
        XCTAssertLessThan(small.count, 256 << 10)
        XCTAssertNil(Preview.thread(from: small), "under 256 KB: parsed whole at once")
        let page = Array(try Data(contentsOf: Fixtures.htmlPages.appendingPathComponent("dev/01_old_reddit.html")))
        XCTAssertNotNil(Preview.thread(from: page), "400 KB: opens on its start")
        XCTAssertNil(Preview.thread(from: page, minimumFileSize: 0, pageLength: 2048), "no comment in the start: the whole is awaited")
    }

    /// Reddit's JSON nests each reply in the comment it answers: its first comments, read alone, are the whole's.
    func testARedditThreadsPreviewHoldsItsFirstCommentsWhole() throws {
        let bytes = Array(try Data(contentsOf: Fixtures.sharedCorpus("structured/reddit/rtv_askreddit_cmwov.json")))
        let whole = try FormatDetector.parse(bytes: bytes)
        let preview = try XCTUnwrap(Preview.thread(from: bytes, minimumFileSize: 0, redditComments: 60))
        XCTAssertEqual(preview.format, "reddit-json")
        XCTAssertEqual(preview.title, whole.title)
        XCTAssertEqual(preview.article, whole.article)
        XCTAssertEqual(preview.comments, Array(whole.comments.prefix(60)))
        XCTAssertNil(Preview.thread(from: bytes, minimumFileSize: 0, redditComments: whole.comments.count + 1),
                     "a thread no longer than the preview is read whole at once")
        // Read from the file's first bytes, made longer until they hold the comments asked for.
        for length in [1, 5_000, 40_000] {
            let start = try XCTUnwrap(Preview.thread(from: bytes, minimumFileSize: 0, redditComments: 60, redditLength: length))
            XCTAssertEqual(start.comments, Array(whole.comments.prefix(60)), "first \(length) bytes")
        }
    }

    /// Cut anywhere, a Reddit file's first bytes give the whole's first comments, each whole: none from where
    /// the cut falls, and every reply count of the ones taken.
    func testARedditThreadCutAnywhereGivesItsFirstCommentsWhole() throws {
        let bytes = Array(try Data(contentsOf: Fixtures.sharedCorpus("structured/reddit/rtv_askreddit_cmwov.json")))
        let whole = try FormatDetector.parse(bytes: bytes)
        var sizes: Set<Int> = []
        for cut in stride(from: 2_000, to: bytes.count, by: 1_009) {
            let start = try RedditJSON.parseStart(try SourceText(bytes: Array(bytes[..<cut])), comments: .max)
            XCTAssertEqual(start.comments, Array(whole.comments.prefix(start.comments.count)), "cut at \(cut)")
            XCTAssertEqual(start.title, whole.title)
            sizes.insert(start.comments.count)
        }
        XCTAssertGreaterThan(sizes.count, 10, "the start grows with the bytes read")
    }

    /// A mailbox's first messages, threaded alone: each is the whole's message of the same Message-ID.
    func testAMailboxsPreviewHoldsItsFirstMessages() throws {
        let bytes = Array(try Data(contentsOf: Fixtures.sharedCorpus("structured/mbox/lkml_cifs_thread.mbox")))
        let whole = try FormatDetector.parse(bytes: bytes)
        let preview = try XCTUnwrap(Preview.thread(from: bytes, minimumFileSize: 0, mailboxLength: bytes.count / 2))
        XCTAssertEqual(preview.format, "email-mbox")
        XCTAssertGreaterThan(preview.comments.count, 3)
        XCTAssertLessThan(preview.comments.count, whole.comments.count)
        let byID = Dictionary(whole.comments.map { ($0.sourceID ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        for comment in preview.comments {
            let same = try XCTUnwrap(byID[comment.sourceID ?? "-"], "message \(comment.sourceID ?? "without an id") is in the whole")
            XCTAssertEqual(same.author, comment.author)
            XCTAssertEqual(same.blocks, comment.blocks)
        }
        XCTAssertNil(Preview.thread(from: bytes, minimumFileSize: 0, mailboxLength: 100), "no whole message in the start")
    }

    /// A large page's name lines are counted in pieces on every core: the pieces must hold the very
    /// lines the whole does, however many there are.
    func testPiecesOfAPageHoldTheLinesOfTheWhole() throws {
        let page = Array(try String(contentsOf: Fixtures.seedThread, encoding: .utf8).replacingOccurrences(of: "\n\n", with: "\n \r\n").utf8)
        func lines(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int = 0) -> [String] {
            var found: [String] = []
            PageLine.forEachLine(in: buffer) { range, _, _ in found.append("\(offset + range.lowerBound): " + String(decoding: buffer[range], as: UTF8.self)) }
            return found
        }
        page.withUnsafeBufferPointer { whole in
            for count in [1, 2, 3, 7, 1000] {
                let pieces = PageLine.pieces(of: whole, count: count)
                XCTAssertEqual(pieces.count, count)
                XCTAssertEqual(pieces.flatMap { lines(UnsafeBufferPointer(rebasing: whole[$0]), from: $0.lowerBound) }, lines(whole), "\(count) pieces")
            }
        }
        let start = PageLine.split(Array(page.prefix(page.count / 3)))
        let counted = AuthorLine.recurrences(of: start, in: page)
        XCTAssertEqual(AuthorLine.recurrences(of: start, in: page, pieceSize: 1), counted)
        XCTAssertEqual(counted["Jens Holm"], 3, "counted over the whole page, not only its start")
    }

    func testASmallFileOrAFileNotInUTF8HasNone() throws {
        let page = Array(try Data(contentsOf: Fixtures.seedThread))
        XCTAssertNil(Preview.thread(from: page), "under 256 KB: parsed whole at once")
        // A page of 300 KB, which would take the parser about 0.15 s whole, opens on its start.
        let larger = page + Array(repeating: Array("\n\nJens Holm\n\nOne more comment.".utf8), count: 300_000 / 30).joined()
        XCTAssertGreaterThan(larger.count, 256 << 10)
        XCTAssertEqual(Preview.thread(from: larger)?.title, try FormatDetector.parse(bytes: page).title)
        let reddit = Array(#"[{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"title": "x"}}]}}, "#.utf8)
            + Array(repeating: UInt8(ascii: " "), count: 4096) + Array("\n\n]".utf8)
        XCTAssertNil(Preview.thread(from: reddit, minimumFileSize: 0, length: 2048))
        let latin1 = Array("Caf\u{E9}\n\nUne histoire assez longue pour un article.\n\n".unicodeScalars.map { UInt8($0.value) })
        XCTAssertNil(Preview.thread(from: latin1 + page, minimumFileSize: 0, length: page.count), "not UTF-8: parsed whole")
    }
}
