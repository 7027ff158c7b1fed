import XCTest
@testable import Reader
@testable import Terminal

/// The OSC 8 sequence written over a grid's link cells.
final class HyperlinksTests: XCTestCase {
    func testEachRunOfALinkIsWrappedAndTheCursorKept() {
        var grid = Grid(width: 8, height: 2)
        let style = Style(foreground: .indexed(117), attributes: .underline)
        for (column, character) in "link".enumerated() { grid[1, column + 2] = Cell(String(character), style: style, link: "https://a.example/x") }
        let sequence = Hyperlinks.sequence(for: grid, colors: 256)
        XCTAssertEqual(sequence, "\u{1B}7\u{1B}[2;3H\u{1B}]8;;https://a.example/x\u{1B}\\\u{1B}[0;4;38;5;117;49mlink\u{1B}]8;;\u{1B}\\\u{1B}8")
    }

    func testAnAddressWithControlsOrSpacesIsNoHyperlink() {
        var grid = Grid(width: 4, height: 1)
        grid[0, 0] = Cell("x", link: "https://a.example/\u{1B}]0;owned\u{7}")
        grid[0, 1] = Cell("y", link: "https://a.example/a b")
        XCTAssertEqual(Hyperlinks.sequence(for: grid, colors: 256), "")
    }
}
