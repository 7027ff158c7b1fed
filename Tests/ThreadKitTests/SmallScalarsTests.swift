import Foundation
import XCTest
@testable import ThreadKit

/// The text helpers that read Latin, Greek and Cyrillic text by its scalars (`SmallScalars`) answer as the
/// Character-by-Character reading they stand in for, on every word of the fixtures and on hard cases.
final class SmallScalarsTests: XCTestCase {
    /// Words where a scalar joins another into one Character, or lower-cases to more than one, or leaves the tables.
    private let hardWords = [
        "e\u{301}té", "«Jó»", "İstanbul", "ΣΟΦΙΑ", "Ա·Բ", "Ölçü.", "naïve,", "\u{212A}elvin", "ab\r\ncd", "Мария!", "(Ёлка)",
        "\u{483}а", "x\u{488}", "½", "²³", "¡Hola!", "§12", "—Ann", "Ŀŀ", "ǅungla", "ſ", "ĸ", "ŉ", "ß", "Ÿ", "Ǉ", "ǈ",
        "№5", "Ӏ", "ӏ", "Ԥ", "\u{530}", "ʰ", "ˆ", "ǂ", "", "...", "1,204",
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
        for value in 0..<SmallScalars.limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = Substring(String(scalar))
            guard let scalars = text.smallScalars else {
                XCTAssertTrue(SmallScalars.traits(value).contains(.joins), "U+\(String(value, radix: 16)) is read by Characters only if it joins")
                continue
            }
            XCTAssertEqual(scalars.map(\.value), [UInt16(value)])
            let character = Character(scalar), traits = SmallScalars.traits(value)
            XCTAssertEqual(traits.contains(.letter), character.isLetter, "U+\(String(value, radix: 16))")
            XCTAssertEqual(traits.contains(.number), character.isNumber, "U+\(String(value, radix: 16))")
            XCTAssertEqual(traits.contains(.punctuation), character.isPunctuation, "U+\(String(value, radix: 16))")
            XCTAssertEqual(traits.contains(.uppercase), character.isUppercase, "U+\(String(value, radix: 16))")
            XCTAssertEqual(traits.contains(.lowercase), character.isLowercase, "U+\(String(value, radix: 16))")
            XCTAssertEqual(text.lowercasedQuickly, text.lowercased(), "U+\(String(value, radix: 16))")
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
        XCTAssertTrue(String(repeating: "e\u{301}", count: 19).hasAtMost(characters: 19))
        XCTAssertFalse(String(repeating: "e\u{301}", count: 20).hasAtMost(characters: 19))
        XCTAssertFalse(("\r\n" + String(repeating: "я", count: 19)).hasAtMost(characters: 19))
        XCTAssertTrue(("\r\n" + String(repeating: "я", count: 18)).hasAtMost(characters: 19))
    }
}
