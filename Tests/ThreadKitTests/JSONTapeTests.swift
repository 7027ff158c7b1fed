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
        let keys = JSONKeys("n", "missing", "t", "a")
        let several = value.members(keys)
        XCTAssertEqual(several[keys.key("n")]?.intValue, -12)
        XCTAssertNil(several[keys.key("missing")])
        XCTAssertEqual(several[keys.key("t")]?.boolValue, true)
        XCTAssertEqual(several[keys.key("a")]?.stringValue, "x\"y\\z\né😀")
        let escaped = JSONKeys("key")
        XCTAssertEqual(try root(#"{"k\u0065y": 1}"#).members(escaped)[escaped.key("key")]?.intValue, 1, "a key written with an escape")
        let tags = try root(#"{"k": "t1", "e": "t\u0031", "n": 1, "o": "t12"}"#)
        XCTAssertEqual(["k", "e", "n", "o"].map { tags.member($0)?.isString("t1") }, [true, true, false, false], "a tag told on its bytes, or its text")
        // Escapes write at least a byte in six: "t1" wholly escaped is twelve bytes, and one byte more is another text.
        let escapes = try root(#"{"all": "\u0074\u0031", "more": "\u0074\u0031\n", "long": "\n\n\n\n\n\n\n\n\n\n\n\n\n"}"#)
        XCTAssertEqual(["all", "more", "long"].map { escapes.member($0)?.isString("t1") }, [true, false, false])
    }

    /// Several members found at once, told apart by length and first eight bytes, are those found one by one by
    /// their whole names: keys sharing long beginnings, empty, escaped, and at the very end of the input.
    func testMembersFoundAtOnceAreThoseFoundOneByOne() throws {
        var random = SystemRandomNumberGenerator()
        let pieces = ["created", "_", "utc", "a", "é", "created_utc", "x", ""]
        func name() -> String { (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
        for _ in 0..<2_000 {
            let names = Array(Set((0..<Int.random(in: 1...8, using: &random)).map { _ in name() }))
            let keys = JSONKeys(names)
            let members = (0..<Int.random(in: 0...12, using: &random)).map { n in
                let key = Bool.random(using: &random) ? names.randomElement(using: &random)! : name()
                // Some written with an escape for their first letter.
                let written = key.first.map { Int.random(in: 0..<5, using: &random) == 0 && $0.isASCII
                    ? String(format: "\\u%04x", $0.asciiValue!) + key.dropFirst() : key } ?? key
                return "\"\(written)\":\(n)"
            }
            let object = try root("{" + members.joined(separator: ",") + "}")
            let found = object.members(keys)
            for key in names {
                XCTAssertEqual(found[keys.key(key)]?.intValue, object.member(key)?.intValue, "\(key) in \(members)")
            }
        }
    }

    func testRejectsBrokenJSON() {
        for text in ["{\"a\": 1,}", "[1, 2,]", "{\"a\" 1}", "[1 2]", "{\"a\": [1, 2}", "[tru]", "{\"a\": \"unterminated", "[1] 2", "]", ""] {
            XCTAssertThrowsError(try JSONTape(Array(text.utf8)), text)
        }
    }

    /// Containers handed over as they are read hold what the whole tape holds there, each with the top-level
    /// child it lies in; what was handed over is not kept, and the rest reads as before.
    func testHandsOverArraysElementsAsTheyAreRead() throws {
        let text = #"[{"a": [1, {"k": "v", "n": [2, 3]}, [4, {"d": "e"}]]}, {"data": {"children": [{"x": 1}, "s", {"y": {"z": [5]}}], "n": 6}}]"#
        func keys(_ value: ParsedJSON) -> String {
            value.isObject ? value.keys.joined(separator: ",") : value.elements.map { $0.idText ?? keys($0) }.joined(separator: ";")
        }
        var handed: [String] = []
        let outer = try JSONTape(Array(text.utf8), handingOver: 3) { element, branch in handed.append("\(branch):\(keys(element))") }
        XCTAssertEqual(handed, ["0:k,n", "0:4;d"])
        let shallow = ParsedJSON(tape: outer, index: 0)
        XCTAssertEqual(shallow.elements[0].array("a")?.map(\.idText), ["1"], "only the number is left in a")
        XCTAssertEqual(shallow.elements[1].object("data")?.int("n"), 6)
        handed = []
        let deeper = try JSONTape(Array(text.utf8), handingOver: 4) { element, branch in
            handed.append("\(branch):\(keys(element))")
            if let z = element.object("y")?.array("z") { XCTAssertEqual(z.map(\.idText), ["5"]) }
        }
        XCTAssertEqual(handed, ["0:d", "1:x", "1:y"])
        XCTAssertEqual(ParsedJSON(tape: deeper, index: 0).elements[1].object("data")?.array("children")?.map(\.idText), ["s"])
        XCTAssertThrowsError(try JSONTape(Array(#"[[{"a": 1}, 2}]"#.utf8), handingOver: 1) { _, _ in }, "broken JSON still fails")
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
