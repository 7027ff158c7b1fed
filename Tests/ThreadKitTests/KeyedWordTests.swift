import Foundation
import XCTest
@testable import ThreadKit

/// An ASCII word is keyed from its bytes in one pass; every other word by its Characters (`String.bare`). Both must give
/// the same facts, or one word would be two to the reply passes.
final class KeyedWordTests: XCTestCase {
    private func assertSameFacts(_ word: Substring, file: StaticString = #filePath, line: UInt = #line) {
        var cache = KeyedWord.Cache()
        let byCharacters = cache.facts(of: word)
        let byBytes = Array(word.utf8).withUnsafeBufferPointer(KeyedWord.readASCII)
        guard let byBytes else { return XCTFail("\(word) is ASCII", file: file, line: line) }
        XCTAssertEqual(byBytes.key, byCharacters.key, "key of \(word)", file: file, line: line)
        XCTAssertEqual(byBytes.bareLength, byCharacters.bareLength, "length of \(word)", file: file, line: line)
        XCTAssertEqual(byBytes.isCapitalised, byCharacters.isCapitalised, "capital of \(word)", file: file, line: line)
        XCTAssertEqual(byBytes.mixesLettersAndDigits, byCharacters.mixesLettersAndDigits, "mix of \(word)", file: file, line: line)
    }

    func testASCIIWordsOfTheFixturesKeyedAsByTheirCharacters() throws {
        let text = try String(contentsOf: Fixtures.seedThread, encoding: .utf8)
            + (try FileManager.default.contentsOfDirectory(at: Fixtures.development, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" }.map { try String(contentsOf: $0, encoding: .utf8) }.joined())
        let words = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.utf8.allSatisfy { $0 < 0x80 } })
        XCTAssertGreaterThan(words.count, 5_000)
        for word in words { assertSameFacts(word) }
    }

    func testRandomASCIIWords() {
        var generator = SystemRandomNumberGenerator()
        let bytes = Array("aZ09._-'\"()!?@#".utf8)
        for _ in 0..<20_000 {
            let word = String(decoding: (0..<Int.random(in: 1...8, using: &generator)).map { _ in bytes.randomElement(using: &generator)! },
                              as: UTF8.self)
            assertSameFacts(word[...])
        }
        assertSameFacts("...")
        assertSameFacts("(Ann)")
    }
}
