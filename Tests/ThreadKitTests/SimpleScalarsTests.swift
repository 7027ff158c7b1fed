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
