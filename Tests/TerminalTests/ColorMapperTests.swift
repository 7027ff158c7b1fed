import Reader
import XCTest
@testable import Terminal

final class ColorMapperTests: XCTestCase {
    func testNearest256PicksTheCubeOrTheGreyRamp() {
        XCTAssertEqual(ColorMapper.nearest256(RGB(255, 0, 0)), 196)
        XCTAssertEqual(ColorMapper.nearest256(RGB(255, 135, 0)), 208)
        XCTAssertEqual(ColorMapper.nearest256(RGB(0, 0, 0)), 16)
        XCTAssertEqual(ColorMapper.nearest256(RGB(255, 255, 255)), 231)
        XCTAssertEqual(ColorMapper.nearest256(RGB(0x30, 0x30, 0x30)), 236)
        XCTAssertEqual(ColorMapper.nearest256(RGB(0xE0, 0x6C, 0x75)), 168)
    }

    func testEveryPaletteEntryMapsToItself() {
        for index in UInt8(16)...255 where index < 232 || index > 232 {
            XCTAssertEqual(ColorMapper.nearest256(XtermPalette.rgb(ofIndex: index)), index)
        }
    }

    func testNearestOfSixteenAndEight() {
        XCTAssertEqual(ColorMapper.nearest(RGB(250, 10, 10), among: 16), 9)
        XCTAssertEqual(ColorMapper.nearest(RGB(250, 10, 10), among: 8), 1)
        XCTAssertEqual(ColorMapper.nearest(RGB(0x83, 0x94, 0x96), among: 16), 8)
        XCTAssertEqual(ColorMapper.nearest(RGB(0x83, 0x94, 0x96), among: 8), 7)
    }

    func testTerminalColourDependsOnHowManyTheTerminalHas() {
        XCTAssertEqual(ColorMapper.terminalColor(.default, colors: 256), -1)
        XCTAssertEqual(ColorMapper.terminalColor(.ansi(12), colors: 256), 12)
        XCTAssertEqual(ColorMapper.terminalColor(.ansi(12), colors: 8), 4)
        XCTAssertEqual(ColorMapper.terminalColor(.indexed(208), colors: 256), 208)
        XCTAssertEqual(ColorMapper.terminalColor(.indexed(208), colors: 16), 3)
        XCTAssertEqual(ColorMapper.terminalColor(.indexed(3), colors: 16), 3)
        XCTAssertEqual(ColorMapper.terminalColor(.rgb(255, 0, 0), colors: 256), 196)
        XCTAssertEqual(ColorMapper.terminalColor(.rgb(255, 0, 0), colors: 16), 9)
        XCTAssertEqual(ColorMapper.terminalColor(.rgb(255, 0, 0), colors: 8), 1)
    }

    func testControlCharactersAreNeverDrawn() {
        XCTAssertEqual(CellText.drawable("a"), "a")
        XCTAssertEqual(CellText.drawable("中"), "中")
        XCTAssertEqual(CellText.drawable("e\u{301}"), "e\u{301}")
        XCTAssertEqual(CellText.drawable(""), " ")
        for control in ["\u{1B}", "\u{7}", "\n", "\u{7F}", "\u{85}", "\u{9B}", "a\u{0}"] {
            XCTAssertEqual(CellText.drawable(control), "?", control.debugDescription)
        }
        XCTAssertEqual(CellText.drawable("\u{A0}"), "\u{A0}")
    }
}
