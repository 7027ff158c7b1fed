import XCTest
@testable import Reader
import ThreadKit

/// What `skein dump` and `skein FILE | less` print: the tree, and each paragraph whole, wrapped to the width.
final class ThreadPrinterTests: XCTestCase {
    private let long = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen."

    private func thread() -> ThreadKit.Thread {
        var thread = ThreadKit.Thread(format: "test", title: "T\u{1B}[2J",
                                      article: Article(byline: "Ann", blocks: [.paragraph(long)]),
                                      comments: [Comment(author: "Ann", blocks: [.paragraph("Hi\u{1B}[2J")]),
                                                 Comment(author: nil, blocks: [.quote("Hi"), .paragraph(long)], parent: 0, parentInferred: true)])
        thread.submitter = "Ann"
        thread.comments[1].unsavedReplies = 4
        return thread
    }

    func testTheTreeMarksAndInferredLinks() {
        let text = ThreadPrinter(width: 40).text(of: thread())
        XCTAssert(text.contains("\n#0 Ann OP\n"), text)
        XCTAssert(text.contains("\n├─ #1 (anonymous) ⇢ #0 (inferred)\n"), text)
        XCTAssert(text.contains("\n│    > Hi\n"), text)
        XCTAssert(text.contains("\n│    ⋯ 4 more replies not saved\n"), text)
    }

    func testParagraphsAreWholeAndWrappedToTheWidth() {
        let text = ThreadPrinter(width: 40).text(of: thread())
        let lines = text.split(separator: "\n")
        XCTAssert(lines.allSatisfy { $0.count <= 40 }, text)
        let words = lines.filter { $0.hasPrefix("│    ") && !$0.contains(">") && !$0.contains("⋯") }.map { $0.dropFirst(5) }.joined(separator: " ")
        XCTAssertEqual(words, long, "the whole paragraph, not an excerpt")
        XCTAssertEqual(ThreadPrinter(width: 200).text(of: thread()).split(separator: "\n").filter { $0.hasSuffix("sixteen.") }.count, 2,
                       "at a wide width each paragraph is one line")
    }

    func testNoEscapeReachesTheOutput() {
        let text = ThreadPrinter(width: 40).text(of: thread())
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssert(text.contains("title: T^[[2J"), text)
    }
}
