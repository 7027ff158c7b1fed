import XCTest
@testable import Terminal

/// The reset written on a signal is the terminal's own capabilities without terminfo's delay padding.
final class PaddingTests: XCTestCase {
    func testDelayPaddingIsTakenOutAndTheRestKept() {
        func stripped(_ text: String) -> String { String(decoding: NcursesTerminal.withoutPadding(Array(text.utf8)), as: UTF8.self) }
        XCTAssertEqual(stripped("\u{1B}[?1049l$<5>"), "\u{1B}[?1049l")
        XCTAssertEqual(stripped("a$<2*/>b$<1.5>c"), "abc")
        XCTAssertEqual(stripped("\u{1B}[m"), "\u{1B}[m", "nothing to take out")
        XCTAssertEqual(stripped("$<x>$<5"), "$<x>$<5", "not padding: a letter, no end")
        XCTAssertEqual(stripped("$$<3>"), "$", "a dollar before padding stays")
    }
}
