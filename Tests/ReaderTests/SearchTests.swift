import XCTest
@testable import Reader
import ThreadKit

final class SearchTests: XCTestCase {
    /// Every place a needle can sit in texts shorter and longer than the 16 bytes scanned at a time, among
    /// bytes the quick first/last-byte test lets through ('@' and '`', '[' and '{' differ only in bit 0x20).
    func testTheMatcherFindsWhatAPlainScanFindsWhereverTheQueryStands() {
        func plainRanges(of query: String, in text: String) -> [Range<Int>] {
            let fold = { (byte: UInt8) in byte >= 65 && byte <= 90 ? byte + 32 : byte }
            let needle = query.utf8.map(fold), bytes = text.utf8.map(fold)
            var found: [Range<Int>] = []
            var origin = 0
            while origin + needle.count <= bytes.count {
                if Array(bytes[origin..<origin + needle.count]) == needle {
                    found.append(origin..<origin + needle.count)
                    origin += needle.count
                } else {
                    origin += 1
                }
            }
            return found
        }
        let fillers = ["", "`", "@x", "{]", "ab", "Éé", "a@B`c[d{e"]
        for query in ["a", "Ab", "@[", "xYz", "é", "née", "a@B`c[d{e", "bb"] {
            let matcher = TextMatcher(query)
            for filler in fillers {
                for length in 0...40 {
                    let padding = String(repeating: filler.isEmpty ? "-" : filler, count: length)
                    for text in [padding + query.uppercased() + padding, padding + query, query + padding,
                                 padding + String(query.dropLast()), padding + query.lowercased() + query + padding] {
                        XCTAssertEqual(matcher.ranges(in: text), plainRanges(of: query, in: text), "\(query) in \(text)")
                        XCTAssertEqual(matcher.matches(text), !plainRanges(of: query, in: text).isEmpty, "\(query) in \(text)")
                    }
                }
            }
        }
        XCTAssertFalse(TextMatcher("").matches("anything"))
        XCTAssertFalse(TextMatcher("é").matches("É"), "only ASCII letters fold")
    }

    func testIncrementalSearchHighlightsAndMovesAsYouType() {
        let reader = Harness(width: 60, height: 12)
        reader.press(.character("/"))
        XCTAssertEqual(reader.state.inputMode, .searchPrompt)
        reader.type("reply")
        XCTAssertEqual(reader.state.document.cursor, 1, "first match after the cursor, ignoring case")
        XCTAssertEqual(reader.lines.last, "/reply▏  match 1/3")
        XCTAssertEqual(reader.lines[3], "▌│ │ Reply to alice")
        XCTAssertEqual(reader.session.grid[3, 5].style.foreground, .ansi(3), "match style")
        XCTAssertEqual(reader.session.grid[3, 11].style.foreground, .default, "only the match")
        reader.press(.enter)
        XCTAssertEqual(reader.state.search.query, "reply")
        XCTAssertTrue(reader.lines.last!.contains("/reply match 1/3"))
        reader.press(.character("n"))
        XCTAssertEqual(reader.state.document.cursor, 3)
        reader.press(.character("n"), .character("n"))
        XCTAssertEqual(reader.state.document.cursor, 1, "wraps")
        reader.press(.character("N"))
        XCTAssertEqual(reader.state.document.cursor, 5)
    }

    func testEscapeCancelsAndRestoresTheView() {
        let reader = Harness()
        reader.press(.enter)
        reader.press(.character("/"))
        reader.type("Answer")
        XCTAssertEqual(reader.state.document.cursor, 2, "unfolded to reach the match")
        reader.press(.escape)
        XCTAssertEqual(reader.state.document.cursor, 0)
        XCTAssertTrue(reader.state.document.folded.contains(0))
        XCTAssertEqual(reader.state.search.query, "")
        XCTAssertNil(reader.state.search.draft)
    }

    func testSearchCoversTheArticleAndAMatchThereMovesFocusToIt() {
        let reader = Harness(width: 60, height: 4)
        reader.press(.character("/"))
        reader.type("second")
        reader.press(.enter)
        XCTAssertEqual(reader.state.search.matches, [.article(block: 2), .comment(4), .comment(5)])
        XCTAssertEqual(reader.state.document.cursor, 4)
        reader.press(.character("n"), .character("n"))
        XCTAssertEqual(reader.state.focus, .article)
        XCTAssertEqual(reader.lines[2], "Second paragraph.")
        reader.press(.character("n"))
        XCTAssertEqual(reader.state.focus, .discussion)
        XCTAssertEqual(reader.state.document.cursor, 4)
    }

    func testSearchFindsAuthorNamesAndCountsInTheSingular() {
        let reader = Harness(width: 60, height: 12)
        reader.press(.character("/"))
        reader.type("CAROL")
        XCTAssertEqual(reader.state.search.matches, [.comment(3)], "the author's name, any case; not the other comments")
        XCTAssertEqual(reader.state.document.cursor, 3)
        XCTAssertEqual(reader.lines.last, "/CAROL▏  match 1/1")
        let row = reader.lines.firstIndex { $0.contains("carol") }!
        let column = Array(reader.lines[row]).firstIndex(of: "c")!
        XCTAssertEqual(reader.session.grid[row, column].style.foreground, .ansi(3), "the name is drawn as a match")
        reader.press(.enter, .character("="))
        XCTAssertTrue(reader.lines.last!.contains("/CAROL 1 match"), reader.lines.last!)
        reader.press(.character("/"))
        reader.type("alice")
        reader.press(.enter, .character("="))
        XCTAssertTrue(reader.lines.last!.contains("/alice 3 matches"), "alice's two comments and bob's reply to her")
    }

    func testSearchCoversTheArticleHeadingAndNeverMatchesAcrossFields() {
        let reader = Harness(width: 60, height: 6)
        reader.press(.character("/"))
        reader.type("someone")
        XCTAssertEqual(reader.state.search.matches, [.heading])
        XCTAssertEqual(reader.state.focus, .article)
        XCTAssertEqual(reader.lines[0], "A title")
        reader.press(.escape, .character("c"), .character("/"))
        reader.type("alicefirst")
        XCTAssertEqual(reader.state.search.matches, [], "author and body are separate fields")
        reader.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        XCTAssertEqual(reader.state.search.matches, [.comment(0), .comment(1), .comment(2)])
    }

    func testMatchesFollowTheOrderTheDiscussionIsShownIn() {
        let thread = ThreadKit.Thread(format: "test", comments: [
            Comment(author: "a", blocks: [.paragraph("word one")]),
            Comment(author: "b", blocks: [.paragraph("word two")]),
            Comment(author: "c", blocks: [.paragraph("word three")], parent: 0),
        ])
        let reader = Harness([("t.txt", thread)])
        reader.press(.character("/"))
        reader.type("word")
        reader.press(.enter)
        XCTAssertEqual(reader.state.search.matches, [.comment(0), .comment(2), .comment(1)], "reply tree")
        reader.press(.character("t"))
        XCTAssertEqual(reader.state.search.matches, [.comment(0), .comment(1), .comment(2)], "the page's order")
    }
}

/// What the status line says until the next key when a key did something unexpected, or nothing.
final class NoticeTests: XCTestCase {
    func testNextPastTheLastMatchSaysTheSearchWrapped() {
        let reader = Harness(width: 80, height: 20)
        reader.type("/alice")
        reader.press(.enter)
        var wrapped = false
        for _ in 0..<6 {
            reader.type("n")
            if reader.state.notice == "search wrapped to the first match" { wrapped = true; break }
        }
        XCTAssertTrue(wrapped, "n went round without saying so")
        XCTAssertTrue(reader.lines.last?.hasPrefix("search wrapped to the first match") == true, reader.lines.last ?? "")
        reader.type("j")
        XCTAssertNil(reader.state.notice, "a notice lasts until the next key")
    }

    func testAuthorKeysOnAnAnonymousCommentSayWhyTheyDoNothing() {
        let reader = Harness(width: 80, height: 20)
        while reader.selectedAuthor != "anonymous" { reader.type("j") }
        for key in ["f", "*"] {
            reader.type(key)
            XCTAssertEqual(reader.state.notice, "an anonymous comment has no author to follow, filter or hide", key)
            XCTAssertEqual(reader.state.authors.summary, "", key)
        }
    }

    func testYCopiesTheSelectedCommentOrTheArticleAndSaysSo() {
        let reader = Harness(width: 80, height: 20)
        reader.type("jjjjj")
        XCTAssertEqual(reader.selectedAuthor, "anonymous")
        XCTAssertEqual(reader.press(.character("y")), .copy("> Second\n\nanon reply"))
        XCTAssertEqual(reader.state.notice, "copied anonymous's comment (20 characters) to the clipboard")
        reader.press(.character("a"))
        guard case .copy(let article)? = reader.press(.character("y")) else { return XCTFail("nothing copied") }
        XCTAssertTrue(article.hasPrefix("A title\n\nThe article says hello to the world."), article)
    }
}
