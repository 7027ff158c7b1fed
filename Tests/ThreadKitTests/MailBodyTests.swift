import XCTest
@testable import ThreadKit

/// Mail bodies as mail: patches verbatim, quote levels apart, signatures apart, flowed text joined.
final class MailBodyTests: XCTestCase {
    private func thread() throws -> ThreadKit.Thread {
        try FormatDetector.parse(bytes: Array(try Data(contentsOf: Fixtures.markup.appendingPathComponent("patch-review.mbox"))))
    }

    func testAPatchIsKeptLineForLineWithItsTabsAndBlankContext() throws {
        let patch = try XCTUnwrap(try thread().comments[0].blocks.first { $0.text.hasPrefix("diff --git") })
        XCTAssertEqual(patch.kind, .preformatted)
        XCTAssertEqual(Array(patch.text.split(separator: "\n", omittingEmptySubsequences: false).suffix(6)),
                       [" {", "-\treturn value;", "+\tvalue = start();", "+\treturn value;", " ", " }"])
        let diffstat = try XCTUnwrap(try thread().comments[0].blocks.first { $0.text.contains("1 file changed") })
        XCTAssertEqual(diffstat.kind, .preformatted, "a diffstat is not reflowed")
    }

    func testProseIsRewrappedAndTheSignatureStandsApart() throws {
        let blocks = try thread().comments[0].blocks
        XCTAssertEqual(blocks[0], .paragraph("The counter was read before it was set. This moves the read after the assignment so that the first value is right."))
        XCTAssertEqual(blocks.last, Block(.signature, "2.30.0"))
        XCTAssertFalse(blocks.contains { $0.text.split(separator: "\n").contains("-- ") }, "the separator is no text")
    }

    func testQuoteLevelsAndTheAttributionLine() throws {
        let blocks = try thread().comments[1].blocks
        XCTAssertEqual(blocks[0], .paragraph("On Mon, Jun 21, 2021 at 10:00, Alice Example wrote:"))
        XCTAssertEqual(blocks[1...3].map(\.quoteLevel), [1, 2, 1])
        XCTAssertEqual(blocks[1...3].map(\.text), ["The counter was read before it was set.", "Earlier: why is the first value wrong?",
                                                   "+\tvalue = start();"])
        XCTAssertEqual(blocks[3].kind, .preformatted, "a quoted patch line keeps its tab")
        XCTAssertEqual(blocks[4], .paragraph("Looks right to me, but start() can fail: check its return value first."))
        XCTAssertEqual(blocks.last, Block(.signature, "Bob\nMaintainer of demo"))
    }

    func testFlowedLinesAreJoinedAndHardBreaksKept() throws {
        XCTAssertEqual(try thread().comments[2].blocks,
                       [.paragraph("This paragraph was sent flowed, so its mailer broke it where a space ends the line, and it reads as one line again.\nA hard break stays.")])
    }

    func testFlowedDelSpAndSpaceStuffing() {
        let blocks = MailBody.blocks(from: "Hyphen-\nated ok\n From here\n", flowed: MailBody.Flowed(deletesSpace: true))
        XCTAssertEqual(blocks.map(\.text), ["Hyphen-\nated ok\nFrom here"])
        XCTAssertEqual(MailBody.blocks(from: "lo \nng\n", flowed: MailBody.Flowed(deletesSpace: true)).map(\.text), ["long"])
    }
}
