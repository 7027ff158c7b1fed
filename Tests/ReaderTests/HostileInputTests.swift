import XCTest
@testable import Reader
import ThreadKit

/// Every class of bad input gets a clear refusal or a sane screen: never a crash, and never a
/// control character in the grid that is sent to the terminal.
final class HostileInputTests: XCTestCase {
    private static let page = Array("""
        A Title For The Page

        The article is long enough to be a paragraph of its own, with several words in it.

        Alice Example

        First comment here, and it says something.

        Bob Example

        A reply to Alice Example, who said something.

        """.utf8)

    /// Input classes from the issue, each as the bytes of a file.
    private static let inputs: [(String, [UInt8])] = [
        ("empty", []),
        ("only blank lines", Array(String(repeating: "\n", count: 100_000).utf8)),
        ("binary with NUL bytes", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1] + [UInt8](repeating: 0, count: 64)),
        ("invalid UTF-8", HostileInputTests.page.map { $0 == UInt8(ascii: "e") ? 0xFF : $0 }),
        ("Latin-1", Array("Caf\u{E9} cr\u{E8}me\n\nIl \u{E9}tait une fois, une histoire assez longue pour un article.\n\nJos\u{E9} \u{C1}lvarez\n\nTr\u{E8}s bien dit.\n".unicodeScalars.map { UInt8($0.value) })),
        ("CP1251", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x0A, 0x0A] + Array("An article paragraph that is long enough.\n\n".utf8) + [0xC0, 0xEB, 0xE5, 0xEA, 0xF1, 0xE5, 0xE9, 0x0A, 0x0A] + Array("Body.\n".utf8)),
        ("UTF-16 with BOM", [0xFF, 0xFE] + String(decoding: HostileInputTests.page, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("CRLF", Array(String(decoding: HostileInputTests.page, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ("a 1 MB single line", Array(("Title\n\n" + String(repeating: "word ", count: 200_000)).utf8)),
        ("escapes and controls", Array("T\u{1B}]0;x\u{07}itle\n\nAn article \u{1B}[2J paragraph long enough to count as one.\n\nEve\n\n\u{9B}31m \u{202E}evil\u{08} \u{1B}P+q\u{1B}\\\n".utf8)),
        ("deeply nested JSON", Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)),
        ("deeply nested Reddit replies", Array(HostileInputTests.nestedReddit(depth: 2_000).utf8)),
        ("truncated JSON", Array(#"[{"kind": "Listing", "data": {"children": [{"kind": "t3""#.utf8)),
        ("truncated XML", Array(#"<?xml version="1.0"?><disqus xmlns:dsq="http://disqus.com/disqus-internals"><thread dsq:id="1"><title>x"#.utf8)),
        ("truncated mbox", Array("From a@b Mon Jan 1 00:00:00 2020\nSubject: hi\nFrom: a\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n--zz\nContent-Transfer-Encoding: base64\n\naGVsbG8=\n".utf8)),
    ]

    func testEveryInputClassIsRefusedClearlyOrRendersSafely() {
        for (name, bytes) in Self.inputs {
            let thread: ThreadKit.Thread
            do {
                thread = try FormatDetector.parse(bytes: bytes)
            } catch {
                XCTAssertFalse("\(error)".isEmpty, name)
                XCTAssertFalse("\(error)".contains("\u{1B}"), name)
                continue
            }
            for (width, height) in [(80, 24), (20, 6), (1, 1)] {
                let reader = Harness([(name, thread)], width: width, height: height, startIn: nil)
                reader.press(.tab, .character("G"), .enter, .character("/"))
                reader.type("e")
                reader.press(.enter, .character("n"), .character("t"), .character("a"))
                let controls = reader.session.grid.lines.joined().unicodeScalars.filter {
                    $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || (0x202A...0x202E).contains($0.value)
                }
                XCTAssert(controls.isEmpty, "\(name) at \(width)x\(height): \(controls.map(\.value))")
            }
        }
    }

    func testWhatEachClassGets() throws {
        func outcome(_ name: String) -> String {
            let bytes = Self.inputs.first { $0.0 == name }!.1
            do { return "\(try FormatDetector.parse(bytes: bytes).comments.count) comments" } catch { return "\(error)" }
        }
        XCTAssert(outcome("empty").contains("empty"))
        XCTAssert(outcome("only blank lines").contains("empty"))
        XCTAssert(outcome("binary with NUL bytes").contains("binary"))
        XCTAssert(outcome("truncated JSON").contains("truncated"))
        XCTAssert(outcome("truncated XML").contains("truncated"))
        XCTAssertEqual(outcome("deeply nested Reddit replies"), "2000 comments")
        XCTAssertEqual(outcome("CRLF"), "2 comments")
        XCTAssertEqual(outcome("UTF-16 with BOM"), "2 comments")
        XCTAssertEqual(outcome("invalid UTF-8"), "2 comments")
    }

    /// A Reddit thread whose every comment answers the one before.
    private static func nestedReddit(depth: Int) -> String {
        var replies = "\"\""
        for index in (0..<depth).reversed() {
            replies = #"{"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {"id": "c\#(index)", "author": "user\#(index % 7)", "body": "reply \#(index)", "replies": \#(replies)}}]}}"#
        }
        return #"[{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"id": "p", "title": "Deep", "author": "op", "selftext": ""}}]}}, \#(replies)]"#
    }
}
