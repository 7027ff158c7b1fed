import XCTest
@testable import ThreadKit

/// Saved web pages: each development page against its truth (authors, parents, depths and title, comment by
/// comment), the format found by content, and pages with nothing to read.
final class SavedPageTests: XCTestCase {
    private struct Truth: Decodable {
        struct Entry: Decodable {
            var author: String?
            var parent: Int??
            var alt_authors: [String]?
        }
        var title: String
        var alt_titles: [String]?
        var comments: [Entry]
    }

    /// A development page's truth and the thread read from it.
    private func load(_ name: String) throws -> (truth: Truth, thread: ThreadKit.Thread) {
        let folder = Fixtures.htmlPages.appendingPathComponent("dev")
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: folder.appendingPathComponent(name + ".truth.json")))
        return (truth, try FormatDetector.parse(bytes: Array(try Data(contentsOf: folder.appendingPathComponent(name + ".html")))))
    }

    private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (truth, thread) = try load(name)
        XCTAssertEqual(thread.format, "html", name, file: file, line: line)
        // The page's title may keep the site's name after a bar or a dash ("… - Lemmy"), as the scorer allows.
        let parsedTitle = thread.title ?? ""
        XCTAssert(([truth.title] + (truth.alt_titles ?? [])).contains { parsedTitle == $0 || parsedTitle.hasPrefix($0 + " - ") || parsedTitle.hasPrefix($0 + " | ") },
                  "\(name): title \(parsedTitle)", file: file, line: line)
        XCTAssertEqual(thread.comments.count, truth.comments.count, "\(name): comments", file: file, line: line)
        func bare(_ name: String?) -> String? {
            guard let name, !["[deleted]", "deleted", "[removed]", ""].contains(name) else { return nil }
            return name.hasPrefix("@") ? String(name.dropFirst()) : name
        }
        for (index, (expected, parsed)) in zip(truth.comments, thread.comments).enumerated() {
            let names = [bare(expected.author)] + (expected.alt_authors ?? []).map(bare)
            XCTAssert(names.contains(bare(parsed.author)), "\(name) #\(index): author \(parsed.author ?? "none"), want \(expected.author ?? "none")",
                      file: file, line: line)
            if case let .some(parent) = expected.parent {
                XCTAssertEqual(parsed.parent, parent, "\(name) #\(index): parent", file: file, line: line)
            }
        }
        // Depths follow from the parents: the tree draws them.
        let depths = truth.comments.indices.map { index -> Int in
            var depth = 0, current = truth.comments[index].parent ?? nil
            while let parent = current { depth += 1; current = truth.comments[parent].parent ?? nil }
            return depth
        }
        if truth.comments.allSatisfy({ $0.parent != nil }) {
            XCTAssertEqual(thread.comments.indices.map { Int(thread.tree.depth[$0]) }, depths, "\(name): depths", file: file, line: line)
        }
    }

    func testOldReddit() throws { try check("01_old_reddit") }
    func testNewReddit() throws { try check("02_new_reddit") }
    func testHackerNews() throws { try check("03_hacker_news") }

    /// New Reddit of 2018–23 (the React redesign): flat comments whose "level N" label is their depth.
    func testRedesignedReddit() throws {
        try check("22_new_reddit")
        try check("73_new_reddit")
        let page = Fixtures.htmlPages.appendingPathComponent("dev/73_new_reddit.html")
        let thread = try FormatDetector.parse(bytes: Array(try Data(contentsOf: page)))
        XCTAssertEqual(thread.comments.first?.blocks.first?.text.hasPrefix("Fun fact: Vanilla (the real stuff)"), true)
        XCTAssertEqual(thread.submitter, "benyacobi")
    }

    /// A WordPress.com theme with neither `comment-content` nor `comment-body` ("highlander": `div.contenttext`): each text is
    /// the comment's item less its header, its metadata and the replies under it.
    func testAWordPressThemeWithoutACommentBodyReadsEachText() throws {
        let page = Fixtures.htmlPages.appendingPathComponent("dev/57_wordpress.html")
        let thread = try FormatDetector.parse(bytes: Array(try Data(contentsOf: page)))
        XCTAssertEqual(thread.comments.count, 13)
        XCTAssertTrue(thread.comments.allSatisfy { !$0.blocks.isEmpty })
        let first = thread.comments[0].blocks.map(\.text).joined(separator: " ")
        XCTAssertTrue(first.hasPrefix("Are there workshops available for an 80 year-old"), first)
        XCTAssertFalse(first.contains("If your local WordPress meetup"), "the reply under it is its own")
        XCTAssertFalse(first.contains("Jun 20th"), "the date is the header's")
    }

    /// A WordPress theme whose `comment-author` box holds the avatar only (BuzzBlog): the name is the `span.author` beside the
    /// text, and the date written before the text with no element of its own ("März 7, 2018") is no paragraph of it.
    func testAWordPressThemeWithTheNameBesideTheAvatarsBox() throws {
        let page = Fixtures.htmlPages.appendingPathComponent("dev/85_wordpress.html")
        let thread = try FormatDetector.parse(bytes: Array(try Data(contentsOf: page)))
        XCTAssertEqual(thread.comments.count, 21)
        XCTAssertEqual(thread.comments.filter { $0.author == "happyface313" }.count, 10)
        XCTAssertEqual(Array(thread.comments.prefix(3).map(\.author)), ["dottoressa", "happyface313", "Miriam"])
        XCTAssertEqual(thread.comments[0].blocks.first?.text.hasPrefix("Liebe Claudia,"), true, "\(thread.comments[0].blocks.first?.text ?? "")")
        XCTAssertFalse(thread.comments.contains { $0.blocks.contains { $0.text == "dottoressa" } }, "the name is no text")
    }

    /// XenForo 1 (`li.message`, the text in `blockquote.messageText`): the text's own blockquote quotes no one; a quotation
    /// links the post it comes from beside it ("goto/post?id=…"), whose comment it answers; its "Click to expand..." is no
    /// text. A later page's first post ("#1326") is a comment, the first page's ("#1") the article.
    func testXenForo1() throws {
        try check("78_xenforo")
        let later = Fixtures.htmlPages.appendingPathComponent("dev/35_xenforo.html")
        let thread = try FormatDetector.parse(bytes: Array(try Data(contentsOf: later)))
        XCTAssertEqual(thread.comments.count, 25)
        XCTAssertEqual(thread.comments.first?.author, "TheBleachDoctor")
        XCTAssertEqual(thread.comments[6].parent, 4)
        XCTAssertEqual(thread.comments[6].blocks.last?.kind, .paragraph, "the text's own blockquote is no quotation")
        XCTAssertFalse(thread.comments.contains { $0.blocks.contains { $0.text.contains("Click to expand") } })
    }

    /// A Hacker News page saved in 2018 has no `commtext`: each comment's text is its `div.comment`.
    func testHackerNewsSavedBefore2020ReadsEachText() throws {
        try check("71_hacker_news")
        let page = Fixtures.htmlPages.appendingPathComponent("dev/71_hacker_news.html")
        let thread = try FormatDetector.parse(bytes: Array(try Data(contentsOf: page)))
        XCTAssertTrue(thread.comments.allSatisfy { !$0.blocks.isEmpty && $0.status == .normal })
        XCTAssertEqual(thread.comments.first?.blocks.first?.text.hasPrefix("\"inhumane quasi-slavery visa situation"), true)
        XCTAssertFalse(thread.comments.contains { $0.blocks.contains { $0.text.contains("reply") && $0.text.count < 8 } }, "the reply link is no text")
    }
    func testLobsters() throws { try check("04_lobsters") }
    func testGitHubIssue() throws { try check("05_github_issue") }
    func testStackExchange() throws { try check("06_stack_exchange") }
    func testMastodon() throws { try check("07_mastodon") }
    func testWordPress() throws { try check("08_wordpress") }
    func testBlogger() throws { try check("09_blogger") }

    /// vBulletin 3 and 4: the text in `div#post_message_N`, the post the `#postN` element around it, a quotation naming its
    /// post by a link; its icons ("Quote", "View Post") are no text; on a later page the first post is no article.
    func testVBulletin() throws {
        try check("38_vbulletin")
        try check("67_vbulletin")
        try check("96_vbulletin")
        let page = Fixtures.htmlPages.appendingPathComponent("dev/37_vbulletin.html")
        let thread = try FormatDetector.parse(bytes: Array(try Data(contentsOf: page)))
        XCTAssertEqual(thread.comments.count, 20)
        XCTAssertEqual(thread.comments.first?.author, "Shirohige")
        let vb4 = try FormatDetector.parse(bytes: Array(try Data(contentsOf: Fixtures.htmlPages.appendingPathComponent("dev/96_vbulletin.html"))))
        XCTAssertEqual(vb4.comments[5].blocks.first?.text, "Originally Posted by Crazyguy")
    }

    /// NodeBB: a flat list of posts, a reply's box over it naming its parent's post (its preview of the parent no text).
    func testNodeBB() throws { try check("89_nodebb") }

    /// Habr, read by the generic reader: the name a link to the user's page, the text a block's element ("comment__message"), the
    /// replies in a list right after the comment, in the same `li`.
    func testHabr() throws { try check("19_habr") }

    /// Slashdot, read by the generic reader: the name a link to "~name", the text "commentBody" in camel case, a hidden comment's
    /// placeholder holding its replies but none of their text. Only "Anonymous Coward", no link, is not found as a name.
    func testSlashdot() throws {
        let (truth, thread) = try load("33_slashdot")
        XCTAssertEqual(thread.comments.map(\.parent), truth.comments.map { $0.parent ?? nil })
        XCTAssertEqual(thread.comments.map { $0.author ?? "Anonymous Coward" }, truth.comments.map { $0.author ?? "Anonymous Coward" })
        XCTAssertEqual(thread.comments.filter { $0.author == nil && !$0.blocks.isEmpty }.count, 1)
    }

    /// LiveJournal, read by the generic reader: a flat list whose wrappers give each comment's level ("mdspost-thread--level-2"),
    /// a collapsed comment no text of its own (not its header's). (Its "28 more comments from …" rows are still read as comments.)
    func testLiveJournalByLevels() throws {
        let (truth, thread) = try load("17_livejournal")
        XCTAssertEqual(thread.comments.prefix(10).map(\.parent), truth.comments.prefix(10).map { $0.parent ?? nil })
        XCTAssertEqual(thread.comments.prefix(10).map(\.author), truth.comments.prefix(10).map(\.author))
        XCTAssertEqual(thread.comments[2].blocks, [])
        XCTAssertEqual(thread.comments.count, truth.comments.count + 2)
    }

    /// Typepad, read by the generic reader: the name in the footer after the text, "Posted by: Janet | DATE" (a link or not); the
    /// reply form's hidden preview ("Posted by: |") is no comment.
    func testTypepad() throws { try check("18_typepad") }

    /// Drupal 8 on cicero.de, read by the generic reader: the name only in a heading of the comment's footer, "NAME | DATE"; the
    /// text the element the page's schema names (`property="schema:text"`), not the subject in "field--name-comment-body".
    func testDrupalByItsSchema() throws { try check("43_drupal") }

    /// Flarum saved without its scripts: the posts only in a `<noscript>`, numbered by their order; a reply mentions the post it
    /// answers ("…/d/2068-slug/5"), the opening post's mention no parent.
    func testFlarum() throws { try check("26_flarum") }

    /// MyBB: `div.post` with `id="post_N"`, a quotation's link to the post it comes from ("#pid1390638"); the page's `<h1>` is
    /// the site's logo, a link to its front page, no title.
    func testMyBB() throws { try check("27_mybb") }

    /// NodeBB 3: the post answered linked from the reply's header (`a[component=post/parent]`, `data-topid`).
    func testNodeBBThree() throws { try check("29_nodebb") }

    /// Lemmy, read by the generic reader: `li.comment` nested in the comment answered, the name only a link to the user's page
    /// (`/u/db0@lemmy.dbzer0.com`).
    func testLemmyByItsProfileLinks() throws { try check("28_lemmy") }

    /// Invision Community: the name a link, or the pane's text less its "OP" button and reputation; a quote names its post.
    func testInvision() throws {
        try check("69_invision")
        try check("95_invision")
    }

    /// Blogger's old template in French: "NAME a dit…", the name a link's text after the comment's anchor and the avatar's link
    /// (which hold none), or no link at all.
    func testBloggersOldTemplate() throws {
        let page = Fixtures.htmlPages.appendingPathComponent("dev/91_blogger.html")
        let thread = try FormatDetector.parse(bytes: Array(try Data(contentsOf: page)))
        XCTAssertEqual(thread.comments.prefix(5).map(\.author), ["Filicophyta", "Jn", "fredulf'", "Anonyme", "Guillaum"])
        XCTAssertEqual(thread.comments.filter { $0.author == "Pr Charles Xavier" }.count, 1)
        XCTAssertEqual(NestedSites.bloggerName(saying: "Anonym hat gesagt…"), "Anonym")
        XCTAssertEqual(NestedSites.bloggerName(saying: "Ann Lee said..."), "Ann Lee")
    }
    func testDisqus() throws { try check("10_disqus") }
    /// Disqus's WordPress plugin writes its comments into the page (`li.comment` with `.dsq-comment-header`), pingbacks among them.
    func testDisqusWrittenIntoAWordPressPage() throws {
        let page = Fixtures.htmlPages.appendingPathComponent("dev/79_disqus.html")
        let thread = try FormatDetector.parse(bytes: Array(try Data(contentsOf: page)))
        XCTAssertEqual(thread.comments.count, 28)
        XCTAssertEqual(Array(thread.comments.prefix(3).map(\.author)), ["TheAshwaniK", "alkrauss48", "brandonpittman"])
        XCTAssertEqual(thread.comments[1].parent, 0)
        XCTAssertEqual(thread.comments[0].blocks.first?.text, "Thanks.. I have been waiting for this. Great job.")
    }
    func testDiscourse() throws { try check("11_discourse") }
    func testPhpBB() throws { try check("12_phpbb") }
    func testXenForo() throws { try check("13_xenforo") }
    func testSubstack() throws { try check("14_substack") }
    func testGenericReaderOnMovableType() throws { try check("15_generic_movabletype") }
    func testGenericReaderOnADrupalNewsSite() throws { try check("16_generic_hpd") }

    /// Drupal's "comment__submitted" (BEM), "NAME | DATE" with the votes' form after it: the name before the bar, a link's or not.
    func testGenericReaderOnDrupalsSubmittedLine() throws { try check("93_drupal") }

    func testTheGenericReaderFindsTheArticleApartFromNavigationAndComments() throws {
        for (name, opening) in [("15_generic_movabletype", "Ten years, 41,000 photos"), ("16_generic_hpd", "Ohrenbetäubende Stille")] {
            let page = Fixtures.htmlPages.appendingPathComponent("dev/\(name).html")
            let thread = try FormatDetector.parse(bytes: Array(try Data(contentsOf: page)))
            XCTAssert(thread.article.blocks.first?.text.hasPrefix(opening) == true, "\(name): \(thread.article.blocks.first?.text ?? "no article")")
        }
    }

    func testFoundByContentWhateverTheName() throws {
        let page = Array("<!-- saved from url=(0042)https://example.org/ -->\n<html><body><p>Hello there, a page.</p></body></html>".utf8)
        XCTAssertEqual(try FormatDetector.parse(bytes: page).format, "html")
        XCTAssertEqual(try FormatDetector.parse(bytes: Array("<!doctype HTML><title>T</title>".utf8)).format, "html")
        XCTAssertNotEqual(try FormatDetector.parse(bytes: Array("Plain text that mentions <html> later on.\nAnother line.".utf8)).format, "html")
    }

    func testThePagesDeclaredCharsetDecodesIt() throws {
        let koi8: [UInt8] = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><title>".utf8)
            + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("</title></head><body><p>x</p></body></html>".utf8)
        XCTAssertEqual(try FormatDetector.parse(bytes: koi8).title, "Привет")
        let shiftJIS: [UInt8] = Array("<!DOCTYPE html><meta charset=\"Shift_JIS\"><title>".utf8) + [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA]
            + Array("</title><p>x</p>".utf8)
        XCTAssertEqual(try FormatDetector.parse(bytes: shiftJIS).title, "日本語")
        // Valid UTF-8 is read as UTF-8 whatever the page claims: browsers' saves often keep an old declaration.
        let utf8 = Array("<!DOCTYPE html><meta charset=\"iso-8859-1\"><title>Café</title><p>x</p>".utf8)
        XCTAssertEqual(try FormatDetector.parse(bytes: utf8).title, "Café")
        // A page that says Latin-1 is read as Windows-1252, as browsers read it: 0x92 is the apostrophe.
        let latin1 = Array("<!DOCTYPE html><meta charset=\"ISO-8859-1\"><title>I".utf8) + [0x92] + Array("m here</title><p>x</p>".utf8)
        XCTAssertEqual(try FormatDetector.parse(bytes: latin1).title, "I’m here")
    }

    func testLoadMoreStubsAreCountsOnTheirParentNotComments() throws {
        let page = "<html><body><div class=\"thing link\" data-author=\"op\"><a class=\"title\">T</a></div><div class=\"sitetable\">"
            + "<div class=\"thing comment\" data-author=\"ann\"><div class=\"entry\"><div class=\"md\"><p>Hello</p></div></div>"
            + "<div class=\"child\"><div class=\"thing morechildren\"><a>load more comments (3 replies)</a></div></div></div>"
            + "<div class=\"thing morechildren\"><a>load more comments (12 replies)</a></div></div></body></html>"
        let thread = try FormatDetector.parse(bytes: Array(page.utf8))
        XCTAssertEqual(thread.comments.map(\.author), ["ann"])
        XCTAssertEqual(thread.comments.first?.unsavedReplies, 3)
        XCTAssertEqual(thread.unsavedTopLevel, 12)
        XCTAssertEqual(thread.submitter, "op")
    }

    func testAPageWithNothingToReadIsAnArticleWithNoComments() throws {
        let thread = try FormatDetector.parse(bytes: Array("<!DOCTYPE html><html><head><title>Nothing | Site</title></head><body><script>x()</script></body></html>".utf8))
        XCTAssertEqual(thread.title, "Nothing")
        XCTAssertEqual(thread.comments.count, 0)
    }

    func testTruncatedMarkupGivesWhatItHolds() throws {
        let page = "<html><body><div class=\"comment\"><span class=\"author\">Ann</span><div class=\"comment-content\">First words here</div></div>"
            + "<div class=\"comment\"><span class=\"author\">Bo</span><div class=\"comment-content\">Second one is cut"
        let thread = try FormatDetector.parse(bytes: Array(page.utf8))
        XCTAssertEqual(thread.comments.map(\.author), ["Ann", "Bo"])
        XCTAssertEqual(thread.comments.last?.blocks.first?.text, "Second one is cut")
    }
}
