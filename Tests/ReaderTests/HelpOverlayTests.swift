import XCTest
@testable import Reader
import ThreadKit

/// The help page fits small terminals: descriptions wrap, and go under their keys when narrow.
final class HelpOverlayTests: XCTestCase {
    func testTwentyBySixPutsDescriptionsUnderTheKeys() {
        let reader = Harness(width: 20, height: 6)
        reader.press(.character("?"))
        assertLines(reader.lines, [
            "Keys — q, Esc or ? …",
            "Move",
            "j ↓",
            "  next comment /",
            "  scroll down",
            "one.txt │ 1/6",
        ])
        reader.press(.character("G"))
        XCTAssertEqual(reader.lines[4], "  overlay first)", "the last page ends on the last line")
        reader.press(.character("j"))
        XCTAssertEqual(reader.lines[4], "  overlay first)", "and stays there")
    }

    func testDescriptionsWrapBesideTheirKeys() {
        let rows = HelpLayout(keyMap: .standard, theme: testTheme, width: 44).rows
        let text = rows.map { $0.glyphs.map(\.text).joined() }
        let start = text.firstIndex { $0.hasPrefix("Esc =") }!
        XCTAssertEqual(Array(text[start...(start + 1)]), [
            "Esc =              clear filters, hidden",
            "                   authors and highlight",
        ])
        XCTAssertTrue(rows.allSatisfy { $0.width <= 44 })
    }
}
