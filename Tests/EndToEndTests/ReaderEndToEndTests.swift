import Foundation
import XCTest

/// The real binary in tmux, driven as a person would: keys in, screen text out.
final class ReaderEndToEndTests: XCTestCase {
    private func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    func testTheSampleOpensOnTheArticleAndTabShowsTheDiscussion() throws {
        let reader = try TmuxScreen(arguments: [])
        // The status row is drawn last: wait for it too rather than catch the screen half drawn.
        let article = try reader.waitUntil("the article and its status") { $0.contains(Paths.seedTitle) && self.statusLine($0).contains("│") }
        XCTAssert(statusLine(article).contains("article"), statusLine(article))
        try reader.press("Tab")
        let discussion = try reader.waitUntil("the discussion pane") { self.statusLine($0).contains("discussion") }
        XCTAssert(discussion.contains("Jens Holm"))
        XCTAssert(discussion.contains("Free man"))
        XCTAssert(statusLine(discussion).contains("/35"), statusLine(discussion))
    }

    func testEachAuthorKeepsOneColourAndAuthorsDiffer() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("Tab")
        // The whole screen drawn: both names, Jens Holm more than once (a capture may catch a screen half drawn).
        let screen = try reader.waitUntil("the discussion, Jens Holm more than once", escapes: true) {
            $0.contains("Free man") && $0.components(separatedBy: "Jens Holm").count > 2
        }
        // The foreground colour set last before each appearance of a name.
        func colours(of name: String) -> Set<String> {
            Set(screen.components(separatedBy: name).dropLast().compactMap { before in
                before.components(separatedBy: "\u{1B}[").last { $0.hasPrefix("38;") }.map { String($0.prefix { $0 != "m" }) }
            })
        }
        let jens = colours(of: "Jens Holm"), free = colours(of: "Free man")
        XCTAssertEqual(jens.count, 1, "Jens Holm in one colour: \(jens)")
        XCTAssertEqual(free.count, 1, "\(free)")
        XCTAssertNotEqual(jens, free)
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
        // #25 "so why did he…" now answers the anonymous #24 by a reaction, which #26 shares: 3 answered, not 4.
        XCTAssert(statusLine(filtered).contains("/9"), "6 comments and 3 they answer: \(statusLine(filtered))")
        XCTAssertFalse(filtered.contains("Jens Holm"), filtered)
        try reader.press("Escape")
        let restored = try reader.waitUntil("all 35 comments") { self.statusLine($0).contains("/35") }
        XCTAssertFalse(statusLine(restored).contains("Assad"), statusLine(restored))
    }

    /// A Blogger page saved with `lynx -dump` ("NAME said...", the date after the body), a WordPress page saved
    /// with `w3m -dump` ("NAME says:", replies indented) and a vBulletin thread copied from a browser (a header
    /// block of post number, date, name, title, join date and post count): each is cut by the layout learnt from
    /// it, and one commenter's comments are a keystroke away.
    func testPagesOfOtherLayoutsOpenAndFilterByACommenter() throws {
        for (page, phrase, author, total) in [(Paths.bloggerPage, "Was it the night of the 16th", "mothman_71", "/23"),
                                              (Paths.wordpressPage, "Llongyfarchiadau ar gyrraedd", "Siôn ap Dafydd", "/23"),
                                              (Paths.forumPage, "Classic pressure tank problem", "Gus Pelletier", "/20")] {
            let reader = try TmuxScreen(arguments: [page])
            try reader.press("Tab")
            try reader.waitUntil("the discussion") { self.statusLine($0).contains(total) }
            try reader.press("/")
            try reader.type(phrase)
            try reader.press("Enter", "f")
            let filtered = try reader.waitUntil("the filter in the status line") { self.statusLine($0).contains(author) }
            XCTAssertFalse(statusLine(filtered).contains(total), "fewer than all comments: \(statusLine(filtered))")
            XCTAssert(filtered.contains(author), filtered)
            try reader.press("Escape")
            try reader.waitUntil("all comments again") { self.statusLine($0).contains(total) && !self.statusLine($0).contains(author) }
        }
    }

    func testHighlightingAnAuthorSaysSoInTheStatusLine() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("c", "j", "*")
        try reader.waitUntil("the highlighted author") { self.statusLine($0).contains("Jens Holm") }
        try reader.press("*")
        try reader.waitUntil("the highlight cleared") { !self.statusLine($0).contains("Jens Holm") }
    }

    func testWhyShowsTheEvidenceForAnInferredParent() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        try reader.press("Tab")
        var screen = try reader.waitUntil("the discussion") { self.statusLine($0).contains("discussion") }
        // Down to the first comment whose parent was guessed: its selected author line says so.
        func selectedAuthorLine(_ screen: String) -> Substring {
            screen.split(separator: "\n").first { $0.hasPrefix("▌") } ?? ""
        }
        var position = 1
        while !selectedAuthorLine(screen).contains("· inferred") && position < 35 {
            position += 1
            try reader.press("j")
            screen = try reader.waitUntil("comment \(position)") { self.statusLine($0).contains(" \(position)/") }
        }
        try reader.press("w")
        let why = try reader.waitUntil("the evidence for its parent") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("parent #") && $0.contains("(inferred)") }
        }
        XCTAssert(why.hasPrefix("Why #"), why)
        try reader.press("w")
        try reader.waitUntil("the discussion again") { !$0.hasPrefix("Why #") && $0.contains("· inferred") }
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
        try reader.waitFor("Halden Aero 5 Pro review")
        // The status row is drawn last: wait for it rather than catch the screen half drawn.
        let second = try reader.waitUntil("the second file's status") { self.statusLine($0).contains("2/2") }
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

    func testEveryWayOutRestoresTheTerminal() throws {
        let ways: [(String, (TmuxScreen) throws -> Void)] = [
            ("q", { try $0.press("q") }),
            ("Ctrl-c", { try $0.press("C-c") }),
        ] + [("SIGTERM", SIGTERM), ("SIGINT", SIGINT), ("SIGHUP", SIGHUP), ("SIGQUIT", SIGQUIT), ("SIGSEGV", SIGSEGV)].map { name, signal in
            (name, { reader in kill(try reader.skeinProcess(), signal) })
        }
        for (way, leave) in ways {
            let reader = try TmuxScreen(arguments: [], reportingExit: true)
            try reader.waitFor(Paths.seedTitle)
            try reader.press("Tab")
            try reader.waitUntil("the discussion") { self.statusLine($0).contains("discussion") }
            try leave(reader)
            if way == "SIGSEGV" {
                // Swift's crash reporter prints a backtrace, then waits for a key when on a terminal.
                try reader.waitFor("crashed")
                try reader.waitFor("any other key to quit")
                try reader.press("q")
            }
            let screen = try reader.waitFor("icanon")
            XCTAssertEqual(try reader.value("#{alternate_on}"), "0", "\(way) left the alternate screen")
            XCTAssert(screen.contains("icanon echo"), "\(way) put the tty modes back: \(screen)")
            XCTAssertFalse(screen.contains("Jens Holm"), "\(way) left no reader on screen")
            if way == "SIGSEGV" { XCTAssert(screen.contains("exit status 139"), "a crash ends the program: \(screen)") }
        }
    }

    func testCtrlZSuspendsToTheShellAndFgResumes() throws {
        let shell = try TmuxScreen(shellWidth: 100, height: 30)
        try shell.waitFor("$")
        try shell.run([])
        try shell.waitFor(Paths.seedTitle)
        try shell.press("Tab")
        try shell.waitUntil("the discussion") { self.statusLine($0).contains("discussion") }
        try shell.press("C-z")
        let suspended = try shell.waitFor("Stopped")
        XCTAssertEqual(try shell.value("#{alternate_on}"), "0", suspended)
        try shell.type("fg")
        try shell.press("Enter")
        let resumed = try shell.waitUntil("the reader back") { self.statusLine($0).contains("discussion") }
        XCTAssert(resumed.contains("Jens Holm"), resumed)
        try shell.press("j")
        try shell.waitUntil("a key after resuming") { self.statusLine($0).contains("2/35") }
        try shell.press("q")
        try shell.waitUntil("the prompt") { self.statusLine($0).hasPrefix("$") && !$0.contains("Jens Holm") }
    }

    func testTinyTerminalsAndAResizeStorm() throws {
        let reader = try TmuxScreen(arguments: [])
        try reader.waitFor(Paths.seedTitle)
        for (width, height) in [(1, 1), (10, 3), (20, 6)] {
            try reader.resize(width: width, height: height)
            try reader.press("Tab", "j", "Enter", "?", "q")
            XCTAssertFalse(reader.hasExited, "\(width)x\(height)")
        }
        let start = Date()
        for step in 0..<200 { try reader.resize(width: 20 + step % 80, height: 5 + step % 30) }
        let storm = Date().timeIntervalSince(start)
        try reader.resize(width: 80, height: 24)
        try reader.waitUntil("the reader after \(storm) s of resizes") { screen in
            self.statusLine(screen).contains("/35") && screen.split(separator: "\n").allSatisfy { $0.count <= 80 }
        }
        XCTAssertFalse(reader.hasExited)
    }

    func testALargePageOpensOnItsStartAndTheWholeArrivesWhileReading() throws {
        // Over a megabyte: the sample's comments 160 times over, under its title and article.
        let sample = try String(contentsOfFile: Paths.seed, encoding: .utf8)
        let comments = sample[sample.range(of: "putin going to israel")!.lowerBound...]
        let page = sample + String(repeating: "\n\n" + comments, count: 160)
        let reader = try TmuxScreen(arguments: [try Paths.temporaryFile("large.txt", Array(page.utf8))])
        let first = try reader.waitUntil("the start and its status") { $0.contains(Paths.seedTitle) && self.statusLine($0).contains("│") }
        XCTAssert(statusLine(first).contains("reading…"), statusLine(first))
        try reader.press("Tab", "j")
        try reader.waitUntil("the second comment selected") { self.statusLine($0).contains("2/") }
        let whole = try reader.waitUntil("the whole page", timeout: 120) { !self.statusLine($0).contains("reading…") }
        let total = statusLine(whole).split(separator: " ").first { $0.hasPrefix("2/") }.flatMap { Int($0.dropFirst(2)) }
        // The sample 160 times over repeats a few short lines so often between comments that they read as
        // furniture (about 1 comment in 35 is lost on this artificial page): thousands still arrive.
        XCTAssertGreaterThan(total ?? 0, 5_000, "the same comment, now one of thousands: \(statusLine(whole))")
        XCTAssertFalse(reader.hasExited)
    }

    func testEveryStructuredFormatOpensEvenNamedTxt() throws {
        let fixtures = ["reddit-edges.json", "hn-algolia-nulls.json", "hn-api-items.jsonl", "disqus-edges.xml",
                        "mail-edges.mbox", "mail-single.eml", "discourse-edges.json", "lobsters-edges.json"]
        for fixture in fixtures {
            let source = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/structured/\(fixture)").path
            let renamed = try Paths.temporaryFile(fixture + ".txt", Array(try Data(contentsOf: URL(fileURLWithPath: source))))
            // What the reader should show: the format and first author as `skein dump` reads them.
            let dump = try ChildProcess.run(TmuxScreen.skeinBinary.path, ["dump", "--format", "json", renamed])
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any], fixture)
            let first = (json["comments"] as? [[String: Any]])?.first
            // A comment with no author shows why: "[deleted]", "[removed]", else "anonymous".
            let firstAuthor = (first?["author"] as? String) ?? (first?["status"] as? String).map { "[\($0)]" } ?? "anonymous"
            XCTAssertNotEqual(json["format"] as? String, "plain-text", fixture)
            let reader = try TmuxScreen(arguments: [renamed])
            try reader.press("c")
            let screen = try reader.waitUntil("\(fixture) in the discussion") { self.statusLine($0).contains("discussion") }
            XCTAssert(screen.contains(firstAuthor), "\(fixture): \(firstAuthor) on\n\(screen)")
        }
    }

    func testAThreadPipedToStdinIsReadAndKeysStillWork() throws {
        let reader = try TmuxScreen(arguments: ["-"], input: Paths.phoneReview)
        try reader.waitFor("Halden Aero 5 Pro review")
        try reader.press("Tab")
        try reader.waitFor("pixelpusher_88")
    }

    func testYPutsTheSelectedCommentOnTheClipboardByOSC52() throws {
        let reader = try TmuxScreen(arguments: [Paths.phoneReview])
        try reader.setClipboard()
        try reader.waitFor("Halden Aero 5 Pro review")
        try reader.press("Tab")
        try reader.waitFor("pixelpusher_88")
        try reader.press("y")
        let screen = try reader.waitFor("to the clipboard")
        XCTAssert(statusLine(screen).hasPrefix("copied "), statusLine(screen))
        let buffer = try reader.pasteBuffer()
        XCTAssert(buffer.count > 40 && screen.contains(String(buffer.prefix(30))), "tmux's buffer: \(buffer)")
    }

    func testARedditLinkShowsAsItsTextAndUListsItsAddressWhichEnterOpens() throws {
        let opened = try Paths.temporaryFile("opened.txt", [])
        let browser = try Paths.temporaryFile("browser.sh", Array("#!/bin/sh\nprintf '%s\\n' \"$@\" > \(opened)\n".utf8))
        chmod(browser, 0o755)
        let reader = try TmuxScreen(arguments: [Paths.redditMarkdown], width: 100, height: 40, environment: ["BROWSER": browser])
        try reader.waitFor("Show me your Markdown")
        try reader.press("c")
        let screen = try reader.waitFor("link with (parentheses)")
        XCTAssertFalse(screen.contains("](") || screen.contains("**"), "no Markdown left raw:\n\(screen)")
        try reader.press("u")
        let list = try reader.waitFor("https://en.wikipedia.org/wiki/Fish_(disambiguation)")
        XCTAssert(list.contains("1  link with (parentheses)"), list)
        try reader.press("Enter")
        try reader.waitFor("opened with browser.sh")
        XCTAssertEqual(try String(contentsOfFile: opened, encoding: .utf8), "https://en.wikipedia.org/wiki/Fish_(disambiguation)\n",
                       "the address reaches the browser as one argument")
    }

    func testLinksAreWrittenAsOSC8HyperlinksButNotUnderNoColor() throws {
        for noColor in [false, true] {
            let output = try Paths.temporaryFile("output-\(noColor).log", [])
            let reader = try TmuxScreen(arguments: [Paths.redditMarkdown], width: 100, height: 40, environment: noColor ? ["NO_COLOR": "1"] : [:])
            try reader.recordOutput(to: output)
            try reader.waitFor("Show me your Markdown")
            try reader.press("c")
            try reader.waitFor("link with (parentheses)")
            Thread.sleep(forTimeInterval: 0.3)
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
            let hyperlink = "\u{1B}]8;;https://en.wikipedia.org/wiki/Fish_(disambiguation)\u{1B}\\"
            XCTAssertEqual(written.contains(hyperlink), !noColor, noColor ? "NO_COLOR writes no hyperlinks" : "a hyperlink around the link's text")
            if !noColor {
                let after = written.components(separatedBy: hyperlink).last ?? ""
                XCTAssert(after.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
                    .hasPrefix("link with (parentheses)\u{1B}]8;;\u{1B}\\"), "the text, then the end mark")
            }
        }
    }

    func testTheSubmitterIsMarkedOPAndOStepsThroughTheirComments() throws {
        let reader = try TmuxScreen(arguments: [Paths.redditMarkdown], width: 100, height: 60)
        try reader.waitFor("Show me your Markdown")
        try reader.press("c")
        let screen = try reader.waitFor("quill_and_ink OP")
        XCTAssert(statusLine(screen).contains("1/3"), "two stubs are no comments: \(statusLine(screen))")
        XCTAssert(screen.contains("⋯ 5 more replies not saved"), screen)
        try reader.press("O")
        XCTAssert(statusLine(try reader.waitFor("2/3")).contains("2/3"))
        try reader.press("O")
        XCTAssert(statusLine(try reader.waitFor("3/3")).contains("3/3"))
    }

    func testRedditStubsAreNotCountedAsComments() throws {
        let askReddit = Paths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/structured/reddit/rtv_askreddit_cmwov.json")
        guard FileManager.default.fileExists(atPath: askReddit.path) else { throw XCTSkip("../shared/corpus is not beside the project") }
        let reader = try TmuxScreen(arguments: [askReddit.path])
        try reader.waitFor("What tattoos do you have")
        try reader.press("c")
        let screen = try reader.waitFor("/199")
        XCTAssert(statusLine(screen).contains("1/199"), statusLine(screen))
        XCTAssertFalse(screen.contains("anonymous"), "a stub is no anonymous comment:\n\(screen)")
    }

    func testAPatchShowsItsTabsAsSpacesAndItsLinesIntact() throws {
        let reader = try TmuxScreen(arguments: [Paths.patchReview], width: 100, height: 50)
        try reader.press("c")
        // The last line to check, not the first: a screen taken while the terminal is still drawing (a busy machine) holds
        // only its top. The signature is folded (waiting fails if it never shows).
        let screen = try reader.waitFor("-- signature, 1 line")
        XCTAssertFalse(screen.contains("^I"), screen)
        for line in ["-       return value;", "+       value = start();", "+       return value;", "@@ -1,6 +1,7 @@",
                     " demo/counter.c | 3 ++-", " 1 file changed, 2 insertions(+), 1 deletion(-)"] {
            XCTAssert(screen.contains("│ " + line) || screen.contains("  " + line), "\(line) intact on\n\(screen)")
        }
        let lkml = Paths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/structured/mbox/lkml_cifs_thread.mbox")
        guard FileManager.default.fileExists(atPath: lkml.path) else { return }
        let kernel = try TmuxScreen(arguments: [lkml.path], width: 100, height: 60)
        try kernel.press("c")
        let patch = try kernel.waitFor("+       struct timespec last_write_time;")
        XCTAssertFalse(patch.contains("^I"), patch)
        XCTAssert(patch.contains("+struct cifs_fscache_inode_auxdata {"), patch)
    }

    func testQuoteLevelsAreDrawnInTwoColoursAndTFoldsThem() throws {
        let reader = try TmuxScreen(arguments: [Paths.patchReview], width: 100, height: 40)
        try reader.press("c", "j")
        let screen = try reader.waitUntil("the review", escapes: true) { $0.contains("Earlier: why") }
        let lines = screen.components(separatedBy: "\n")
        let first = try XCTUnwrap(lines.first { $0.contains("▌ The counter was read before") })
        let second = try XCTUnwrap(lines.first { $0.contains("Earlier: why") })
        let level1 = ScreenColours.colours(before: "The counter", on: first)?.foreground
        let level2 = ScreenColours.colours(before: "Earlier", on: second)?.foreground
        XCTAssertNotNil(level1)
        XCTAssertNotEqual(level1, level2, "two quote levels, two colours")
        try reader.press("\"")
        let folded = try reader.waitFor("quoted lines folded")
        XCTAssertFalse(folded.contains("Earlier: why"), folded)
        try reader.press("z")
        XCTAssert(try reader.waitFor("Maintainer of demo").contains("-- "))
    }

    func testTheLightThemesSelectedRowIsReadable() throws {
        let reader = try TmuxScreen(arguments: ["--theme", "light", Paths.patchReview], width: 100, height: 40)
        try reader.press("c", "j")
        try reader.waitFor("2/3")
        let screen = try reader.waitUntil("Bob's comment selected", escapes: true) { $0.contains("Bob Example") && $0.contains("1 reply") }
        let row = try XCTUnwrap(screen.components(separatedBy: "\n").first { $0.contains("Bob Example") })
        // The light theme's terminal colours: black text on white where a colour is left to the terminal.
        func shown(_ colour: Int?, default fallback: (Double, Double, Double)) -> (Double, Double, Double) {
            colour.map(ScreenColours.rgb) ?? fallback
        }
        for (text, floor) in [("1 reply", 4.5), ("Bob Example", 3.0)] {
            let colours = try XCTUnwrap(ScreenColours.colours(before: text, on: row))
            XCTAssertNotNil(colours.background, "the selected row has its own background")
            let ratio = ScreenColours.contrast(shown(colours.foreground, default: (0, 0, 0)), shown(colours.background, default: (255, 255, 255)))
            XCTAssertGreaterThanOrEqual(ratio, floor, "\(text): \(colours)")
        }
    }

    func testASavedWebPageOpensWithItsTreeAndAReplyFolds() throws {
        let reader = try TmuxScreen(arguments: [Paths.savedRedditPage], width: 120, height: 40)
        try reader.press("c")
        let screen = try reader.waitFor("/109")
        XCTAssert(screen.contains("dyl40011"), screen)
        XCTAssert(screen.contains("[-]"), "the first comment has replies:\n\(screen)")
        try reader.press("Enter")
        let folded = try reader.waitFor("[+")
        XCTAssert(folded.contains("dyl40011") && folded.contains("replies]"), folded)
    }

    func testAPipeIsReadWithoutADash() throws {
        let reader = try TmuxScreen(arguments: [], input: Paths.phoneReview)
        try reader.waitFor("Halden Aero 5 Pro review")
        try reader.press("Tab")
        try reader.waitFor("pixelpusher_88")
    }

    func testAMissingFileAmongSeveralIsReportedAndTheRestOpen() throws {
        let reader = try TmuxScreen(arguments: ["/nonexistent/gone.txt", Paths.phoneReview])
        try reader.waitFor("Halden Aero 5 Pro review")
        // The status row is drawn last: wait for it rather than catch the screen half drawn.
        let first = try reader.waitUntil("the notice") { self.statusLine($0).contains("not opened") }
        XCTAssert(statusLine(first).contains("not opened: /nonexistent/gone.txt"), statusLine(first))
        try reader.press("j")
        let next = try reader.waitUntil("the notice gone after a key") { !self.statusLine($0).contains("not opened") }
        XCTAssert(statusLine(next).contains("001_4d7c02a6ca09cb21.txt │ article │ line 2"), statusLine(next))
        XCTAssertFalse(reader.hasExited)
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
        let terms = ["dumb": "skein: TERM=dumb cannot move the cursor", "": "skein: TERM is not set",
                     "no-such-terminal": "skein: unknown terminal type 'no-such-terminal'"]
        for (term, message) in terms {
            let reader = try TmuxScreen(arguments: [Paths.seed], environment: ["TERM": term], reportingExit: true)
            let screen = try reader.waitFor("icanon")
            XCTAssert(screen.hasPrefix(message) && screen.contains("exit status 1"), screen)
            XCTAssert(screen.contains("icanon echo"), screen)
        }
    }
}
