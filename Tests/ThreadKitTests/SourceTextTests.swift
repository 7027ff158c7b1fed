import XCTest
@testable import ThreadKit

/// Input hygiene: every parser sees valid UTF-8 with LF line ends, and bad input gets a clear error.
final class SourceTextTests: XCTestCase {
    func testByteOrderMarkAndCarriageReturnsAreNormalised() throws {
        let input = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8))
        XCTAssertEqual(input.text, "a\nb\nc\n")
    }

    func testTheUTF8CheckAgreesWithTheStandardLibrary() {
        // Every sequence of up to four bytes drawn from the boundaries of the UTF-8 byte classes.
        let edges: [UInt8] = [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var sequences: [[UInt8]] = [[]]
        for _ in 1...4 {
            sequences = sequences.flatMap { prefix in edges.map { prefix + [$0] } }
            for bytes in sequences where SourceText.isValidUTF8(bytes) != (String(validating: bytes, as: UTF8.self) != nil) {
                XCTFail("disagrees on \(bytes)")
            }
        }
        XCTAssertTrue(SourceText.isValidUTF8(Array("héllo wörld 漢字 😀".utf8)))
    }

    /// A large file is checked in pieces on every core: two boundary bytes put at each place around every seam of two
    /// to five pieces, in text of one- to four-byte characters starting at every offset, are judged as the standard
    /// library judges them.
    func testTheUTF8CheckInPiecesAgreesAtEverySeam() {
        let characters = Array("aé漢😀".utf8)
        let edges: [UInt8] = [0x41, 0x80, 0xBF, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xFF]
        var invalid = 0
        for lead in 0..<characters.count {
            let text = Array(repeating: UInt8(ascii: "x"), count: lead) + Array(repeating: characters, count: 6).joined()
            for pieces in 2...5 {
                XCTAssertTrue(SourceText.isValidUTF8(text, inPieces: pieces))
                for seam in (1..<pieces).map({ text.count * $0 / pieces }) {
                    for place in max(0, seam - 4)...min(text.count - 2, seam + 3) {
                        for first in edges {
                            for second in edges {
                                var bytes = text
                                bytes[place] = first
                                bytes[place + 1] = second
                                let expected = String(validating: bytes, as: UTF8.self) != nil
                                XCTAssertEqual(SourceText.isValidUTF8(bytes, inPieces: pieces), expected,
                                               "\(pieces) pieces of \(bytes)")
                                if !expected { invalid += 1 }
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(invalid, 1_000)
    }

    /// The usual file is checked for carriage returns in the same pass, piece by piece: one anywhere is found.
    func testACarriageReturnAnywhereIsFoundInPieces() {
        let text = Array(String(repeating: "aé漢😀\n", count: 7).utf8)
        for pieces in 1...5 {
            XCTAssertTrue(SourceText.isValidUTF8(text, inPieces: pieces, refusing: 0x0D))
            for place in text.indices where text[place] == 0x0A {
                var bytes = text
                bytes[place] = 0x0D
                XCTAssertFalse(SourceText.isValidUTF8(bytes, inPieces: pieces, refusing: 0x0D), "\(pieces) pieces, CR at \(place)")
                XCTAssertTrue(SourceText.isValidUTF8(bytes, inPieces: pieces))
            }
        }
    }

    func testDamagedUTF8IsReplacedNotFatal() throws {
        let input = try SourceText(bytes: Array("café ".utf8) + [0xE9, 0x20, 0xFF] + Array(" ok".utf8))
        XCTAssertEqual(input.text, "café \u{FFFD} \u{FFFD} ok")
    }

    func testLatin1AndCP1251FilesAreDecodedFromTheirCodePages() throws {
        XCTAssertEqual(try SourceText(bytes: Array("Jos".utf8) + [0xE9, 0x20] + Array("said".utf8) + [0x85]).text, "José said…")
        // "Привет мир" in Windows-1251
        let cyrillic: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20, 0xEC, 0xE8, 0xF0]
        XCTAssertEqual(try SourceText(bytes: cyrillic).text, "Привет мир")
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

    func testTabsBecomeSpacesAndLinesAreTrimmedKeepingTheirIndentation() {
        let lines = PageLine.split(Array("\tTitle\t\n\n\n  body\tword  \n".utf8))
        XCTAssertEqual(lines, [PageLine(text: "Title", number: 1, blanksBefore: 0, indent: 4),
                               PageLine(text: "body word", number: 4, blanksBefore: 2, indent: 2)])
    }
}
