import Foundation
import XCTest
@testable import Reader
@testable import ThreadKit

/// Search looks for a query's letters in a Reddit body's or a plain-text mail's raw bytes before reading it: it
/// finds exactly what it finds with every body read, and leaves bodies that cannot match unread.
final class SearchUnreadBodiesTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testSearchingRawBytesFindsWhatReadBodiesHold() throws {
        var files = ["reddit-edges.json", "mail-edges.mbox"].map { Self.root.appendingPathComponent("Tests/Fixtures/structured/\($0)") }
        for name in ["reddit/rtv_python_2xmo63.json", "reddit/rtv_askreddit_cmwov.json", "mbox/lkml_cifs_thread.mbox",
                     "mbox/lkml_powerpc_thread.mbox"] {
            let url = Self.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/structured/\(name)")
            if FileManager.default.fileExists(atPath: url.path) { files.append(url) }
        }
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            let unread = DocumentView(name: "unread", thread: try FormatDetector.parse(bytes: bytes))
            let whole = try FormatDetector.parse(bytes: bytes)
            whole.comments.forEach { _ = $0.blocks }
            let read = DocumentView(name: "read", thread: whole)
            // Every word the bodies show, and pieces that run across words, marks and spaces.
            let texts = whole.comments.flatMap { $0.blocks.map(\.text) }
            var queries = Set(texts.flatMap { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }.map(String.init).filter { $0.count >= 2 })
            for text in texts.prefix(300) where text.count > 12 {
                let characters = Array(text)
                for start in Swift.stride(from: 0, to: characters.count - 8, by: 7) { queries.insert(String(characters[start..<(start + 8)])) }
            }
            let sorted = queries.sorted().prefix(1_500)
            XCTAssertGreaterThan(sorted.count, 20, url.lastPathComponent)
            for query in sorted {
                XCTAssertEqual(SearchIndex.matches(of: query, document: unread), SearchIndex.matches(of: query, document: read),
                               "\(url.lastPathComponent): \(query)")
            }
        }
    }

    /// Bodies without the query's letters and without marks that could split them stay unread; one with such a
    /// mark is read, and found.
    func testBodiesThatCannotMatchStayUnread() throws {
        func comment(_ id: String, _ body: String) -> String {
            #"{"kind": "t1", "data": {"name": "t1_\#(id)", "author": "a\#(id)", "body": "\#(body)", "replies": ""}}"#
        }
        let json = #"[{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"title": "T", "name": "t3_x"}}]}},"#
            + #" {"kind": "Listing", "data": {"children": ["#
            + [comment("1", "plain words about ferries"), comment("2", "the gov**ern**ment said"), comment("3", "nothing here\n\nat all")]
                .joined(separator: ", ") + "]}}]"
        let document = DocumentView(name: "t", thread: try FormatDetector.parse(bytes: Array(json.utf8)))
        XCTAssertEqual(SearchIndex.matches(of: "government", document: document), [.comment(1)])
        XCTAssertEqual(document.thread.comments.map(\.isBodyDeferred), [true, false, true], "only the body with marks was read")
        XCTAssertEqual(SearchIndex.matches(of: "ferries", document: document), [.comment(0)])
        XCTAssertEqual(document.thread.comments.map(\.isBodyDeferred), [false, false, true])
    }

    /// A plain-text message without the query stays unread; a quoted-printable one, whose `=` escapes and soft
    /// breaks may split a word, is read.
    func testPlainMailWithoutTheQueryStaysUnread() throws {
        func message(_ id: Int, _ headers: String, _ body: String) -> String {
            "From a@b Mon Jan  1 00:00:00 2024\nFrom: P\(id) <p\(id)@x>\nMessage-ID: <\(id)@x>\nDate: Mon, 1 Jan 2024 10:0\(id):00 +0000\n"
                + headers + "\n" + body + "\n"
        }
        let mailbox = [message(1, "", "plain words about ferries"),
                       message(2, "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n", "the gov=\nernment said"),
                       message(3, "Content-Type: text/plain; format=flowed; delsp=yes\n", "the gov \nernment said"),
                       message(4, "Content-Transfer-Encoding: 8bit\n", "nothing here")].joined(separator: "\n")
        let document = DocumentView(name: "t", thread: try FormatDetector.parse(bytes: Array(mailbox.utf8)))
        XCTAssertEqual(document.thread.comments.count, 4)
        XCTAssertEqual(SearchIndex.matches(of: "government", document: document), [.comment(1), .comment(2)])
        XCTAssertEqual(document.thread.comments.map(\.isBodyDeferred), [true, false, false, true], "only the encoded and flowed bodies were read")
        XCTAssertEqual(SearchIndex.matches(of: "ferries", document: document), [.comment(0)])
        XCTAssertEqual(document.thread.comments.map(\.isBodyDeferred), [false, false, false, true])
    }
}
