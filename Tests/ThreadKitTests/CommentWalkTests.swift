import Foundation
import XCTest
@testable import ThreadKit

/// A large page's comments are cut in pieces on every core, each piece walked from a sure name line as if the page began
/// there and kept only where that line did start a comment: every page must come out as it does walked in one piece.
final class CommentWalkTests: XCTestCase {
    func testPagesWalkedInPiecesCutAsWalkedWhole() throws {
        let folders = [Fixtures.corpus, Fixtures.development, Fixtures.heldOut, Fixtures.regression,
                       Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/layouts/dev")]
        let pages = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "txt" }
        } + [Fixtures.seedThread]
        XCTAssertGreaterThan(pages.count, 100)
        var compared = 0
        for page in pages {
            let text = try SourceText(bytes: Array(Data(contentsOf: page)))
            let whole = try PlainTextPage.parse(text, walkingCommentsIn: 1)
            for pieces in [5] {
                let walked = try PlainTextPage.parse(text, walkingCommentsIn: pieces)
                XCTAssertEqual(walked.comments, whole.comments, "\(page.lastPathComponent) in \(pieces) pieces")
            }
            compared += whole.comments.count
        }
        XCTAssertGreaterThan(compared, 3_000)
    }
}
