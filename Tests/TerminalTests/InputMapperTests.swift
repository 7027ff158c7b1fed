import CNCurses
import Reader
import XCTest
@testable import Terminal

final class InputMapperTests: XCTestCase {
    func testCharacters() {
        XCTAssertEqual(InputMapper.key(forCharacter: 0x6A), .character("j"))
        XCTAssertEqual(InputMapper.key(forCharacter: 0x4E2D), .character("中"))
        XCTAssertEqual(InputMapper.key(forCharacter: 10), .enter)
        XCTAssertEqual(InputMapper.key(forCharacter: 13), .enter)
        XCTAssertEqual(InputMapper.key(forCharacter: 9), .tab)
        XCTAssertEqual(InputMapper.key(forCharacter: 27), .escape)
        XCTAssertEqual(InputMapper.key(forCharacter: 127), .backspace)
        XCTAssertEqual(InputMapper.key(forCharacter: 8), .backspace)
        XCTAssertEqual(InputMapper.key(forCharacter: 1), .control("a"))
        XCTAssertEqual(InputMapper.key(forCharacter: 4), .control("d"))
        XCTAssertEqual(InputMapper.key(forCharacter: 26), .control("z"))
        for ignored: UInt32 in [0, 28, 31, 0x85, 0x9F] {
            XCTAssertNil(InputMapper.key(forCharacter: ignored), "\(ignored)")
        }
        XCTAssertNil(InputMapper.key(forCharacter: 0xD800), "a lone surrogate is not a character")
    }

    func testKeyCodes() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_NPAGE, .pageDown), (KEY_PPAGE, .pageUp),
            (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
            (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
        ]
        for (code, key) in expected { XCTAssertEqual(InputMapper.key(forKeyCode: code), key, "\(code)") }
        XCTAssertNil(InputMapper.key(forKeyCode: KEY_IC))
    }

    func testMouseButtons() {
        XCTAssertEqual(InputMapper.mouseKind(buttonState: skein_BUTTON4_PRESSED), .wheelUp)
        XCTAssertEqual(InputMapper.mouseKind(buttonState: skein_BUTTON5_PRESSED), .wheelDown)
        XCTAssertEqual(InputMapper.mouseKind(buttonState: skein_BUTTON1_PRESSED), .press)
        XCTAssertEqual(InputMapper.mouseKind(buttonState: skein_BUTTON1_CLICKED), .press)
        XCTAssertNil(InputMapper.mouseKind(buttonState: skein_BUTTON1_RELEASED))
    }
}
