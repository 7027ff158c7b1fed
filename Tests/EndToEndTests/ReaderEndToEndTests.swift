import Foundation
import XCTest

/// The real binary in tmux, driven as a person would: keys in, screen text out.
final class ReaderEndToEndTests: XCTestCase {
    private func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    func testTheSampleOpensOnTheArticleAndTabShowsTheDiscussion() throws {
        let reader = try TmuxScreen(arguments: [])
        let article = try reader.waitFor(Paths.seedTitle)
        XCTAssert(statusLine(article).contains("article"), statusLine(article))
        try reader.press("Tab")
        let discussion = try reader.waitUntil("the discussion pane") { self.statusLine($0).contains("discussion") }
        XCTAssert(discussion.contains("Jens Holm"))
        XCTAssert(discussion.contains("Free man"))
        XCTAssert(statusLine(discussion).contains("/35"), statusLine(discussion))
    }

    func testFoldingACommentHidesItsRepliesAndCountsThem() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("c", "/")
        try reader.type("Chickenshit")
        try reader.press("Enter")
        try reader.waitFor("scare him Hunter")
        try reader.press("Enter")
        let folded = try reader.waitFor("[+2 replies]")
        XCTAssertFalse(folded.contains("scare him Hunter"), folded)
        try reader.press("Enter")
        try reader.waitFor("scare him Hunter")
    }

    func testFilteringByACommenterLeavesTheirCommentsAndEscapeRestoresAll() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("c", "/")
        try reader.type("deal with these bastards")
        try reader.press("Enter", "f")
        let filtered = try reader.waitUntil("the filter in the status line") { self.statusLine($0).contains("Assad must stay") }
        XCTAssert(statusLine(filtered).contains("/10"), "6 comments and 4 they answer: \(statusLine(filtered))")
        XCTAssertFalse(filtered.contains("Jens Holm"), filtered)
        try reader.press("Escape")
        let restored = try reader.waitUntil("all 35 comments") { self.statusLine($0).contains("/35") }
        XCTAssertFalse(statusLine(restored).contains("Assad"), statusLine(restored))
    }

    func testHighlightingAnAuthorSaysSoInTheStatusLine() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("c", "j", "*")
        try reader.waitUntil("the highlighted author") { self.statusLine($0).contains("Jens Holm") }
        try reader.press("*")
        try reader.waitUntil("the highlight cleared") { !self.statusLine($0).contains("Jens Holm") }
    }

    func testSearchFindsTheCommentAcrossPanes() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("/")
        try reader.type("MH17")
        try reader.press("Enter")
        let found = try reader.waitUntil("the match") { self.statusLine($0).contains("discussion") }
        XCTAssert(found.contains("Jason Tribolini"), found)
    }

    func testSeveralFilesAreOneKeyApart() throws {
        let reader = try TmuxScreen(arguments: [Paths.seed, Paths.phoneReview])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("C-n")
        let second = try reader.waitFor("Halden Aero 5 Pro review")
        XCTAssert(statusLine(second).contains("2/2"), statusLine(second))
        try reader.press("C-p")
        try reader.waitFor(Paths.seedTitle)
    }

    func testResizingReflowsAndTinyTerminalsStillWork() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("c")
        try reader.resize(width: 50, height: 15)
        let narrow = try reader.waitUntil("a 50-column layout") { screen in
            screen.split(separator: "\n").allSatisfy { $0.count <= 50 } && self.statusLine(screen).contains("discussion")
        }
        XCTAssert(narrow.contains("Jens Holm") || narrow.contains("anonymous"), narrow)
        try reader.resize(width: 20, height: 6)
        try reader.waitUntil("a 20x6 screen") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try reader.press("j", "j", "Enter", "?")
        try reader.resize(width: 100, height: 30)
        try reader.press("q")
        try reader.waitUntil("the reader after the storm") { self.statusLine($0).contains("discussion") }
        XCTAssertFalse(reader.hasExited)
    }

    func testQuitLeavesTheTerminalAsItWas() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("q")
        try reader.waitUntil("the program to exit") { _ in reader.hasExited }
        XCTAssertEqual(try reader.value("#{alternate_on}"), "0", "left the alternate screen")
        XCTAssertFalse(try reader.screen().contains(Paths.seedTitle))
    }

    func testTerminationBySignalRestoresTheTerminal() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        let pid = try reader.value("#{pane_pid}")
        kill(pid_t(pid)!, SIGTERM)
        try reader.waitUntil("the program to exit") { _ in reader.hasExited }
        XCTAssertEqual(try reader.value("#{alternate_on}"), "0")
    }

    func testAThreadPipedToStdinIsReadAndKeysStillWork() throws {
        let reader = try TmuxScreen(arguments: ["-"], input: Paths.phoneReview)
        try reader.waitFor("Halden Aero 5 Pro review")
        try reader.press("Tab")
        try reader.waitFor("pixelpusher_88")
    }

    func testEscapeSequencesInTheFileNeverReachTheTerminal() throws {
        // The sample thread with a window-title OSC in its title and every kind of control in a comment.
        let hostile = "\u{1B}[2J\u{1B}[31mred\u{1B}]52;c;aGVsbG8=\u{07} \u{9B}31m \u{202E}reversed \u{08}\u{08}back "
        let sample = try String(contentsOfFile: Paths.seed, encoding: .utf8)
            .replacingOccurrences(of: Paths.seedTitle, with: "\u{1B}]0;pwned\u{07}" + Paths.seedTitle)
            .replacingOccurrences(of: "The MH17 incident", with: hostile + "The MH17 incident")
        let reader = try TmuxScreen(arguments: [try Paths.temporaryFile("hostile.txt", Array(sample.utf8))])
        let article = try reader.waitFor(Paths.seedTitle)
        XCTAssert(article.contains("^[]0;pwned^G"), article)
        try reader.press("/")
        try reader.type("MH17")
        try reader.press("Enter")
        let screen = try reader.waitFor("Jason Tribolini")
        XCTAssert(screen.contains("^[[2J^[[31mred"), screen)
        XCTAssert(screen.contains("Jens Holm"), "nothing cleared the screen: \(screen)")
        XCTAssertFalse(try reader.value("#{pane_title}").contains("pwned"), "the window title is untouched")
        XCTAssertFalse(reader.hasExited)
    }

    func testATerminalThatCannotDrawGetsAClearMessage() throws {
        let reader = try TmuxScreen(arguments: [Paths.seed], environment: ["TERM": "dumb"], reportingExit: true)
        let screen = try reader.waitFor("exit status 1")
        XCTAssert(screen.hasPrefix("skein: TERM=dumb cannot move the cursor"), screen)
    }
}
