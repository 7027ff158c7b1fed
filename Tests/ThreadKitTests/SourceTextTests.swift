import XCTest
@testable import ThreadKit

/// Input hygiene: every parser sees valid UTF-8 with LF line ends, and bad input gets a clear error.
final class SourceTextTests: XCTestCase {
    func testByteOrderMarkAndCarriageReturnsAreNormalised() throws {
        let input = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8))
        XCTAssertEqual(input.text, "a\nb\nc\n")
    }

    func testInvalidUTF8IsReplacedNotFatal() throws {
        let input = try SourceText(bytes: Array("caf".utf8) + [0xE9, 0x20, 0xFF] + Array(" ok".utf8))
        XCTAssertEqual(input.text, "caf\u{FFFD} \u{FFFD} ok")
    }

    func testUTF16WithByteOrderMarkIsDecoded() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("hé".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        XCTAssertEqual(try SourceText(bytes: utf16).text, "hé")
    }

    func testEmptyAndBlankInputIsRefused() {
        XCTAssertThrowsError(try SourceText(bytes: [])) { XCTAssertEqual($0 as? ThreadError, .empty) }
        XCTAssertThrowsError(try SourceText(bytes: Array("\n\n \t\r\n".utf8))) { XCTAssertEqual($0 as? ThreadError, .empty) }
    }

    func testBinaryInputIsRefused() {
        XCTAssertThrowsError(try SourceText(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00])) {
            XCTAssertEqual($0 as? ThreadError, .binary)
        }
    }

    func testTabsBecomeSpacesAndLinesAreTrimmed() {
        let lines = PageLine.split(Array("\tTitle\t\n\n\n  body\tword  \n".utf8))
        XCTAssertEqual(lines, [PageLine(text: "Title", blanksBefore: 0), PageLine(text: "body word", blanksBefore: 2)])
    }
}
