import Foundation
import XCTest

/// What skein remembers between openings, through the real binary in tmux with a state folder of its own.
final class ReadingEndToEndTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("skein-reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private var state: [String: String] { ["XDG_STATE_HOME": folder.appendingPathComponent("state").path, "SKEIN_STATE": ""] }

    private func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n").last { !$0.isEmpty }.map(String.init) ?? ""
    }

    private func copy(_ fixture: String, to name: String) throws -> URL {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent(fixture), to: target)
        return target
    }

    /// Reads the discussion's first comments (or, with `all`, marks the whole thread read), then quits.
    private func read(_ file: URL, comments: Int, status: String, all: Bool = false) throws {
        let reader = try TmuxScreen(arguments: [file.path], width: 100, height: 40, environment: state)
        try reader.press("c")
        try reader.waitFor(status)
        for _ in 1..<comments { try reader.press("j") }
        try reader.waitFor("\(comments)/")
        if all {
            try reader.press("R")
            try reader.waitFor("comments read")
        }
        try reader.press("q")
        try reader.waitUntil("skein to quit") { _ in reader.hasExited }
    }

    /// The Reddit thread in `file` as if saved again later, with top-level comments by `authors` at its end.
    private func saveAgain(_ file: URL, withCommentsBy authors: [String]) throws {
        var listings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]])
        var data = try XCTUnwrap(listings[1]["data"] as? [String: Any])
        var children = try XCTUnwrap(data["children"] as? [[String: Any]])
        for (number, author) in authors.enumerated() {
            children.append(["kind": "t1", "data": ["author": author, "body": "A later comment, number \(number + 1).",
                                                    "created_utc": 1_425_300_001 + number, "score": 1, "replies": "", "name": "t1_\(author)"]])
        }
        data["children"] = children
        listings[1]["data"] = data
        try JSONSerialization.data(withJSONObject: listings).write(to: file)
    }

    func testARedditThreadSavedAgainShowsItsThreeNewCommentsAndBracketVisitsEach() throws {
        let file = try copy("Tests/Fixtures/structured/reddit-edges.json", to: "thread.json")
        try read(file, comments: 5, status: "1/5")
        try saveAgain(file, withCommentsBy: ["late1", "late2", "late3"])

        let reader = try TmuxScreen(arguments: [file.path], width: 100, height: 40, environment: state)
        let reopened = try reader.waitFor("3 new")
        XCTAssert(statusLine(reopened).contains("3 new"), statusLine(reopened))
        for number in 1...3 {
            try reader.press("]")
            let screen = try reader.waitFor("\(5 + number)/8")
            XCTAssert(statusLine(screen).contains("\(5 + number)/8"), "] lands on new comment \(number): \(statusLine(screen))")
            XCTAssert(screen.contains("late\(number)"), screen)
        }
        XCTAssertFalse(statusLine(try reader.screen()).contains("new"), "all three read now")
    }

    func testANewCommentWholeOnScreenForAMomentIsReadWithoutAKey() throws {
        let file = try copy("Tests/Fixtures/structured/reddit-edges.json", to: "sight.json")
        try read(file, comments: 1, status: "1/5", all: true)
        try saveAgain(file, withCommentsBy: ["latecomer"])

        let reader = try TmuxScreen(arguments: [file.path], width: 100, height: 40, environment: state)
        try reader.waitFor("1 new")
        try reader.press("c")
        let shown = Date()
        try reader.waitUntil("the new comment marked new") { $0.split(separator: "\n").contains { $0.contains("latecomer") && $0.hasSuffix("· new") } }
        try reader.waitUntil("the new comment read on sight") { !self.statusLine($0).contains("new") && !$0.contains("· new") }
        XCTAssertGreaterThan(Date().timeIntervalSince(shown), 1.2, "not before the moment")
        try reader.press("q")
        try reader.waitUntil("skein to quit") { _ in reader.hasExited }

        let again = try TmuxScreen(arguments: [file.path], width: 100, height: 40, environment: state)
        try again.press("c", "g", "]")
        XCTAssert(statusLine(try again.waitFor("no unread comment below")).contains("1/6"), "the mark was kept")
    }

    func testAPageSavedAgainWithOneMoreCommentShowsOneNew() throws {
        let file = try copy("Tests/Fixtures/corpus/001_4d7c02a6ca09cb21.txt", to: "page.txt")
        try read(file, comments: 3, status: "1/", all: true)
        // Saved again, the page holds the new comment where the site shows it: above its closing "Load more comments"
        // (below that button a copy has no more comments).
        let page = try String(contentsOf: file, encoding: .utf8)
        let button = try XCTUnwrap(page.range(of: "Load more comments", options: .backwards))
        try (page[..<button.lowerBound] + "Marigold Entwistle\n\nI came back to this review a week later and still agree with most of it.\n\n"
            + page[button.lowerBound...]).write(to: file, atomically: true, encoding: .utf8)
        let reader = try TmuxScreen(arguments: [file.path], width: 100, height: 40, environment: state)
        let screen = try reader.waitFor("1 new")
        XCTAssert(statusLine(screen).contains("1 new"), statusLine(screen))
        try reader.press("]")
        XCTAssert(try reader.waitFor("Marigold Entwistle").contains("I came back to this review"))
    }

    func testMarksMadeBeforeAKillAreKept() throws {
        let file = try copy("Tests/Fixtures/structured/reddit-edges.json", to: "killed.json")
        // Seventeen rows show the first three comments and not the fourth, which the second's wait would read.
        let reader = try TmuxScreen(arguments: [file.path], width: 100, height: 18, environment: state)
        try reader.press("c")
        try reader.waitFor("1/5")
        try reader.press("j", "j")
        try reader.waitFor("3/5")
        Thread.sleep(forTimeInterval: 1.2)
        kill(try reader.skeinProcess(), SIGKILL)
        try reader.waitUntil("skein to die") { _ in reader.hasExited }

        let again = try TmuxScreen(arguments: [file.path], width: 100, height: 40, environment: state)
        try again.press("c")
        try again.waitFor("/5")
        try again.press("g", "]")
        // The first three were read before the kill: the first unread is the fourth.
        let screen = try again.waitFor("4/5")
        XCTAssertFalse(screen.contains("error"), screen)
    }

    func testAFoldAFilterAndAThemeAreBackWhenTheThreadIsOpenedAgain() throws {
        let file = try copy("Tests/Fixtures/structured/reddit-edges.json", to: "view.json")
        let first = try TmuxScreen(arguments: [file.path], width: 100, height: 40, environment: state)
        try first.press("c")
        try first.waitFor("1/5")
        try first.press("Enter")
        try first.waitFor("[+2 replies]")
        try first.press("j", "f")
        try first.waitFor("only carol")
        let themed = statusLine(try first.screen())
        try first.press("T")
        let theme = try XCTUnwrap(statusLine(try first.waitUntil("another theme") { self.statusLine($0) != themed })
            .split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }.first { !themed.contains($0) })
        try first.press("q")
        try first.waitUntil("skein to quit") { _ in first.hasExited }

        let again = try TmuxScreen(arguments: [file.path], width: 100, height: 40, environment: state)
        try again.press("c")
        let filtered = try again.waitFor("only carol")
        XCTAssert(statusLine(filtered).contains(theme), "theme \(theme) back: \(statusLine(filtered))")
        XCTAssertFalse(filtered.contains("Still here"), "only carol's comment is shown:\n\(filtered)")
        try again.press("=")
        let unfiltered = try again.waitUntil("every author shown again") { $0.contains("Still here") && $0.contains("[+2 replies]") }
        XCTAssert(unfiltered.contains("[+] ✚ alice"), "alice's replies still folded:\n\(unfiltered)")
        XCTAssertFalse(unfiltered.contains("Text after fence."), unfiltered)
    }

    func testADamagedStoreGivesOneWarningAndTheThreadOpens() throws {
        let store = folder.appendingPathComponent("state/skein")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: store.appendingPathComponent("state.sqlite3"))
        let reader = try TmuxScreen(arguments: [try copy("Tests/Fixtures/structured/reddit-edges.json", to: "t.json").path], width: 160,
                                    height: 40, environment: state)
        let screen = try reader.waitFor("is damaged")
        XCTAssert(statusLine(screen).contains("moved it to"), statusLine(screen))
        try reader.press("c")
        XCTAssert(try reader.waitFor("alice").contains("alice"))
    }

    /// A folder of saved threads: the local corpus, and the shared one when it is beside the project.
    private func library() throws -> URL {
        let shelf = folder.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: shelf, withIntermediateDirectories: true)
        let corpus = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: shelf.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(atPath: Paths.seed, toPath: shelf.appendingPathComponent("seed.txt").path)
        try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("Tests/Fixtures/structured/reddit-edges.json"),
                                         to: shelf.appendingPathComponent("reddit.json"))
        try Data("just some notes\n".utf8).write(to: shelf.appendingPathComponent("notes.md"))
        return shelf
    }

    func testAFolderOpensAsALibraryListingEachThreadByTitle() throws {
        let shelf = try library()
        let reader = try TmuxScreen(arguments: [shelf.path], width: 150, height: 30, environment: state)
        let list = try reader.waitFor("Files:")
        for title in ["Russian And Israeli Leaders Held Phone Call", "Q&A: tabs > spaces?"] {
            XCTAssert(list.contains(title), "\(title) in\n\(list)")
        }
        XCTAssertFalse(list.contains("just some notes") || list.contains("notes.md"), "a file with no thread is left out")
        try reader.type("tabs")
        try reader.press("Enter")
        try reader.press("c")
        try reader.waitFor("1/5")
        try reader.press("j", "j")
        try reader.waitFor("3/5")
        try reader.press("q")
        let back = try reader.waitFor("2 unread")
        XCTAssert(back.contains("Q&A: tabs > spaces?  5 comments · 2 unread"), back)
        try reader.press("q")
        try reader.waitUntil("skein to quit") { _ in reader.hasExited }
    }

    func testSearchFindsACommentAcrossTheLibrary() throws {
        let shelf = try library()
        let environment = ["XDG_STATE_HOME=" + folder.appendingPathComponent("state").path]
        let result = try ChildProcess.run("/usr/bin/env", environment + [TmuxScreen.skeinBinary.path, "search", "MH17", shelf.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let seedHit = result.stdout.split(separator: "\n").first { $0.contains("seed.txt:") }
        XCTAssert(seedHit?.contains("  Jason Tribolini  ") == true, result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "plain when piped")
        // A second search reads no file again: each is indexed until it changes.
        let again = try ChildProcess.run("/usr/bin/env", environment + [TmuxScreen.skeinBinary.path, "search", "nothing-matches-this", shelf.path])
        XCTAssertEqual(again.status, 1)
    }

    /// A folder of three small threads of different formats.
    private func smallLibrary() throws -> URL {
        let shelf = folder.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: shelf, withIntermediateDirectories: true)
        for name in ["reddit-edges.json", "hn-algolia-nulls.json", "lobsters-edges.json"] {
            try FileManager.default.copyItem(at: Paths.packageRoot.appendingPathComponent("Tests/Fixtures/structured/" + name),
                                             to: shelf.appendingPathComponent(name))
        }
        return shelf
    }

    func testSlashInTheLibrarySearchesEveryThreadAndEnterOpensTheHitsCommentSelected() throws {
        let reader = try TmuxScreen(arguments: [try smallLibrary().path], width: 120, height: 30, environment: state)
        try reader.waitFor("Files:")
        try reader.press("/")
        try reader.waitFor("Search every thread:")
        try reader.type("fenced")
        try reader.press("Enter")
        // The hit's row, not the list's heading: a capture may catch the screen half drawn.
        let hits = try reader.waitFor("Q&A: tabs > spaces?  bob  ")
        XCTAssert(hits.contains("1 comment"), hits)
        try reader.press("Enter")
        let opened = try reader.waitFor("3/5")
        XCTAssert(statusLine(opened).contains("3/5"), statusLine(opened))
        let selected = opened.split(separator: "\n").filter { $0.hasPrefix("▌") }
        XCTAssert(selected.first?.contains("bob") == true && selected.contains { $0.contains("Text after fence.") }, opened)
        try reader.press("q")
        try reader.waitFor("Files:")
        try reader.press("/")
        try reader.type("under")
        try reader.press("Enter")
        XCTAssert(try reader.waitFor("Old style & indents  cat  ").contains("1 comment"))
        try reader.press("Escape")
        try reader.waitUntil("the library's list again") { $0.contains("Files:") && $0.contains("Old style & indents") && !$0.contains("1 comment") }
    }

    func testABookmarkIsListedFromAnotherThreadAndOpensItsFileThere() throws {
        let file = try copy("Tests/Fixtures/structured/reddit-edges.json", to: "marked.json")
        let first = try TmuxScreen(arguments: [file.path], width: 120, height: 40, environment: state)
        try first.press("c")
        try first.waitFor("1/5")
        try first.press("j", "j")
        try first.waitFor("3/5")
        try first.press("m")
        try first.waitFor("bookmarked")
        try first.press("q")
        try first.waitUntil("skein to quit") { _ in first.hasExited }

        let other = try TmuxScreen(arguments: [Paths.phoneReview], width: 120, height: 40, environment: state)
        try other.waitFor("Halden Aero 5 Pro review")
        try other.press("'")
        let list = try other.waitFor("Bookmarks:")
        XCTAssert(list.contains("bob") && list.contains("Q&A: tabs > spaces?"), list)
        try other.press("Enter")
        let opened = try other.waitFor("marked.json")
        XCTAssert(statusLine(opened).contains("3/5"), statusLine(opened))
    }
}
