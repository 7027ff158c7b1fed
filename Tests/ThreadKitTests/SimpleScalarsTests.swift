import Foundation
import XCTest
@testable import ThreadKit

/// The text helpers that read text by its scalars (`SimpleScalars`) answer as the
/// Character-by-Character reading they stand in for, on every word of the fixtures and on hard cases.
final class SimpleScalarsTests: XCTestCase {
    /// Words where a scalar joins another into one Character, or lower-cases to more than one, or leaves the tables.
    private let hardWords = [
        "e\u{301}té", "«Jó»", "İstanbul", "ΣΟΦΙΑ", "Ա·Բ", "Ölçü.", "naïve,", "\u{212A}elvin", "ab\r\ncd", "Мария!", "(Ёлка)",
        "\u{483}а", "x\u{488}", "½", "²³", "¡Hola!", "§12", "—Ann", "Ŀŀ", "ǅungla", "ſ", "ĸ", "ŉ", "ß", "Ÿ", "Ǉ", "ǈ",
        "№5", "Ӏ", "ӏ", "Ԥ", "\u{530}", "ʰ", "ˆ", "ǂ", "", "...", "1,204", "don’t", "“Yes”", "a\u{200D}b", "ｶﾞ", "ｶ\u{FF9E}",
        "Ａｂｃ", "１２", "日本語", "カタカナ", "ひらがな\u{3099}", "。！？", "‼\u{FE0F}", "\u{2028}x", "x\u{200B}y", "—", "⁉",
        "한국어", "하\u{11A8}", "\u{1100}\u{1161}", "\u{1100}한", "글자!",
    ]

    private func fixtureWords() throws -> Set<Substring> {
        var words: Set<Substring> = []
        let root = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "txt" {
            // Some fixtures are other encodings on purpose: their bytes as UTF-8 repaired are words all the same.
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            for line in text.split(separator: "\n") { words.formUnion(line.split(separator: " ")) }
        }
        XCTAssertGreaterThan(words.count, 10_000, "the fixtures' words")
        return words.union(hardWords.map { Substring($0) })
    }

    func testEveryScalarOfTheTablesReadsAsItsCharacter() {
        let values = SimpleScalars.blocks.flatMap { Array($0.scalars) } + Array(SimpleScalars.ideographs) + Array(SimpleScalars.hangulSyllables)
        // Neighbours of every kind the tables hold: each simple scalar is a Character of its own beside them.
        let neighbours: [Character] = ["a", "é", "ж", "…", "。", "カ", "一", "한", "Ａ", " "]
        for value in values {
            let name = "U+\(String(value, radix: 16))"
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = Substring(String(scalar))
            guard let scalars = text.simpleScalars else {
                XCTAssertTrue(SimpleScalars.traits(of: value)?.contains(.joins) == true, "\(name) is read by Characters only if it may join")
                continue
            }
            XCTAssertEqual(scalars.map(\.value), [UInt16(value)])
            for neighbour in neighbours {
                XCTAssertEqual((String(neighbour) + String(scalar)).count, 2, name)
                XCTAssertEqual((String(scalar) + String(neighbour)).count, 2, name)
            }
            let character = Character(scalar), traits = SimpleScalars.traits(UInt16(value))
            XCTAssertEqual(traits.contains(.letter), character.isLetter, name)
            XCTAssertEqual(traits.contains(.number), character.isNumber, name)
            XCTAssertEqual(traits.contains(.punctuation), character.isPunctuation, name)
            XCTAssertEqual(traits.contains(.uppercase), character.isUppercase, name)
            XCTAssertEqual(traits.contains(.lowercase), character.isLowercase, name)
            XCTAssertEqual(text.lowercasedQuickly, text.lowercased(), name)
        }
    }

    /// The generated tables hold what the standard library says of each scalar; when a new Unicode version changes an
    /// answer, the failure prints the file to put in their place.
    func testTheTablesAreTheStandardLibrarysAnswers() {
        let size = SimpleScalars.blocks.map { $0.offset + $0.scalars.count }.max()!
        var traits = [UInt8](repeating: SimpleScalars.Traits.joins.rawValue, count: size)
        var lower = [UInt16](repeating: 0xFFFF, count: size)
        let offset = { (value: UInt32) in
            SimpleScalars.blocks.first { $0.scalars.contains(value) }.map { $0.offset + Int(value - $0.scalars.lowerBound) }
        }
        for block in SimpleScalars.blocks {
            for value in block.scalars {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = Character(scalar)
                var these: SimpleScalars.Traits = []
                if character.isLetter { these.insert(.letter) }
                if character.isNumber { these.insert(.number) }
                if character.isPunctuation { these.insert(.punctuation) }
                if character.isUppercase { these.insert(.uppercase) }
                if character.isLowercase { these.insert(.lowercase) }
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator: these.insert(.joins)
                default: if value == 0x0D || scalar.properties.isGraphemeExtend { these.insert(.joins) }
                }
                let index = offset(value)!
                traits[index] = these.rawValue
                let lowered = String(character).lowercased().unicodeScalars
                if lowered.count == 1, let only = lowered.first, only.value <= UInt32(UInt16.max), offset(only.value) != nil {
                    lower[index] = UInt16(only.value)
                }
            }
        }
        let numeric = SimpleScalars.ideographs.filter { Unicode.Scalar($0)?.properties.numericType != nil }
        guard traits != SimpleScalars.traitsTable || lower != SimpleScalars.lowerTable
                || numeric != SimpleScalars.numericIdeographList else { return }
        func rows<Value: BinaryInteger>(_ values: [Value], perRow: Int, digits: Int) -> String {
            stride(from: 0, to: values.count, by: perRow).map { start in
                "        " + values[start..<min(start + perRow, values.count)].map { value in
                    let hex = String(value, radix: 16, uppercase: true)
                    return "0x" + String(repeating: "0", count: digits - hex.count) + hex
                }.joined(separator: ", ") + ","
            }.joined(separator: "\n")
        }
        XCTFail("""
            The standard library answers otherwise: put this in Sources/ThreadKit/Formats/PlainText/SimpleScalarTables.swift

            // Generated from the standard library's answers by `SimpleScalarsTests.testTheTablesAreTheStandardLibrarysAnswers`,
            // which prints this file again when they change (a new Unicode version); not edited by hand.

            extension SimpleScalars {
                /// Each scalar of `blocks` at its offset: its `Traits`' raw value.
                static let traitsTable: [UInt8] = [
            \(rows(traits, perRow: 16, digits: 2))
                ]

                /// Each scalar of `blocks` at its offset: the one scalar its lower-case form is, `0xFFFF` when that is more than one
                /// scalar or one outside the blocks.
                static let lowerTable: [UInt16] = [
            \(rows(lower, perRow: 12, digits: 4))
                ]

                /// The CJK Unified Ideographs that are numbers too ("一", "万").
                static let numericIdeographList: [UInt32] = [
            \(rows(numeric, perRow: 12, digits: 4))
                ]
            }
            """)
    }

    func testWordsReadByScalarsAsByCharacters() throws {
        for word in try fixtureWords() {
            let isAlphanumeric = { (character: Character) in character.isLetter || character.isNumber }
            let core = word.firstIndex(where: isAlphanumeric).map { first in word[first...word.lastIndex(where: isAlphanumeric)!] } ?? ""
            XCTAssertEqual(word.alphanumericCore, core, "\(word.debugDescription)")
            XCTAssertEqual(String.bare(word), core.lowercased(), "\(word.debugDescription)")
            XCTAssertEqual(word.lowercasedQuickly, word.lowercased(), "\(word.debugDescription)")
            XCTAssertEqual(word.hasLetterOrFigure, word.contains(where: isAlphanumeric), "\(word.debugDescription)")
            // (An ASCII letter first, or an ASCII line, is read from its bytes as before, whatever mark may follow.)
            let ascii = word.utf8.allSatisfy { $0 < 0x80 }
            if word.utf8.first.map({ $0 >= 0x80 }) == true {
                XCTAssertEqual(word.firstLetter, word.first(where: \.isLetter), "\(word.debugDescription)")
            }
            let letters = word.filter(\.isLetter)
            XCTAssertEqual(String(word).isCaselessScript, !letters.isEmpty && letters.allSatisfy { !$0.isUppercase && !$0.isLowercase },
                           "\(word.debugDescription)")
            let keep: (Character) -> Bool = { $0.isLetter || $0.isNumber || "@#_/".contains($0) }
            let trimmed = word.firstIndex(where: keep).map { first in word[first...word.lastIndex(where: keep)!] } ?? ""
            XCTAssertEqual(word.trimmingPunctuation, trimmed, "\(word.debugDescription)")
            if !ascii { XCTAssertEqual(String(word).hasAtMost(characters: 5), word.count <= 5, "\(word.debugDescription)") }
        }
    }

    func testCharactersCountedPastWhatScalarsSettle() {
        // A line of Cyrillic longer than the limit in Characters, and the same length of combining marks, which are fewer.
        XCTAssertFalse(String(repeating: "ж", count: 30).hasAtMost(characters: 19))
        XCTAssertFalse(String(repeating: "한", count: 20).hasAtMost(characters: 19))
        XCTAssertTrue(String(repeating: "\u{1100}\u{1161}", count: 19).hasAtMost(characters: 19), "conjoining jamo make one syllable")
        XCTAssertTrue(String(repeating: "e\u{301}", count: 19).hasAtMost(characters: 19))
        XCTAssertFalse(String(repeating: "e\u{301}", count: 20).hasAtMost(characters: 19))
        XCTAssertFalse(("\r\n" + String(repeating: "я", count: 19)).hasAtMost(characters: 19))
        XCTAssertTrue(("\r\n" + String(repeating: "я", count: 18)).hasAtMost(characters: 19))
    }
}
