import XCTest
@testable import Reader

final class ThemesContrastTests: XCTestCase {
    func testContrastRatioMatchesWCAG() {
        XCTAssertEqual(RGB(0, 0, 0).contrastRatio(with: RGB(255, 255, 255)), 21, accuracy: 0.001)
        XCTAssertEqual(RGB(255, 255, 255).contrastRatio(with: RGB(255, 255, 255)), 1, accuracy: 0.001)
        // #777777 on white is the classic 4.48 just below AA.
        XCTAssertEqual(RGB(0x77, 0x77, 0x77).contrastRatio(with: RGB(255, 255, 255)), 4.48, accuracy: 0.01)
    }

    func testDefaultResolvesToTheThemesTerminalColoursAndReverseSwaps() {
        let theme = Theme(name: "t", styles: [:], authorPalette: [.default],
                          terminalBackground: .rgb(255, 255, 255), terminalForeground: .rgb(0, 0, 0))
        XCTAssertEqual(theme.contrastRatio(of: Style()), 21, accuracy: 0.001)
        let shown = theme.shownColors(of: Style(foreground: .indexed(196), attributes: .reverse))
        XCTAssertEqual(shown.foreground, RGB(255, 255, 255))
        XCTAssertEqual(shown.background, RGB(255, 0, 0))
    }

    func testXtermPaletteIndices() {
        XCTAssertEqual(XtermPalette.rgb(ofIndex: 16), RGB(0, 0, 0))
        XCTAssertEqual(XtermPalette.rgb(ofIndex: 196), RGB(255, 0, 0))
        XCTAssertEqual(XtermPalette.rgb(ofIndex: 208), RGB(255, 135, 0))
        XCTAssertEqual(XtermPalette.rgb(ofIndex: 231), RGB(255, 255, 255))
        XCTAssertEqual(XtermPalette.rgb(ofIndex: 232), RGB(8, 8, 8))
        XCTAssertEqual(XtermPalette.rgb(ofIndex: 255), RGB(238, 238, 238))
    }

    func testLowContrastIsReported() {
        let theme = Theme(name: "t", styles: ["ui.text": Style(foreground: .indexed(235))], authorPalette: [.indexed(16)])
        let problems = theme.contrastProblems()
        XCTAssertTrue(problems.contains { $0.contains("ui.text") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("palette[0]") }, "\(problems)")
    }
}
