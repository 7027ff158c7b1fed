import XCTest
@testable import ThreadKit

final class JSONTapeTests: XCTestCase {
    private func root(_ text: String) throws -> ParsedJSON {
        let tape = try JSONTape(Array(text.utf8))
        return ParsedJSON(tape: tape, index: tape.roots[0])
    }

    func testReadsFieldsEscapesAndNumbers() throws {
        let value = try root(#"{"a": "x\"y\\z\n\u00e9\ud83d\ude00", "n": -12, "f": 1.5e2, "t": true, "z": null, "list": [1, {"k": "v"}, []], "empty": {}}"#)
        XCTAssertEqual(value.string("a"), "x\"y\\z\né😀")
        XCTAssertEqual(value.int("n"), -12)
        XCTAssertEqual(value.double("f"), 150)
        XCTAssertTrue(value.bool("t"))
        XCTAssertNil(value.string("z"))
        XCTAssertEqual(value.array("list")?.count, 3)
        XCTAssertEqual(value.objects("list").first?.string("k"), "v")
        // An empty object has no members, and one beside it keeps its own: `elements` is read on both.
        let empty = try XCTUnwrap(value.object("empty"), "an empty object is an object")
        XCTAssertEqual(empty.elements.count, 0)
        XCTAssertNil(empty.member("k"))
        let inner = try XCTUnwrap(value.objects("list").first)
        XCTAssertEqual(inner.elements.map(\.kind), [.string])
        XCTAssertEqual(try root(#"{"e": {}, "after": 2}"#).int("after"), 2, "an empty object ends where it closes")
        XCTAssertNil(value.member("missing"))
    }

    func testRejectsBrokenJSON() {
        for text in ["{\"a\": 1,}", "[1, 2,]", "{\"a\" 1}", "[1 2]", "{\"a\": [1, 2}", "[tru]", "{\"a\": \"unterminated", "[1] 2", "]", ""] {
            XCTAssertThrowsError(try JSONTape(Array(text.utf8)), text)
        }
    }

    func testReadsJSONLinesAsASequence() throws {
        let tape = try JSONTape(Array("{\"a\":1}\n{\"a\":2}\n".utf8), sequence: true)
        XCTAssertEqual(tape.roots.map { ParsedJSON(tape: tape, index: $0).int("a") }, [1, 2])
    }

    /// A cut prefix keeps what it holds whole, leaves out a member whose value was cut short, and says which
    /// containers it ends inside of.
    func testReadsACutPrefix() throws {
        let text = #"{"a": [1, {"k": "v"}, 23], "b": "xy", "c": true}"#
        let tape = try JSONTape(Array(text.utf8), prefix: true)
        XCTAssertTrue(tape.cutContainers.isEmpty, "nothing cut")
        for cut in 1..<text.utf8.count {
            let tape = try JSONTape(Array(text.utf8.prefix(cut)), prefix: true)
            let root = ParsedJSON(tape: tape, index: tape.roots[0])
            XCTAssertFalse(root.isWhole, "cut at \(cut)")
            for value in root.elements where value.isWhole && value.kind != .array && value.kind != .object {
                XCTAssertNotNil(value.stringValue ?? value.idText ?? (value.kind == .bool ? "" : nil), "cut at \(cut)")
            }
        }
        let cutInString = try JSONTape(Array(#"{"a": [1, {"k": "v"}, 23], "b": "x"#.utf8), prefix: true)
        let root = ParsedJSON(tape: cutInString, index: 0)
        XCTAssertEqual(root.keys, ["a"], "b's value was cut short")
        XCTAssertTrue(try XCTUnwrap(root.member("a")).isWhole)
        XCTAssertEqual(root.array("a")?.count, 3)
        let cutInNumber = try JSONTape(Array(#"[1, {"k": "v"}, 23"#.utf8), prefix: true)
        let array = ParsedJSON(tape: cutInNumber, index: 0)
        XCTAssertEqual(array.elements.count, 2, "23 may be cut short")
        XCTAssertTrue(array.elements[1].isWhole)
        XCTAssertThrowsError(try JSONTape(Array(#"[1, 2"#.utf8)), "cut, and not read as a prefix")
        XCTAssertThrowsError(try JSONTape(Array(#"[1, }"#.utf8), prefix: true), "broken, not cut")
    }
}
