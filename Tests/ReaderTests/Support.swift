import XCTest
@testable import Reader
import ThreadKit

/// A fixed theme so screens and styles are the same on every machine.
let testTheme = Theme(name: "test", styles: [
    "ui.text": Style(),
    "ui.selection": Style(attributes: .reverse),
    "ui.match": Style(foreground: .ansi(3), attributes: .underline),
    "ui.placeholder": Style(foreground: .ansi(1)),
    "comment.context": Style(attributes: .dim),
    "comment.highlight": Style(background: .ansi(4)),
    "comment.author.anonymous": Style(attributes: .dim),
    "comment.quote": Style(foreground: .ansi(2)),
    "comment.folded": Style(foreground: .ansi(6)),
    "article.title": Style(attributes: .bold),
], authorPalette: [.ansi(1), .ansi(2), .ansi(3), .ansi(4), .ansi(5)])

let otherTheme = Theme(name: "other", styles: [:], authorPalette: [.ansi(9)])

/// The usual small thread:
/// 0 alice ─ 1 bob ─ 2 alice
///         └ 3 carol
/// 4 dave ─ 5 anonymous
func sampleThread() -> ThreadKit.Thread {
    ThreadKit.Thread(format: "test", title: "A title", article: Article(byline: "by Someone", blocks: [
        .paragraph("The article says hello to the world."),
        Block(.subheading, "More"),
        .paragraph("Second paragraph."),
    ]), comments: [
        Comment(author: "alice", blocks: [.paragraph("First comment")]),
        Comment(author: "bob", blocks: [.paragraph("Reply to alice")], parent: 0),
        Comment(author: "alice", blocks: [.paragraph("Answer to bob")], parent: 1),
        Comment(author: "carol", blocks: [.paragraph("Another reply")], parent: 0, parentInferred: true),
        Comment(author: "dave", blocks: [.paragraph("Second thread")]),
        Comment(author: nil, blocks: [.quote("Second"), .paragraph("anon reply")], parent: 4),
    ])
}

/// A reader over `threads`, with bindings to send keys and read the screen.
final class Harness {
    let session: ReaderSession

    /// Most tests are about the discussion, so they start there (`startIn: nil` opens as the reader does).
    init(_ threads: [(String, ThreadKit.Thread)] = [("one.txt", sampleThread())], width: Int = 60, height: Int = 12,
         options: ReaderOptions = ReaderOptions(), startIn pane: Pane? = .discussion) {
        session = ReaderSession(documents: threads.map { (name: $0.0, thread: $0.1) }, themes: [testTheme, otherTheme],
                                size: (width, height), options: options)
        if let pane, pane != session.state.focus { session.handle(.key(.character(pane == .article ? "a" : "c"))) }
    }

    var state: ReaderState { session.state }
    var lines: [String] { session.grid.lines.map { $0.replacingTrailingSpaces() } }

    /// Whether searches are answered at once after each key, as a driver whose background search is instant
    /// would; off, a test answers them itself.
    var answersSearches = true

    @discardableResult
    func press(_ keys: Key...) -> Effect? {
        var effect: Effect?
        for key in keys {
            effect = session.handle(.key(key)) ?? effect
            if answersSearches { session.searchNow() }
        }
        return effect
    }

    /// Presses each character of `text` as a key.
    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    var selectedAuthor: String? {
        state.document.cursor.map { state.document.thread.comments[Int($0)].author ?? "anonymous" }
    }

    var visibleAuthors: [String] {
        state.document.visible.comments.map { state.document.thread.comments[Int($0)].author ?? "anonymous" }
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// Compares screens line by line and prints a diff of the lines that differ.
func assertLines(_ actual: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
    guard actual != expected else { return }
    var diff: [String] = []
    for index in 0..<max(actual.count, expected.count) {
        let got = index < actual.count ? actual[index] : "<missing>"
        let want = index < expected.count ? expected[index] : "<missing>"
        if got == want { diff.append("  \(index): \(got)") } else {
            diff.append("- \(index): \(want)")
            diff.append("+ \(index): \(got)")
        }
    }
    XCTFail("screen differs (- expected, + actual):\n" + diff.joined(separator: "\n"), file: file, line: line)
}
