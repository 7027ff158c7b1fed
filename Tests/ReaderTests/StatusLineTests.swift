import XCTest
@testable import Reader
import ThreadKit

/// The status line fits any width: the help hint goes first, then the theme; long file names and
/// filters are shortened with `…` while legible; then the pane name goes, and last the position.
final class StatusLineTests: XCTestCase {
    private func status(_ name: String, width: Int, filtered: Bool = false) -> String {
        let reader = Harness([(name, sampleThread())], width: width, height: 4)
        if filtered { reader.press(.character("f"), .character("j"), .character("x")) }
        let line = reader.session.grid.lines.last!
        XCTAssertEqual(line.count, width)
        return line.replacingTrailingSpaces()
    }

    func testWideEnoughShowsEverything() {
        XCTAssertEqual(status("one.txt", width: 100), "one.txt │ discussion │ 1/6 │ test │ ? help")
    }

    func testForty() {
        XCTAssertEqual(status("one.txt", width: 40), "one.txt │ discussion │ 1/6 │ test")
        XCTAssertEqual(status("a-very-long-file-name-from-a-forum.html", width: 40),
                       "a-very-lon…forum.html │ discussion │ 1/6")
        XCTAssertEqual(status("one.txt", width: 40, filtered: true), "one.txt │ 1/1 │ only alice hidden bob")
    }

    func testTwenty() {
        XCTAssertEqual(status("one.txt", width: 20), "one.txt │ 1/6")
        XCTAssertEqual(status("a-very-long-file-name-from-a-forum.html", width: 20), "a-very-…m.html │ 1/6")
        XCTAssertEqual(status("one.txt", width: 20, filtered: true), "one.txt │ only alic…")
    }

    func testTinyWidths() {
        XCTAssertEqual(status("one.txt", width: 5), "on…xt")
        XCTAssertEqual(status("one.txt", width: 1), "…")
    }

    func testTheSearchPromptKeepsWhatIsBeingTyped() {
        let reader = Harness(width: 12, height: 4)
        reader.press(.character("/"))
        reader.type("reply to alice")
        XCTAssertEqual(reader.lines.last, "/… to alice▏")
    }
}
