import Foundation
import XCTest
@testable import ThreadKit

/// Paragraphs a text browser or a browser's Save-as-text wrapped at its width are read back as one; a page copied from a
/// window, whose paragraphs are lines of their own, is left line for line.
final class WrappedParagraphTests: XCTestCase {
    private let rules = PlainTextRules.standard

    /// Text wrapped at `columns` the way a text browser does: words up to the width, then a new line.
    private func wrapped(_ text: String, at columns: Int, indent: Int = 0) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent + line.count + 1 + word.count > columns {
                lines.append(String(repeating: " ", count: indent) + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [String(repeating: " ", count: indent) + line]
    }

    private let prose = "The council said the route would close in June because passenger numbers had not recovered, and "
        + "that a bus people book by phone two hours ahead would take its place from the first week of July."

    func testTheWidthIsFoundFromThePageAndAWrappedParagraphIsOne() throws {
        let lines = (0..<8).flatMap { _ in wrapped(prose, at: 72) + [""] }
        let page = lines.map { PageLine(text: $0.trimmingCharacters(in: .whitespaces), blanksBefore: $0.isEmpty ? 1 : 0) }
            .filter { !$0.text.isEmpty }
        let wrap = try XCTUnwrap(WrapWidth(page, rules: rules))
        XCTAssertLessThanOrEqual(wrap.columns, 72)
        XCTAssertGreaterThan(wrap.columns, 60)
        XCTAssertEqual(wrap.paragraphs(page[...]).count, 8, "each wrapped paragraph read back as one")
        XCTAssertEqual(wrap.paragraphs(page[...]).first, prose)
    }

    func testAPageOfLongLinesIsNotWrapped() {
        let page = (0..<40).map { PageLine(text: prose + " \($0)", blanksBefore: 1) }
        XCTAssertNil(WrapWidth(page, rules: rules), "a paragraph longer than any wrap width is a line of its own")
    }

    func testShortLinesUnderAWrappedOneStayApart() throws {
        var lines = (0..<10).flatMap { _ in wrapped(prose, at: 72) }.map { PageLine(text: $0, blanksBefore: 0) }
        let wrap = try XCTUnwrap(WrapWidth(lines, rules: rules))
        // "Cheers," under a short last line: the line ended with room for the next word, so the next is a new line.
        lines = [PageLine(text: "Thanks for this.", blanksBefore: 0), PageLine(text: "Cheers,", blanksBefore: 0),
                 PageLine(text: "* a list's item", blanksBefore: 0)]
        XCTAssertEqual(wrap.paragraphs(lines[...]), ["Thanks for this.", "Cheers,", "* a list's item"])
    }

    func testAnAddressBrokenAtTheWidthIsJoinedWhole() throws {
        let lines = (0..<10).flatMap { _ in wrapped(prose, at: 72) }.map { PageLine(text: $0, blanksBefore: 0) }
        let wrap = try XCTUnwrap(WrapWidth(lines, rules: rules))
        let broken = ["It is all in the docs, see Modules: ECMAScript modules: Enabling https://nodejs.org/api/esm.html#",
                      "esm_enabling and the section after it."].map { PageLine(text: $0, blanksBefore: 0) }
        XCTAssertEqual(wrap.paragraphs(broken[...]), ["It is all in the docs, see Modules: ECMAScript modules: Enabling "
                                                      + "https://nodejs.org/api/esm.html#esm_enabling and the section after it."])
        // An address that ends its line before a word goes on with a space.
        let ended = ["It is all in the docs, see the part on modules under https://nodejs.org/api/esm.html",
                     "and the section after it."].map { PageLine(text: $0, blanksBefore: 0) }
        XCTAssertEqual(wrap.paragraphs(ended[...]), ["It is all in the docs, see the part on modules under https://nodejs.org/api/esm.html "
                                                     + "and the section after it."])
    }

    /// d23 (written blind, Tests/Fixtures/dev): Firefox's Save-as-text at 72 columns, replies indented by level.
    func testAFirefoxTextCopyReadsItsCommentsAsParagraphs() throws {
        let url = Fixtures.development.appendingPathComponent("d23_carrigmorechampion_417bus.txt")
        let thread = try FormatDetector.parse(bytes: Array(Data(contentsOf: url)))
        let first = try XCTUnwrap(thread.comments.first)
        XCTAssertEqual(first.author, "Mary Keane")
        XCTAssertEqual(first.blocks.map(\.text), ["My mother uses the 417 twice a week to get to her appointments in Kilbarrow. She is 83 "
                                                  + "and has never owned a mobile phone, never mind a smartphone. What is she supposed to do now?"],
                       "one paragraph, its action bar (\"Reply | Report | 41 Recommend\") set aside")
        XCTAssertEqual(thread.comments[1].parent, 0, "the indentation shows the reply")
    }
}
