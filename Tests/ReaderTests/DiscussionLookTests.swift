import XCTest
@testable import Reader
import ThreadKit

/// Threads stand apart, and the selected comment shows without colour.
final class DiscussionLookTests: XCTestCase {
    /// Like the monochrome theme: no colours, the selection is reverse video.
    private let monochrome = Theme(name: "mono", styles: ["ui.selection": Style(attributes: .reverse)], authorPalette: [])

    private func reader(glyphs: GlyphSet = .unicode) -> ReaderSession {
        let session = ReaderSession(documents: [(name: "one.txt", thread: sampleThread())], themes: [monochrome],
                                    size: (width: 30, height: 12), options: ReaderOptions(glyphs: glyphs))
        session.handle(.key(.character("c")))
        return session
    }

    func testTopLevelThreadsAreSeparatedByOneBlankRowAndGuidesStayUnbroken() {
        let session = reader()
        session.handle(.key(.character("}")))
        assertLines(session.grid.lines.map { $0.replacingTrailingSpaces() }, [
            " [-] ✚ alice · 3 replies",
            " │ First comment",
            " ├ [-] ■ bob · 1 reply",
            " │ │ Reply to alice",
            " │ └ ✚ alice",
            " │     Answer to bob",
            " └ ● carol · inferred",
            "     Another reply",
            "",
            "▌[-] ★ dave · 1 reply",
            "▌│ Second thread",
            "one.txt │ discussion │ 5/6",
        ])
    }

    func testTheSelectedCommentHasAMarkerOnEveryRowAndAReversedAuthorLine() {
        let session = reader()
        session.handle(.key(.character("}")))
        let grid = session.grid
        for column in 1..<grid.width {
            XCTAssertTrue(grid[9, column].style.attributes.contains(.reverse), "author line reversed across the pane, column \(column)")
        }
        XCTAssertFalse(grid[10, 3].style.attributes.contains(.reverse), "the body is not")
        XCTAssertFalse(grid[8, 0].style.attributes.contains(.reverse), "nor the blank row above")
        XCTAssertFalse(grid[9, 0].style.attributes.contains(.reverse), "the marker is a bar, not a reversed block")
    }

    func testTheAsciiMarker() {
        let session = reader(glyphs: .ascii)
        let lines = session.grid.lines.map { $0.replacingTrailingSpaces() }
        XCTAssertEqual(Array(lines.prefix(3)), [">[-] % alice · 3 replies", ">| First comment", " |-[-] # bob · 1 reply"])
    }
}
