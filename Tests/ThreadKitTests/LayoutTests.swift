import Foundation
import XCTest
@testable import ThreadKit

/// Layouts learnt from the page: line shapes, shown parents, a text browser's link numbers, and the
/// development and held-out pages of sixteen layouts (Tests/Fixtures/layouts).
final class LayoutTests: XCTestCase {
    private let rules = PlainTextRules.standard

    func testHeadersOfOnePageShareAShapeWhateverTheName() {
        let vocabulary = LineShape.Vocabulary(lines: ArraySlice(["Ann said...", "Bob Lee said...", "kim_77 said...", "A longer line of text",
                                                                 "Reply", "Cy 1 points", "Di 2 points", "Ed 9 points"]
            .map { PageLine(text: $0, blanksBefore: 0) }), rules: rules)
        let shapes = ["Ann said...", "Bob Lee said...", "[12]kim_77 said..."].map { ShapedLine($0, vocabulary: vocabulary, rules: rules).shape }
        XCTAssertEqual(Set(shapes).count, 1, "\(shapes)")
        XCTAssertEqual(shapes[0].description, "NAME said...")
        let age = ShapedLine("Ann 12 points 3 hours ago", vocabulary: vocabulary, rules: rules).shape
        XCTAssertEqual(age.description, "NAME N points DATE", "a count stays a count; a count and its unit of time are a date")
        XCTAssertEqual(ShapedLine("Mar 3, 2019 at 5:00 pm", vocabulary: vocabulary, rules: rules).shape.tokens.first, .time)
        // A clock's time as French writes it, and a Russian age.
        XCTAssertEqual(ShapedLine("15 mai 2019 à 08h07", vocabulary: vocabulary, rules: rules).shape.tokens.last, .time)
        XCTAssertEqual(ShapedLine("2 часа назад", vocabulary: vocabulary, rules: rules).shape.tokens, [.time])
        // A day's ordinal beside a month is the date's; alone it is no count ("4th, 1838." wrapped from a sentence).
        XCTAssertEqual(ShapedLine("Ann Lee · 1er juillet 2019", vocabulary: vocabulary, rules: rules).shape.description, "NAME · DATE")
        XCTAssertEqual(ShapedLine("Ann Lee March 1st, 2019", vocabulary: vocabulary, rules: rules).shape.description, "NAME DATE")
        XCTAssertEqual(ShapedLine("4th, 1838.", vocabulary: vocabulary, rules: rules).shape.description, "NAME N")
    }

    /// A text browser's definition list ("Joined" / "    Oct 28, 2023"): the label is a word of the page's layout however
    /// seldom it stands beside the commonest words; a name over its indented text is none.
    func testADefinitionListsLabelIsAWordOfTheLayout() {
        var lines: [PageLine] = []
        for (index, name) in ["latawiec", "LondonAussie", "MELso", "tgh"].enumerated() {
            lines += [PageLine(text: name, blanksBefore: 1), PageLine(text: "Joined", blanksBefore: 1),
                      PageLine(text: "Oct \(index + 2), 2023", blanksBefore: 0, indent: 4),
                      PageLine(text: name == "tgh" ? "tgh" : "Posts", blanksBefore: 1), PageLine(text: "The posted text goes on here", blanksBefore: 0, indent: 4)]
            lines += (0..<8).map { PageLine(text: "• the \($0) item of a list", blanksBefore: 0) }
        }
        let vocabulary = LineShape.Vocabulary(lines: ArraySlice(lines), rules: rules)
        XCTAssertTrue(vocabulary.words.contains("joined"))
        XCTAssertFalse(vocabulary.words.contains("tgh"))
    }

    /// A reply's header may have more marks before its words than a comment's: a permalink's "#", a link to the parent's "^"
    /// ("+ [38]# [39]^ Le 2 juillet…" under "* [27]# Le 17 juillet…" through lynx). Both have one shape.
    func testMarksBeforeAHeadersWordsAreNoPartOfItsShape() {
        let vocabulary = LineShape.Vocabulary(lines: [], rules: rules)
        let shapes = ["* [27]# Ann said", "+ [38]# [39]^ Bob Lee said", "^ Cy said", "Di said"].map { ShapedLine($0, vocabulary: vocabulary, rules: rules).shape }
        XCTAssertEqual(Set(shapes).count, 1, "\(shapes)")
        XCTAssertEqual(ShapedLine("* * *", vocabulary: vocabulary, rules: rules).shape.description, "* *", "a rule of marks stays one")
    }

    func testAHandleOfTheInstanceEndsTheDisplayName() {
        let vocabulary = LineShape.Vocabulary(lines: [], rules: rules)
        let remote = ShapedLine("Tomasz W. @tomasz@fedi.example", vocabulary: vocabulary, rules: rules).shape
        let local = ShapedLine("Quinn Harlow @qharlow", vocabulary: vocabulary, rules: rules).shape
        XCTAssertEqual(local, remote, "a handle with no instance is a handle too, not a third word of the name")
        XCTAssertEqual(local.description, "NAME @handle")
    }

    /// A fediverse header ("Ana Ferraz 🌻 @ana@tipos.example", or the handle on the line under the name): the poster is the
    /// display name, and the handle beside it is whom a reply's "@ana" opener names, shown by the page.
    func testAFediverseHandleNamesWhomARepliesMentionAnswers() throws {
        let posts: [(name: String, handle: String, body: String)] = [
            ("Ana Ferraz 🌻", "@ana@tipos.example", "@bene What a find! The foundry rings a bell, I think it closed in the thirties."),
            ("Benedikt A.", "@bene", "@ana Thank you, I will write to the museum in Offenbach tomorrow."),
            ("Mina", "@mina@fedi.example", "@bene please scan the pencil corrections as well, they are the best part."),
            ("Benedikt A.", "@bene", "@mina Of course, every page at 600 dpi."),
            ("Ana Ferraz 🌻", "@ana@tipos.example", "@bene following this with great interest, keep us posted."),
        ]
        for handleUnderName in [false, true] {
            var page = "Benedikt A." + (handleUnderName ? "\n" : " ") + "@bene\n\nFound a 1931 specimen book in a skip outside a print shop.\n\n"
            for (index, post) in posts.enumerated() {
                page += "\(30 - index)m\n" + post.name + (handleUnderName ? "\n" : " ") + post.handle + "\n\n" + post.body + "\nReply\nBoost\nFavourite\n\n"
            }
            let thread = try parsePage(page)
            XCTAssertEqual(thread.authors_, posts.map(\.name), "handle under the name: \(handleUnderName)")
            guard thread.comments.count == posts.count else { continue }
            XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 1, 2, 3], "the one each reply's \"@name\" opener names")
            XCTAssertFalse(thread.comments.dropFirst().contains(where: \.parentInferred), "handle under the name: \(handleUnderName)")
        }
    }

    func testALongNameOfSmallWordsAndAYearOpensAHeader() throws {
        // "The", "In" and the year are no name's words on their own: the name is the capitalised run the header's mark ends.
        let posts: [(name: String, body: String)] = [
            ("Priya N.", "The bus used to stop right outside the school gates, which was the whole point of it."),
            ("The Lady Who Ran The Corner Shop In 1987", "We sold more bus passes than sweets some weeks, I can tell you that much."),
            ("tomas_v", "Does anyone know whether the evening service is going as well, or only the morning one?"),
            ("Priya N.", "Only the morning one, according to the letter that came home in the book bags."),
            ("The Lady Who Ran The Corner Shop In 1987", "Then the evening one will be next year, mark my words, it always goes that way."),
        ]
        let thread = try parsePage(bulletedPage(posts))
        XCTAssertEqual(thread.authors_, posts.map(\.name))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, posts.map(\.body))
        // A reply's header wrapped by a text browser at its width inside the long name it answers: its second line opens
        // with what reads as a long name on its own ("In 1987"), which is no poster.
        func wrapped(_ text: String) -> String {
            var lines = [""]
            for word in text.split(separator: " ") {
                if lines[lines.count - 1].count + 1 + word.count > 58 { lines.append("") }
                lines[lines.count - 1] += (lines[lines.count - 1].isEmpty ? "" : " ") + word
            }
            return lines.map { "    " + $0 }.joined(separator: "\n")
        }
        var browsed = "School bus route to be cut from March\n\n" + wrapped(String(repeating: "The county says the route carries too few "
            + "pupils to keep running after the spring term, and families have been told to make other arrangements. ", count: 4)) + "\n\n"
        for (index, post) in posts.enumerated() {
            browsed += "    \(post.name) • \(index + 2) hours ago\n" + wrapped(post.body + " " + post.body) + "\n    Reply • Share ›\n\n"
        }
        browsed += "    Wendell Okonkwo-Battersby The Lady Who Ran The Corner Shop\n    In 1987 • 1 hour ago\n"
            + wrapped("Sweets or no sweets, that shop kept the whole estate going for years, and we all knew it.") + "\n    Reply • Share ›\n"
        XCTAssertFalse(try parsePage(browsed).authors_.contains("In 1987"))
        // So does one in a header's slot after its words ("Post by The Oracle »"), and one signing a comment on a line of its
        // own under a long line of its text ("— The Oracle, March 4, 2024"), which no text browser wrapped.
        // (A year closing the name before the date, "In 1987, March 4, 2024", would read as the date's.)
        var forum = "School bus route to be cut from March\n\n", signed = forum
        for (index, post) in posts.enumerated() {
            let name = index == 1 || index == 4 ? "The Oracle" : post.name
            forum += "Re: School bus\nPost by \(name) » Mon Mar \(index + 3), 2024 9:1\(index) am\n\(post.body)\nTop\n\n"
            signed += "\(post.body)\n— \(name), March \(index + 3), 2024\n\n"
        }
        let expected = posts.enumerated().map { $0.offset == 1 || $0.offset == 4 ? "The Oracle" : $0.element.name }
        XCTAssertEqual(try parsePage(forum).authors_, expected)
        XCTAssertEqual(try parsePage(signed).authors_, expected)
    }

    func testAFirstNameThatNamesAMonthOrADayIsAName() throws {
        // "June", "August", "May", "Jan": a month's name before a capitalised word that dates nothing is a first name, and the
        // page's header "NAME •" stays the page's.
        let posts: [(name: String, body: String)] = [
            ("Priya N.", "The bus used to stop right outside the school gates, which was the whole point of it."),
            ("June Whitaker", "We sold more bus passes than sweets some weeks, I can tell you that much."),
            ("tomas_v", "Does anyone know whether the evening service is going as well, or only the morning one?"),
            ("August Brenner", "Only the morning one, according to the letter that came home in the book bags."),
            ("Jan Kowalski", "Then the evening one will be next year, mark my words, it always goes that way."),
            ("May Chen", "My two take the service bus now and it has been fine, if a bit crowded at eight."),
        ]
        let thread = try parsePage(bulletedPage(posts))
        XCTAssertEqual(thread.authors_, posts.map(\.name))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, posts.map(\.body))
    }

    /// Comments of one short line ("Agreed", "+1") are whole comments in every header layout: the line under a header and its
    /// text is no part of the header's block, a row of actions under each text is furniture, and a post's title glued over the
    /// next header ("Re: School bus" over "Post by Ann »") is that one's.
    func testOneLineCommentsKeepTheirTextUnderAnyHeader() throws {
        let names = ["Priya Nair", "tomas_v", "Helen Okafor", "grumpy_gus", "Martin Leclerc", "Siobhan Byrne", "dave_k"]
        let texts = ["The bus used to stop right outside the school gates, which was the whole point of it.",
                     "Does anyone know whether the evening service is going as well, or only the morning one?",
                     "Agreed", "Then the evening one will be next year, mark my words, it always goes that way.",
                     "My two take the service bus now and it has been fine, if a bit crowded at eight.", "Well said.",
                     "We walk now. It takes twenty minutes and the dog loves it, so not all bad."]
        let headers: [(String, (String, Int) -> String)] = [
            ("bulleted", { name, index in "\(name) • \(index + 2) hours ago\n{text}\nReply • Share ›\n\n" }),
            ("forum", { name, index in "Re: School bus\nPost by \(name) » Mon Mar \(index + 3), 2024 9:1\(index) am\n{text}\nTop\n\n" }),
            ("blog", { name, index in "\(name) said...\n{text}\n\(index + 3) March 2024 at 10:0\(index)\n\n" }),
            ("issue", { name, index in "\(name) commented \(index + 2) days ago\n{text}\n👍 \(index + 1)\n\n" }),
        ]
        for (layout, header) in headers {
            var page = "School bus route to be cut from March\n\nThe county says the route carries too few pupils to keep running after "
                + "the spring term, and families have been told to make other arrangements.\n\n7 comments\n\n"
            for (index, name) in names.enumerated() { page += header(name, index).replacingOccurrences(of: "{text}", with: texts[index]) }
            let thread = try parsePage(page)
            XCTAssertEqual(thread.authors_, names, layout)
            XCTAssertEqual(thread.comments.map { $0.blocks.map(\.text) }, texts.map { [$0] }, layout)
        }
    }

    /// A forum's user titles in a header of their own ("gadgets member", "gadgets regular") under each poster's name: the
    /// name line says who posted, not the title's last word.
    func testAUserTitleUnderTheNameIsNoPoster() throws {
        let posts: [(name: String, title: String, body: String)] = [
            ("Anna Weller", "member", "If you have small hands and want to keep it one hand operation get the new one."),
            ("Karl Reacher", "regular", "Thanks! I have checked the average hand size and I am above that, so it should be fine."),
            ("Tom Price", "member", "I mean, if your present phone is dying, you should get something now and not wait."),
            ("Lena Fischer", "veteran", "If you can, you are better off waiting five months for the smaller one."),
            ("Ruth Okafor", "regular", "If you are using the first one then go for the second, it is the same size."),
            ("Rui Tanaka", "newbie", "The 11 is bigger but the battery alone is worth it, I would not go back."),
        ]
        var page = "SE or 11\n\nI need to buy a new phone this week and cannot decide between the two sizes, any advice welcome.\n\n"
        for (index, post) in posts.enumerated() {
            page += "\(post.name)\ngadgets \(post.title)\nApr \(index + 19), 2020\n#\(index + 2)\n\n\(post.body)\n\nLike Reply\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.name))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, posts.map(\.body))
    }

    /// New Reddit through w3m: "level 2" over each name, with the comment above's footer ("ReportSave", "Continue this thread")
    /// over it, and the name over "· 4 yr. ago": the names over the dates say who, not the two footers over the levels.
    func testNamesOverTheDatesNotTheFootersOverTheLevels() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/73_new_reddit.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions(explain: true))
        XCTAssert(thread.layoutText.hasPrefix("header: · DATE"), thread.layoutText)
        XCTAssertEqual(Array(thread.authors_.prefix(5)), ["LorenzoPg", "emptyzombiekilla", "drizzitdude", "strangeglyph", "smartypants333"])
    }

    /// wpDiscuz (a WordPress comment plugin) prints a share button's words under each poster's name, the same question each
    /// time ("Diesen Kommentar auf Twitter teilen?", doubled by w3m): the button's, no sentence; the name over it says who, a
    /// single word as most of them are, however weakly it scores alone.
    func testTheNameOverARepeatedButtonIsThePoster() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/56_wpdiscuz.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            XCTAssertEqual(Array(thread.authors_.prefix(5)), ["Bummi", "Mayor Quimby", "Schonclode", "Michael Theren", "H. Priess"], copy)
            XCTAssertEqual(thread.comments.count, 17, copy)
        }
    }

    /// Pikabu's header is its avatar's text and the name ("Аватар пользователя GreatMag GreatMag") over a Russian age
    /// ("2 часа назад"); a reply deeper in the thread has the name alone over the age, under the footer of the comment
    /// above ("(BUTTON) (BUTTON)" / "+2"): a header all the same.
    func testANameAloneOverTheHeadersDateUnderAFooterIsAHeader() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/76_pikabu.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            let authors = thread.authors_.compactMap { $0 }
            XCTAssertEqual(Array(authors.drop { $0 != "GreatMag" }.prefix(4)), ["GreatMag", "moovs", "morrasus", "Zozobob"], copy)
            XCTAssertEqual(authors.filter { $0 == "morrasus" }.count, 5, copy)
        }
    }

    /// Discourse titles a quotation with the quoted poster's name and a colon over its indented lines ("kazlauskis:", after an
    /// avatar's stand-in through w3m: "● kazlauskis:"): a quotation, its poster the one answered, shown by the page.
    func testAPostersNameAndAColonOverIndentedLinesTitlesAQuotation() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/11_discourse.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            let reply = try XCTUnwrap(thread.comments.first { $0.blocks.last?.text == "What should YOUR_KEYSTORE_ALIAS be?" }, copy)
            XCTAssertEqual(reply.blocks.map(\.kind), [.quote, .quote, .paragraph], copy)
            let parent = try XCTUnwrap(reply.parent, copy)
            XCTAssertEqual(thread.comments[parent].author, "kazlauskis", copy)
            XCTAssertFalse(reply.parentInferred, copy)
        }
    }

    /// w3m draws a rule in a deep reply's margin, some alone on a line over its text ("━━━━━━━━"): the page's drawing.
    func testARuleDrawnInTheMarginIsNoText() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/24_hacker_news.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertFalse(thread.comments.contains { $0.blocks.contains { $0.text.hasPrefix("━━━") } })
        XCTAssert(thread.comments.contains { $0.author == "spullara" && $0.blocks.first?.text.hasPrefix("There are reasons Oracle sued") == true })
    }

    /// A text that opens with the one it answers and a colon, alone on its line under the trailer of the comment above
    /// ("@Scherf:" / gap / "(i) Es scheint …"): the text's, not a handle in that trailer's block.
    func testAnAddressAndAColonOpensTheTextNotTheBlockAbove() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/48_generic_oekonomenstimme.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let reply = try XCTUnwrap(thread.comments.first { $0.blocks.contains { $0.text.hasPrefix("(i) Es scheint schwer") } })
        XCTAssertEqual(reply.blocks.first?.text, "@Scherf:")
        XCTAssertEqual(reply.author, "GeorgQuaas")
    }

    /// XenForo closes each quotation with the same control ("Click to expand...Click to shrink..."): no text, and the reply
    /// under it is the poster's own.
    func testAControlUnderEachQuotationClosesIt() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/35_xenforo.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let crow = try XCTUnwrap(thread.comments.first { $0.author == "Crow" })
        XCTAssertEqual(crow.blocks.first { $0.kind == .paragraph }?.text, "OOC behavior? which part?")
        XCTAssertFalse(thread.comments.contains { $0.blocks.contains { $0.text.hasPrefix("Click to expand") } })
    }

    /// WordPress.com through w3m: each header opens with the avatar's stand-in, named by its file ("[71d] JanBeek …"), some
    /// by figures only ("[224] Mia Winhertt …"): a stand-in all the same, no link's number, and the header the others' shape.
    func testAnImagesStandInOfFiguresIsNoLinkNumber() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/57_wordpress.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssert(thread.authors_.contains("Mia Winhertt"), "\(thread.authors_)")
        XCTAssert(thread.authors_.contains("Gianna"), "\(thread.authors_)")
        XCTAssertEqual(thread.comments.count, 13)
    }

    /// A Spanish WordPress theme's "NAME dijo:" over each comment, on a page whose menus and headlines hold many more lines
    /// that score as names: the verb of saying makes it the page's header all the same, not a comment at each of those lines.
    func testANameAndAVerbOfSayingIsAHeaderWhateverTheChrome() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/54_wordpress.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions(explain: true))
            XCTAssert(thread.layoutText.hasPrefix("header: NAME dijo:"), thread.layoutText)
            XCTAssertEqual(thread.comments.count, 11, copy)
            XCTAssertEqual(thread.authors_.first, "Ramón", copy)
        }
    }

    /// SPIP's forum: "permalien NAME" over "(22 juin 2018 @11h29)", "@" before the time; a poster who gave no name has
    /// "permalien" alone over the date, a header all the same.
    func testALeadAloneOverTheHeadersDateIsANamelessHeader() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/58_spip.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            XCTAssertEqual(thread.comments.count, 27, copy)
            XCTAssertEqual(Array(thread.authors_.prefix(3)), [nil, "Red Bastard", "Red Bastard"], copy)
            XCTAssertEqual(thread.authors_.filter { $0 == nil }.count, 5, copy)
        }
    }

    /// SPIP's other forum: "# Le 2 juillet à 08:19, par NAME En réponse à : TITLE", the article's title wrapped onto the
    /// next line at a different word each time, a reply's header with a link to its parent ("^") and each comment with a
    /// "Répondre à ce message" button. The header is the dated line, not "NAME à" (the button's line, a title's rest: "à" is
    /// a small word of French, as "to" is of English), and "1er juillet" is a date.
    func testAFrenchForumHeaderWithItsTitleWrappedIsTheDatedLine() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/59_spip.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions(explain: true))
            XCTAssert(thread.layoutText.hasPrefix("header: le DATE à DATE par NAME en"), thread.layoutText)
            XCTAssertEqual(Array(thread.authors_.prefix(7)), ["Horus", "voltaire", "Lepayste", "Gérard Martinez", "Phile", "Horus", "V Jule"], copy)
            XCTAssertEqual(thread.comments[4].parent, 3, copy)
        }
    }

    /// A WordPress theme whose avatars' alt text is the commenter's mail address, printed before the name
    /// ("drzhutchinson@att.net' Roberta says:"), the long headers wrapped by the text browser: inside the name through lynx
    /// ("info@…' YHMAG" / "Edit@r says:"), before the verb through w3m ("… YHMAG Edit@r" / "says:").
    func testAMailAddressBeforeTheNameAndAHeaderWrappedAreReadAsOneHeader() throws {
        for (copy, count) in [("lynx", 24), ("w3m", 25)] {
            let page = Self.layouts.appendingPathComponent("copies/dev/87_wordpress.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            XCTAssertEqual(Array(thread.authors_.prefix(3)), ["Roberta", "Florina", "Emily"], copy)
            XCTAssertEqual(thread.authors_.filter { $0 == "YHMAG Edit@r" }.count, 8, copy)
            XCTAssertEqual(thread.comments.count, count, copy)
        }
        let vocabulary = LineShape.Vocabulary(lines: ArraySlice(["Ann says:", "Bob says:", "Cy says:", "Di wrote:", "Ed wrote:", "Flo wrote:"].map { PageLine(text: $0, blanksBefore: 0) }),
                                              rules: rules)
        let avatar = ShapedLine("ann@example.org' Ann Lee says:", vocabulary: vocabulary, rules: rules)
        XCTAssertEqual(avatar.shape.description, "NAME says:")
        XCTAssertEqual(avatar.words[avatar.spans[0]], ["Ann", "Lee"], "the address is none of the name")
        let poster = ShapedLine("ann@example.org wrote:", vocabulary: vocabulary, rules: rules)
        XCTAssertEqual(poster.words[poster.spans[0]], ["ann@example.org"], "an address alone before the verb is the poster's")
    }

    /// XenForo draws a poster with no picture as a letter ("M" over "mer" over the date), where posters with a user title have
    /// it between their name and the date: the letter in the name's place is no name, the line under it is.
    func testAnAvatarsLetterInTheNamesPlaceIsNoName() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/77_xenforo.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            XCTAssertEqual(Array(thread.authors_.prefix(4).dropFirst()), ["mer", "PMc", "wolffnx"], copy)
            XCTAssert(thread.authors_.contains("scottro") && thread.authors_.contains("Tieks"), "\(thread.authors_)")
        }
    }

    /// Through w3m a WordPress theme's comments stand glued one under another: "Reply" (set aside with the page's chrome) /
    /// "• [4caee2fe]" (the avatar) / "Miriam" / "März 7, 2018". The footer set aside above parts the name's block from the
    /// text above as a blank line would, so a first name alone there is the poster, however weakly it scores.
    func testAFooterSetAsideAbovePartsTheNamesBlock() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/85_wordpress.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.count, 21)
        XCTAssert(["Miriam", "Natascha", "Petra", "Jessi"].allSatisfy(thread.authors_.contains), "\(thread.authors_)")
        XCTAssertFalse(thread.authors_.contains(nil), "\(thread.authors_)")
    }

    /// MetaFilter's trailer "posted by NAME at 10:44 AM on December 8": most posters' names are one word, but a word of the
    /// header closes the slot, so a name of several ("filthy light thief", "the quidnunc kid") is taken whole; a badge in
    /// parentheses after it ("cortex (staff)") is none of it.
    func testANameSlotClosedByAWordOfTheHeaderIsTakenWhole() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/75_metafilter.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            let authors = Set(thread.authors_.compactMap { $0 })
            XCTAssert(authors.isSuperset(of: ["filthy light thief", "Going To Maine", "cortex", "LobsterMitten"]), "\(authors)")
            XCTAssertFalse(authors.contains { $0.contains("(staff)") || $0 == "filthy" }, "\(authors)")
        }
    }

    /// A WordPress theme's header, the name over "2 décembre 2017 | Reply", under "8 Responses": the article's headings above the
    /// count ("Vision :", "Accueil :") are no header, the date beside the reply button no count of replies, and a one-word name
    /// ("Toto", "Sweet") is the poster's where the others' names stand, set apart by a blank (w3m) or not (lynx).
    func testANameOverTheDateAndReplyButtonUnderTheCountedHeading() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/86_wordpress.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            XCTAssertEqual(thread.authors_, ["Daniel Ferrand", "Sweet", "Toto", "Maiwann", "Maiwann", "LauwCost", "Mika38", "Laurent"], copy)
            XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 0, 2, nil, nil, nil, nil], copy)
        }
    }

    /// Old Reddit marks the submitter or a cake day in brackets glued to the name ("Brookefemale[S]", "bunny1091[🍰]"): the
    /// mark is no part of the name, through lynx (its link numbers inside the brackets) and through w3m.
    func testAMarkInBracketsGluedToANameIsNoPartOfIt() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/72_old_reddit.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            XCTAssertEqual(thread.authors_.first, "Brookefemale", copy)
            XCTAssertEqual(thread.authors_.filter { $0 == "Brookefemale" }.count, 10, copy)
            XCTAssertTrue(thread.authors_.contains("bunny1091"), copy)
            XCTAssertFalse(thread.authors_.contains { $0?.contains("[") == true }, copy)
        }
    }

    /// Under a trailer layout ("Posted by: NAME | DATE" after each text) a text may open with a word and a colon over a
    /// sentence ("Update:" / "The council has now said …"): the text's opening, not a field of the poster's block.
    func testATextOpeningWithALabelOverASentenceKeepsIt() throws {
        let posts: [(name: String, text: [String])] = [
            ("Priya Nair", ["The bus used to stop right outside the school gates, which was the whole point of it."]),
            ("tomas_v", ["Does anyone know whether the evening service is going as well, or only the morning one?"]),
            ("Helen Okafor", ["Update:", "The council has now said it will review the decision in June."]),
            ("grumpy_gus", ["Three things:", "1. It was always late.", "2. It was always full."]),
            ("Martin Leclerc", ["My two take the service bus now and it has been fine, if a bit crowded at eight."]),
        ]
        var page = "School bus route to be cut from March\n\nBy Anna Weller\n\nThe county says the route carries too few pupils to keep "
            + "running.\n\n5 comments\n\n"
        for (index, post) in posts.enumerated() {
            page += post.text.joined(separator: "\n") + "\nPosted by: \(post.name) | March \(index + 3), 2024 at 09:1\(index) AM\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.name))
        XCTAssertEqual(thread.comments.map { $0.blocks.map(\.text).joined(separator: " ") }, posts.map { $0.text.joined(separator: " ") })
    }

    /// A trailer in small letters ("posted by NAME at DATE") glued under the text: a text that ends with a quotation's or an
    /// aside's close after its full stop, or with a smiley, has ended, and the trailer is no rest of its sentence.
    func testATrailerUnderATextEndingInAClosedQuotationIsATrailer() throws {
        let posts: [(name: String, text: String)] = [
            ("gwint", "The books are printed one at a time and the covers come out very well indeed."),
            ("Miko", "A friend who designs books said \"That's why I get paid to do book design for a living.\""),
            ("jdherg", "I would buy one for every thread I was ever in, that is how good they look (honestly.)"),
            ("cashman", "Those books will still be there long after the internet has ceased to exist :-)"),
            ("Melismata", "Does the index list every contributor or only the ones who posted more than once?"),
        ]
        let thread = try parsePage(Self.trailedPage(posts))
        XCTAssertEqual(thread.authors_, posts.map(\.name))
    }

    /// A page whose comments each close with "posted by NAME at TIME", as MetaFilter's do.
    private static func trailedPage(_ posts: [(name: String, text: String)]) -> String {
        var page = "Threads as books\n\nposted by gwint to Projects at 10:30 AM (\(posts.count) comments total)\n\n"
            + "Some of you asked for the printed threads.\n\n\n"
        for (index, post) in posts.enumerated() {
            page += post.text + "\nposted by \(post.name) at 10:3\(index) AM on December 8\n\n\n"
        }
        return page
    }

    /// vBulletin through lynx, cut at its trailers ("Ann" / "View Public Profile" / "Find More Posts by Ann", the poster's status
    /// "Ann is offline" over them): the first post's text runs from its own block, not from the name in its trailer; and a field
    /// of a label the layout knows ("Location: Los Angeles"), whatever its value ("Location: in the land down under..."), is the
    /// block's, not the text's.
    func testAForumTrailerLeavesTheFirstPostsTextAndTheBlocksFields() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/37_vbulletin.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let first = try XCTUnwrap(thread.comments.first)
        XCTAssertEqual(first.author, "Shirohige")
        XCTAssertEqual(first.blocks.first?.text, "Quote:")
        XCTAssertTrue(first.blocks.contains { $0.text.hasPrefix("Let me reword it from lesbians") }, "\(first.blocks.map(\.text))")
        let located = thread.comments.filter { $0.blocks.first?.text.hasPrefix("Location:") == true }
        XCTAssertEqual(located.map(\.author), [])
    }

    /// XenForo 1 through lynx: a field the layout knows ("Location:") with a value of a few words closed by a full stop under it
    /// ("Northern Ireland.") is the poster's block, not the text's first line.
    func testAFieldsValueClosedByAFullStopIsTheBlocks() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/78_xenforo.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let deadwing = try XCTUnwrap(thread.comments.first { $0.author == "Deadwing88" })
        XCTAssertEqual(deadwing.blocks.first?.text.hasPrefix("Undisputed, untainted GOAT."), true, "\(deadwing.blocks.map(\.text))")
    }

    /// vBulletin 4 through lynx, cut at "Avatar von Chatfix" over the name again and the poster's links ("Chatfix" / "Profil" /
    /// "Beiträge anzeigen"): a poster with no picture has the name and the links only ("Predator" / "Profil" / …), a header
    /// whose first line is missing, the first post's too.
    func testAHeaderWithoutItsAvatarLineIsAHeader() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/38_vbulletin.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.prefix(5).map(\.author), ["Predator", "Chatfix", "sunsetkilling", "Predator", "mad-jo"])
        XCTAssertEqual(thread.comments[3].blocks.first?.text, "@Chatfix:")
        XCTAssertEqual(thread.comments.filter { $0.author == "LordMGB" }.map { $0.blocks.first?.text.hasPrefix("Da gab's noch ein Backup") }, [true])
    }

    /// XenForo 2 through w3m, every line of the poster's block apart: "MELso" / "Established Member" / "Joined" / DATE. Where the
    /// name scores too weakly alone ("aikman"), the title under it is no name: it stands under other posters' names in more
    /// blocks than it heads.
    func testATitleSharedUnderOtherNamesIsNoName() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/82_xenforo.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.filter { $0.author?.hasSuffix("Member") == true }.count, 0)
        XCTAssertEqual(thread.comments.filter { ["aikman", "tdimdad", "burmans", "LondonAussie"].contains($0.author) }.count, 4)
    }

    /// Vanilla through lynx: "[168]jonesMUFCforever [169]jonesMUFCforever Forumite" / "27.3K posts" / "Part of the Furniture 10,000
    /// Posts", the first two links to the poster's page (`168. file:///profile/jonesMUFCforever`). The rank's line shapes like a
    /// header ("NAME N"), but the page links the name three lines above it to its poster.
    func testTheNameLinkedToThePostersPageNamesTheHeader() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/94_vanilla.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.filter { $0.author == "Part of the Furniture" || $0.author?.hasSuffix("Anniversary") == true }.count, 0)
        // (Still wrong: "Plus £840 (£120 per month…)", a line of a poster's signature, read as a header of its own.)
        XCTAssertEqual([1, 2, 4, 5, 6].map { thread.comments[$0].author }, ["jonesMUFCforever", "zippygeorgeandben", "DCFC79", "ratrace", "zippygeorgeandben"])
    }

    /// FluxBB through w3m, a post holding a kernel's log ("[   41.500614] usb usb8: USB disconnect, device number 1", hundreds
    /// of lines stamped alike one under another): the log's lines are neither the page's headers nor names.
    func testALogsStampedLinesAreNoHeaders() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/61_fluxbb.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.filter { $0.author?.hasPrefix("[") == true || $0.author?.contains("USB") == true }.count, 0)
        XCTAssertLessThanOrEqual(thread.comments.count, 8)
        XCTAssertEqual(thread.comments.compactMap(\.author).filter { ["nickl", "wzrdtales"].contains($0) }.suffix(4), ["nickl", "wzrdtales", "wzrdtales", "wzrdtales"])
    }

    /// Typepad through lynx, each comment's poster after its text ("Posted by: Janet | Thursday, November 08, 2012 at 01:26 PM"),
    /// many more lines of the page scoring as names (a blog's lists, salutations, French words): the verb of posting before
    /// the name makes the trailer the page's header however many of those there are.
    func testAVerbOfPostingBeforeTheNameMakesAHeader() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/18_typepad.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.prefix(3).map(\.author), ["Janet", "Diane", "Sharona Tsubota"])
        XCTAssertLessThanOrEqual(thread.comments.count, 39)
    }

    /// LiveJournal through w3m: each poster's picture printed by its file's name ("[userpic-us]") over the next header. It is
    /// the header's, no text's; a folded comment's body ("1 week ago" / "• Expand") is empty.
    func testAnImageNamedAsAFileIsNoText() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/17_livejournal.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.filter { $0.blocks.contains { $0.text.contains("[userpic-us]") } }.count, 0)
        let folded = thread.comments.firstIndex { $0.author == "andrey_zorin" }
        XCTAssertEqual(folded.map { thread.comments[$0].blocks.count }, 0)
        XCTAssertEqual(folded.map { thread.comments[$0 - 1].author }, "kouzdra")
    }

    /// A blog's text through lynx, every line of it short at 80 columns: paragraphs that open alike ("I’ve added this…", "I’ve
    /// made many false starts at this book…") are no header, their words the text's, however few of its lines are long.
    func testAWordOfTheTextBesideANameIsNoLabelOfAHeader() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/98_disqus.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertFalse(thread.comments.contains { $0.blocks.first?.text.hasPrefix("To complete the book") == true })
        XCTAssertEqual(thread.comments.filter { ["datron", "Jim", "Gillybru", "george"].contains($0.author ?? "") }.count, 4)
    }

    /// A forum's mark of the one who opened the topic, beside the name in the header ("Atomfried Threadersteller Registrierter
    /// Benutzer"), is a badge, no part of the name.
    func testTheTopicStartersMarkIsNoPartOfTheName() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/105_xenforo.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertFalse(thread.comments.contains { $0.author?.contains("Threadersteller") == true })
        XCTAssertGreaterThanOrEqual(thread.comments.filter { $0.author == "Atomfried" }.count, 10)
    }

    /// A German blog's mark of the post's author beside the name ("Mathias Autor"), as "Author" is in English: a badge.
    func testTheAuthorsMarkInAnotherLanguageIsNoPartOfTheName() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/103_wordpress.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertFalse(thread.comments.contains { $0.author?.hasSuffix("Autor") == true })
        XCTAssertGreaterThanOrEqual(thread.comments.filter { $0.author == "Mathias" }.count, 10)
    }

    /// Stack Overflow through lynx: "answered DATE", a blank line, then the poster's name glued over their figures
    /// ("MedeirosMedeiros" / "3,60622 gold badges…"): the name below the header, however weakly one word scores alone.
    func testANameOverThePostersFiguresBelowTheHeaderIsTheAuthor() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/107_stack_exchange.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let answer = thread.comments.first { $0.blocks.first?.text.hasPrefix("Scrapy is a Web-spider") == true }
        XCTAssertEqual(answer?.author, "Medeiros")
        XCTAssertEqual(thread.comments.first { $0.blocks.first?.text.hasPrefix("I think both are good") == true }?.author, "rdenadai")
    }

    /// Stack Overflow's comments signed at the end of their text, wrapped by a text browser at its width: the dash and the
    /// signature opening the line under the text (lynx), the dash ending the line above, or the date going on onto the next
    /// line (w3m). Each is its comment's signature, and the dash no part of its text.
    func testASignatureWrappedOverTwoLinesSignsItsComment() throws {
        for browser in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/107_stack_exchange.\(browser).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            let signed = ["Why would you use crawlers": "Inbar Rose", "i am from India": "Nishant Bhakta",
                          "And what if i want to crawl": "Nishant Bhakta", "which is faster": "shuboy2014", "If you use beautifulsoup": "dyeray"]
            for (opening, author) in signed {
                let comment = thread.comments.first { $0.blocks.first?.text.contains(opening) == true }
                XCTAssertEqual(comment?.author, author, "\(browser): \(opening)")
                XCTAssertFalse(comment?.blocks.last?.text.hasSuffix("–") ?? true, "\(browser): \(opening)")
            }
        }
    }

    /// A user name's shape: a figure, an underscore, a dot inside, a capital inside a word; not a capital opening a name's next
    /// part after a hyphen or an apostrophe. phpBB through lynx, its posters' names one word each but one: "Postby Jean-Baptiste
    /// Kempf » 30 Nov 2015" is his whole name, a person's.
    func testAHyphenedNameIsNoUserName() throws {
        XCTAssertEqual(["bea_in_bramley", "Skeptic42", "AutoModerator", "ruth.a", "Jean-Baptiste", "O'Brien", "Kempf"].map { Substring($0).isUserName },
                       [true, true, true, true, false, false, false])
        let page = Self.layouts.appendingPathComponent("copies/dev/104_phpbb.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertTrue(thread.comments.contains { $0.author == "Jean-Baptiste Kempf" })
    }

    /// phpBB whose posters' column a text browser prints over each post's header ("nkoriyama" / "Cone that earned his stripes" /
    /// "Posts: 338" / "Operating System: Windows / Mac OS X" / "Re: …" / "Postby nkoriyama » …"): that block is the next post's
    /// poster's, no text of the post above; nor, taken off, is the name it leaves alone under the text its own poster's.
    func testTheNextPostersBlockIsNoTextOfThePostAbove() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/104_phpbb.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        for (comment, next) in zip(thread.comments, thread.comments.dropFirst()) {
            let texts = comment.blocks.map(\.text)
            XCTAssertFalse(texts.contains(next.author ?? ""), "\(comment.author ?? "") ends with \(next.author ?? "")'s name")
            XCTAssertFalse(texts.contains { $0.hasPrefix("Location:") || $0.hasPrefix("Operating System:") }, comment.author ?? "")
        }
        let other = Self.layouts.appendingPathComponent("copies/dev/12_phpbb.lynx.txt").path
        let named = try ThreadFile.parse(try ThreadFile.read(other), path: other, options: ParseOptions())
        XCTAssertFalse(named.comments.contains { comment in comment.blocks.last?.text == comment.author })
    }

    /// A German blog's comments under "NAME on DATE" / "Antworten": the line under the reply's button, glued (lynx) or set
    /// apart (w3m), opens the text, no value of a field ("Liebe Swantje,"); the blog's author answering with "❤️" again and
    /// again writes a text, no furniture of the page's.
    func testTheTextUnderAReplyButtonAndAnEmojiAnswerAreText() throws {
        XCTAssertEqual(["❤️", "👍🏻 🙂", "•", "| ·", "Ok ❤️"].map(\.isEmojiOnly), [true, true, false, false, false])
        for browser in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/115_wordpress.\(browser).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            XCTAssertEqual(thread.comments.first { $0.author == "Helen" }?.blocks.first?.text.hasPrefix("Liebe Swantje,"), true, browser)
            let answers = thread.comments.filter { $0.author == "Swantje Bernsmann" }
            XCTAssertGreaterThan(answers.count, 20, browser)
            XCTAssertEqual(answers.filter { $0.blocks.first?.text == "❤️" }.count, 24, browser)
        }
    }

    /// "4. JamesDavis in reply to stueysplace 07:45 AM 10/29/10": the marker's words between the two names are neither's,
    /// however seldom the page has them.
    func testAReplysMarkerInTheHeaderIsNoPartOfTheName() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/116_generic.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertFalse(thread.comments.contains { $0.author?.contains("reply") == true })
        let answer = thread.comments.firstIndex { $0.author == "JamesDavis" }
        XCTAssertNotNil(answer)
        XCTAssertEqual(answer.flatMap { thread.comments[$0].parent.map { thread.comments[$0].author } }, "stueysplace")
    }

    /// vBulletin 4 in German through w3m: "Zitat Zitat von Lookbehind Beitrag anzeigen" opens a quotation, no header; the
    /// poster's name is the avatar's text in the last cell of the row over the post ("Tieftöner      Avatar von Lookbehind").
    func testAGermanForumsQuotationAndItsAvatarsCell() throws {
        XCTAssertEqual(ShownReplies.opening(of: "Zitat Zitat von Lookbehind Beitrag anzeigen", rules: .standard)?.kind, .attribution)
        XCTAssertEqual(LayoutHeader.name("Tieftöner\u{A0}      Avatar von Lookbehind"), "Lookbehind")
        XCTAssertEqual(LayoutHeader.name("Avatar von Lookbehind"), "Lookbehind")
        let page = Self.layouts.appendingPathComponent("copies/dev/125_vbulletin.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertGreaterThanOrEqual(Set(thread.comments.compactMap(\.author)).intersection(["Lookbehind", "Thoronador", "Opodeldox"]).count, 3)
        XCTAssertFalse(thread.comments.contains { $0.author?.contains("Avatar") == true || $0.author?.contains("Beitrag") == true })
    }

    /// Vanilla through w3m prints each poster's name twice with no space ("PendooPendoo 46 replies4 threads"): where most of
    /// the page's names are so, each is its name once; on Hacker News, where a name or two only looks so ("usrusr"), it stays.
    func testNamesPrintedTwiceAreNamesOnceWhereMostAreSo() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/126_vanilla.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.first?.author, "Pendoo")
        XCTAssertTrue(thread.comments.contains { $0.author == "coolguy40" })
        XCTAssertFalse(thread.comments.contains { $0.author == "PendooPendoo" })
        let news = Self.layouts.appendingPathComponent("copies/dev/24_hacker_news.lynx.txt").path
        let hacker = try ThreadFile.parse(try ThreadFile.read(news), path: news, options: ParseOptions())
        XCTAssertEqual(hacker.comments.filter { $0.author == "usrusr" }.count, 3)
    }

    /// A stamped line is a log's: the mark, then a figure.
    func testALinesStamp() {
        XCTAssertEqual(StampedLogs.stamp(of: "[   41.500614] usb usb8: USB disconnect"), UInt8(ascii: "["))
        XCTAssertEqual(StampedLogs.stamp(of: "(12:03) back in a minute"), UInt8(ascii: "("))
        XCTAssertNil(StampedLogs.stamp(of: "[–] dyl40011 3 points"))
        XCTAssertNil(StampedLogs.stamp(of: "Ann (12 posts)"))
    }

    /// A link's words that name the user its address leads to: as many as the address's handle holds.
    func testALinkToAUsersPageNamesThem() {
        XCTAssertEqual(ProfileLinks.linkedName(Link(text: "John Smith Well-known member", url: "https://forum.example/members/john-smith.123/")),
                       "John Smith")
        XCTAssertEqual(ProfileLinks.linkedName(Link(text: "rockett", url: "https://forum.example/profile/341908-rockett/")), "rockett")
        XCTAssertNil(ProfileLinks.linkedName(Link(text: "@luizjr4", url: "file:///user/luizjr4")), "a mention names the one addressed")
        XCTAssertNil(ProfileLinks.linkedName(Link(text: "Latest posts", url: "https://forum.example/members/")))
        XCTAssertNil(ProfileLinks.linkedName(Link(text: "L", url: "file:///user/luizjr4")), "an avatar's letter")
    }

    /// vBulletin 4 through lynx: the name two lines over "Join Date", a menu over it ("+ View Profile" / "+ View Forum Posts"),
    /// which some posters' homepage lengthens ("+ Visit Homepage"): an item of that menu is no name.
    func testAnItemOfThePostersMenuIsNoName() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/96_vbulletin.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.filter { $0.author == "Visit Homepage" }.count, 0)
        XCTAssertEqual(thread.comments.filter { $0.author == "Seasha" }.count, 1)
    }

    /// SMF's poster block with no gap in it: the name, a title or stars, then as many fields as the poster filled in ("Gender:
    /// Male", "What is your sexual orientation: Straight") over "Posts: N", "Logged" closing the post above: the name stands
    /// above the fields however many they are, and "Logged", over every comment, names no one.
    func testAForumBlockReachesOverThePostersFieldsToTheName() throws {
        let posts: [(name: String, over: [String], fields: [String], text: String)] = [
            ("AnAwkwardGeek", ["*"], ["What is your sexual orientation: Straight", "Who in your life has \"personality\" issues: Romantic partner"],
             "I don't even know where to start, so I apologise if this is a bit rambly before it gets to the point."),
            ("once removed", ["BOARD ADMINISTRATOR", "* *"],
             ["Gender: Male", "What is your sexual orientation: Straight", "Who in your life has \"personality\" issues: Ex-romantic partner"],
             "hi, and welcome. It sounds like quite a whirlwind romance you have been in, and a lot of members know it."),
            ("paperinkart", ["* *"], ["What is your sexual orientation: Confidential", "Who in your life has \"personality\" issues: Romantic partner"],
             "I am so humbled by your feelings for her, and I can see how much you want to get this right."),
            ("AnAwkwardGeek", ["*"], ["What is your sexual orientation: Straight", "Who in your life has \"personality\" issues: Romantic partner"],
             "Thank you all for the replies so far. It has been three weeks now and I am still waiting."),
            ("Frannie Fay", ["*"], ["Gender: Female"], "Hi, I'm sorry you're going through this. Waiting is the hardest part of all of it, I know."),
            ("once removed", ["BOARD ADMINISTRATOR", "* *"],
             ["Gender: Male", "What is your sexual orientation: Straight", "Who in your life has \"personality\" issues: Ex-romantic partner"],
             "a month is a long time. i would give her the space she asked for, and look after yourself meanwhile."),
            ("paperinkart", ["* *"], ["What is your sexual orientation: Confidential", "Who in your life has \"personality\" issues: Romantic partner"],
             "Same here, the waiting was the worst of it for me too, and it did get easier after a while."),
        ]
        var page = "Topic: Unable to cope with the waiting game\n\n"
        for (index, post) in posts.enumerated() {
            page += ([post.name] + post.over + post.fields + ["Posts: \(16 + index * 7)", "Re: Unable to cope with the waiting game",
                     "« Reply #\(index) on: April 0\(index + 1), 2020, 01:28:03 AM »", post.text, "Logged"]).joined(separator: "\n") + "\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.name))
    }

    /// Invision through lynx: the page's "Followers 0" and "Recently Browsing 0" take the headers' shape but have no date below
    /// them, as every post's header has ("Posted April 1"): no comments. The topic starter's header printed again with its
    /// badge ("(BUTTON) OP Wanyoike Alex 5") is no end of the block before its date.
    func testANameAndFigureWithNoDateBelowIsNoHeader() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/69_invision.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            XCTAssertEqual(thread.comments.count, 10, copy)
            XCTAssertFalse(thread.comments.contains { ["Followers", "Recently Browsing"].contains($0.author ?? "") }, copy)
            XCTAssertEqual(thread.comments.filter { $0.author == "Wanyoike Alex" }.count, 5, copy)
        }
    }

    /// Blogger's old template in French, "NAME a dit…": the verb's first word is one of prose too ("Marie a mangé", "le dessin a
    /// fait rire"), which alone beside a name cuts nothing; the header is the name with both words.
    func testASayingVerbOfTwoWordsTheFirstOfProse() throws {
        let posts: [(name: String, text: [String])] = [
            ("Filicophyta", ["Bravo, encore un bien long article qui prouvera à certaines personnes", "que Marie a raison sur ce point."]),
            ("Jn", ["Tout ça est très vrai, mais je pense que l'humour a sa place chez les femmes", "aussi, et que le dessin a fait rire ma sœur."]),
            ("Anonyme", ["C'est vraiment bien et t'as su rester juste sur un sujet délicat,", "le propos est bien expliqué et Paul a aimé."]),
            ("Guillaum", ["Je ne suis pas d'accord avec la fin : Jean a dit la même chose", "l'an dernier et personne ne l'a écouté."]),
            ("Lise M.", ["Merci pour ce billet, ma fille a lu la bande dessinée deux fois", "et elle a ri à chaque case."]),
            ("Jn", ["Pour répondre à Guillaum : la presse a souvent vanté ces actrices", "pour leur beauté « particulière »."]),
        ]
        var page = "Barbie versus Musclor\n\nPublié par Mirion à 11:11\n\n\(posts.count) commentaires:\n\n"
        for (index, post) in posts.enumerated() {
            page += (["   \(post.name) a dit…"] + post.text.map { "          " + $0 }
                     + ["          17 avril 2014 à 1\(index):5\(index)", ""]).joined(separator: "\n") + "\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.name))
        XCTAssertEqual(zip(thread.comments, posts).filter { $0.blocks.first?.text.hasPrefix($1.text[0]) == true }.count, posts.count)
    }

    /// Invision Community through w3m: the poster's name and reputation printed twice, a card and the post's own ("Beasly 82"
    /// / "Beasly" / "Beasly 82", a group's "+" before some names), the poster's details as a list (a title, a field "OS: …"),
    /// then "Posted DATE" over the text. The name and its figure are the header, dated by the line below; the block runs to
    /// the date, and the name printed again is the same header (with lynx's "(BUTTON) OP" before the topic starter's).
    func testAHeaderDatedBelowItsPostersDetails() throws {
        let posts: [(name: String, figure: String, title: String, text: String)] = [
            ("Beasly", "82", "Advanced Member", "For an Administrator you're not too organised. You left out the link!"),
            ("+rockett", "6", "Advanced Member", "You're not seeing the survey link? It's showing on my end, logged in and otherwise."),
            ("schnurlos", "1,204", "Ex-Moderator", "@rockett, at question No. 6 you can just select the one you use most."),
            ("+Human.Online", "8,952", "Neowinian Senior", "Welcome. What a stunning part of the world you live in!"),
            ("creamtown", "0", "Newbie", "Done!! Took me five minutes and the last page asked about the old versions too."),
        ]
        var page = "Help us build the next great product!\n\nRecommended Posts\n\n"
        for (index, post) in posts.enumerated() {
            let again = index == 2 ? "(BUTTON) OP \(post.name)    \(post.figure)" : "\(post.name)    \(post.figure)"
            page += ["\(post.name)    \(post.figure)", "[svg]", "", again, "", "  • \(post.title)", "  • [pip_1]", "  • \(post.figure)",
                     "  • \(index * 97 + 13) posts", index == 3 ? "  • OS: Linux Mint 19" : "  • Location: UK", "", "  •", "",
                     "Posted August \(19 + index), 2013", "", post.text, "", "  •", "", "Share this post", "", "Link to post", "",
                     "Share on other sites", ""].joined(separator: "\n") + "\n"
        }
        // The topic's first post is its article.
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, ["rockett", "schnurlos", "Human.Online", "creamtown"])
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, posts.dropFirst().map(\.text))
    }

    /// MetaFilter's trailer, "posted by NAME at TIME": the words between "by" and "at" are the name whatever they are ("the
    /// quidnunc kid", "So You're Saying These Are Pants?"), and the trailer under a text that ends with no full stop is no
    /// rest of its sentence.
    func testATrailersNameIsWhatStandsBetweenItsWords() throws {
        let posts: [(name: String, text: String)] = [
            ("Kabanos", "Alphabet thread, and the one where everyone named their first computer."),
            ("the quidnunc kid", "I have solved the whole copyright problem by simply never writing anything down."),
            ("filthy light thief", "My two suggestions from this year: the joke thread and the one about dads"),
            ("So You're Saying These Are Pants?", "Wow, this is so awesome."),
            ("boo_radley", "Now to pick the goofiest post around to print and give as a gift."),
            ("ODiV", "Was instantly reminded of the post about the ethics of printing other people's photos."),
        ]
        let thread = try parsePage(Self.trailedPage(posts))
        XCTAssertEqual(thread.authors_, posts.map(\.name))
    }

    /// A line under each name that says where the reader is from ("Reader from Leeds"), and no date: the name line says who
    /// posted, and each comment is cut at its name, not again at its title.
    func testAReadersTitleUnderTheNameIsNoComment() throws {
        let posts: [(name: String, place: String, body: String)] = [
            ("Priya Nair", "Leeds", "The bus used to stop right outside the school gates, which was the whole point of it."),
            ("Helen Okafor", "Cork", "Does anyone know whether the evening service is going as well, or only the morning one?"),
            ("Martin Leclerc", "Lyon", "Only the morning one, according to the letter that came home in the book bags."),
            ("Siobhan Byrne", "Galway", "Then the evening one will be next year, mark my words, it always goes that way."),
            ("Tom Price", "Perth", "My two take the service bus now and it has been fine, if a bit crowded at eight."),
            ("Lena Fischer", "Oslo", "We walk now. It takes twenty minutes and the dog loves it, so not all bad."),
        ]
        var page = "School bus route to be cut from March\n\nBy Anna Weller\n\nThe county says the route carries too few pupils to keep "
            + "running after the spring term.\n\n6 comments\n\n"
        for post in posts { page += "\(post.name)\nReader from \(post.place)\n\n\(post.body)\n\n" }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.name))
        XCTAssertEqual(thread.comments.map { $0.blocks.map(\.text) }, posts.map { [$0.body] })
    }

    /// vBulletin through lynx: the poster's status beside the name ("Crawford Crawford is online now", the name printed twice)
    /// over a user title ("Registered User"): the name is the poster, the title and the status are not.
    func testAForumStatusBesideTheNameLeavesTheName() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/67_vbulletin.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let authors = thread.authors_.compactMap { $0 }
        XCTAssertEqual(Array(authors.prefix(6)).enumerated().filter { $0.offset != 1 }.map(\.element), ["Razor", "JManc", "Maldive", "Crawford", "mhays"])
        XCTAssertFalse(authors.contains { $0.hasSuffix(" is online now") || $0.hasSuffix(" is offline") || $0 == "Registered User" }, "\(authors)")
        XCTAssertEqual(OnlineStatus.status(in: "tommyp ist offline Fühle mich heimisch", rules: rules)?.name, "tommyp")
        XCTAssertEqual(OnlineStatus.status(in: "dc_denizen's dc_denizen dc_denizen is online now", rules: rules)?.name, "dc_denizen")
        XCTAssertNil(OnlineStatus.status(in: "Who is online", rules: rules))
        XCTAssertNil(OnlineStatus.status(in: "The form is online now", rules: rules), "a sentence of a text")
        XCTAssertNil(OnlineStatus.status(in: "Timetable is online.", rules: rules), "a sentence of a text")
    }

    /// Slashdot through w3m: "by david.emery ( 127135 ) writes: on DATE" heads each comment. A byline is no quotation's
    /// attribution though it ends with "writes:" (an attribution opens with the name); and "114 comments" under the next story's
    /// teaser at the page's foot, with hardly any prose after it, is no heading of these comments.
    func testABylineWithItsVerbHeadsTheComments() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/33_slashdot.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(Array(thread.authors_.prefix(3)), ["david.emery", "serviscope_minor", "Cassini2"])
        XCTAssertGreaterThan(thread.comments.count, 90)
    }

    /// LiveJournal through lynx: "[userinfo_v]andrey_zorin" over "1 week ago", most comments folded with no text under the date:
    /// headers dated on the line under them are no menu for want of bodies. (Through w3m, Russian's "и" wrapping short lines is
    /// a word of prose, no label of a header "NAME и": the copies' floors.)
    func testFoldedCommentsDatedUnderTheirNamesAreComments() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/17_livejournal.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let authors = thread.authors_.compactMap { $0 }
        let opening = ["limachko", "lozga", "limachko", "lozga", "limachko", "kouzdra"]
        XCTAssertTrue(authors.indices.contains { Array(authors[$0...].prefix(opening.count)) == opening }, "\(authors)")
        XCTAssertGreaterThan(thread.comments.filter { $0.blocks.isEmpty }.count, 30)
        XCTAssertTrue(rules.proseWords.contains("и"))
    }

    /// MyBB through w3m: the status a word of its own after the name ("dragonexpert Offline"), a user title under it ("Former
    /// Staff") over "Posts: 4,198": the line the status stood beside is a name, however weakly it scores alone. Not a site's
    /// count or heading ending so.
    func testAStatusWordEndingTheLineMarksTheName() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/27_mybb.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertTrue(thread.authors_.contains("dragonexpert"), "\(thread.authors_)")
        XCTAssertFalse(thread.authors_.contains("Former Staff"), "\(thread.authors_)")
        XCTAssertEqual(OnlineStatus.status(in: "dragonexpert Offline", rules: rules)?.name, "dragonexpert")
        for site in ["2.3K Online", "Who's Online", "Appetizers (123) Online", "Offline Offline", "Watch the whole season Online"] {
            XCTAssertNil(OnlineStatus.status(in: site, rules: rules), site)
        }
    }

    /// "Reply to tomas_v: only the morning one." opens the commenter's own text with the page's words for a reply: it is
    /// the text, not a marker of whom it answers to set aside.
    func testATextThatOpensWithReplyToAndGoesOnIsKept() throws {
        let posts: [(name: String, body: String)] = [
            ("Priya Nair", "The bus used to stop right outside the school gates, which was the whole point of it."),
            ("tomas_v", "Does anyone know whether the evening service is going as well, or only the morning one?"),
            ("Helen Okafor", "Reply to tomas_v: only the morning one."),
            ("grumpy_gus", "Then the evening one will be next year, mark my words, it always goes that way."),
            ("May Chen", "My two take the service bus now and it has been fine, if a bit crowded at eight."),
        ]
        for header in ["\n\n", " commented 2 days ago\n"] {
            let page = "School bus route to be cut from March\n\nBy Anna Weller\n\nThe county says the route carries too few pupils "
                + "to keep running after the spring term.\n\n5 comments\n\n" + posts.map { "\($0.name)\(header)\($0.body)\n\n" }.joined()
            let thread = try parsePage(page)
            XCTAssertEqual(thread.authors_, posts.map(\.name))
            XCTAssertEqual(thread.comments.map { $0.blocks.map(\.text) }, posts.map { [$0.body] })
        }
    }

    /// XenForo through a text browser: each poster's details set apart by gaps under the name, a user title of words or with
    /// a figure ("gadgets member", "gadgets 6502"), the join date, a count, the poster's place on some, the post's date and
    /// number. The title with a figure is a header all the same, and the place is a detail, not the text's first line.
    func testDetailsOfAPosterSetApartByGapsAreTheHeaders() throws {
        let posts: [(name: String, title: String, place: String?, body: String)] = [
            ("Anna Weller", "member", nil, "If you have small hands and want to keep it one hand operation get the new one."),
            ("Karl Reacher", "6502", "Leeds", "Thanks! I have checked the average hand size and I am above that, so it should be fine."),
            ("Tom Price", "member", nil, "I mean, if your present phone is dying, you should get something now and not wait."),
            ("Lena Fischer", "65816", "United Kingdom", "If you can, you are better off waiting five months for the smaller one."),
            ("Ruth Okafor", "regular", nil, "If you are using the first one then go for the second, it is the same size."),
            ("Rui Tanaka", "68040", "Cape Town, South Africa", "The 11 is bigger but the battery alone is worth it, I would not go back."),
        ]
        var page = "SE or 11\n\nI need to buy a new phone this week and cannot decide between the two sizes, any advice welcome.\n\n"
        for (index, post) in posts.enumerated() {
            page += "\(post.name)\n\ngadgets \(post.title)\n\n      May \(index + 4), 2014\n\n      \(index * 37 + 12)\n\n"
            if let place = post.place { page += "      \(place)\n\n" }
            page += "Apr \(index + 19), 2020\n  *\n  * #\(index + 2)\n\n\(post.body)\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.name))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, posts.map(\.body))
    }

    /// "NAME says:" over each comment, most names one handle: a name of initials ("C. M.") or made of a phrase ("smarter
    /// than you") is taken whole, not cut to its first word as a handle's flair would be.
    func testANameOfInitialsOrAPhraseAmongHandlesIsWhole() throws {
        let posts: [(name: String, body: String)] = [
            ("thelastfan", "The look on his face after each of those picks said it all."),
            ("joetoronto", "Time to put him on the shelf, the season is over anyway."),
            ("C. M.", "Obviously he did not want to go out like that, nobody would."),
            ("solo681", "Three picks in one half is not bad luck, it is a pattern."),
            ("smarter than you", "What a team, no history and no tradition, and it shows every week."),
            ("jjackwagon", "Give the young one a start and see what he can do with it."),
            ("bobmillion", "The line gave him no time at all, look at the replays again."),
            ("fartweasel", "Nobody blocked for him on the second one either, watch it again."),
            ("psi0016000", "They should have run the ball more in the second half."),
            ("grumpysal", "Every year the same story, every year the same excuses."),
            ("a1b24312", "He threw it right to the linebacker, there is no excuse for that."),
        ]
        var page = "Rivers benched after three picks\n\nThe coach would not say who starts next week after a third loss in a row.\n\n"
        for (index, post) in posts.enumerated() {
            page += "\(post.name) says:\n\nNovember \(index + 3), 2019 at 12:\(10 + index) pm\n\n\(post.body)\n\nReply\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.name))
    }

    /// An article and its comments under headers "NAME • N hours ago", a footer under each.
    private func bulletedPage(_ posts: [(name: String, body: String)]) -> String {
        var page = "School bus route to be cut from March\n\nThe county says the route carries too few pupils to keep running after "
            + "the spring term, and families have been told to make other arrangements.\n\n\(posts.count) comments\n\n"
        for (index, post) in posts.enumerated() {
            page += "\(post.name) • \(index + 2) hours ago\n\(post.body)\nReply • Share ›\n\n"
        }
        return page
    }

    func testAFormOverTheCommentsIsNoComment() throws {
        // w3m's copy of a Drupal page: the comment form (its fields, its help, its button) between the heading and the comments.
        let thread = try parsePage("""
        Library hours cut again

        The council voted on Tuesday to close the branch library two afternoons a week from March, citing the cost of
        heating the old building through the winter, and said the hours would be looked at again in the autumn.

        View comments (3)
        Your name * [Anonymous                     ]
        Comment *
        [                                                            ]
        Text formats options

        More information about text formats

        Text format [Basic HTML]

        Basic HTML

          • Allowed HTML tags: <em> <strong> <blockquote>
          • Lines and paragraphs break automatically.

        [Add comment]
        Leave this field blank [                    ]
        [ ]Comment anonymously
        Marguerite Okafor

        Two afternoons is the only time the after-school club can get there. Please think again.

        Desmond Achterberg

        The heating bill is real, though. Move the club to the mornings on Saturdays?

        Marguerite Okafor

        Saturday mornings are football for half of them.

        """)
        XCTAssertEqual(thread.authors_, ["Marguerite Okafor", "Desmond Achterberg", "Marguerite Okafor"])
        XCTAssertFalse(thread.chrome.isEmpty)
    }

    func testTheSoftwaresCreditEndsTheComments() {
        XCTAssert(ChromeLine.isSoftwareCredit("powered by Disqus"))
        XCTAssert(ChromeLine.isSoftwareCredit("Disqus.comments powered by Disqus"), "lynx glues the widget's two credits")
        XCTAssertFalse(ChromeLine.isSoftwareCredit("Our whole barn is now powered by Solarcity panels"))
        XCTAssertFalse(ChromeLine.isSoftwareCredit("mine is powered by hand"))
    }

    /// A list's item holding a name alone, with text under it where the item's text stands, is a listed name; a menu's item
    /// with the next item under it, or with a title under it, is none.
    func testAListedNameHasTheCommentsTextUnderIt() {
        let lines = [PageLine(text: "* TheAshwaniK", blanksBefore: 1, indent: 5),
                     PageLine(text: "Thanks.. I have been waiting for this. Great job.", blanksBefore: 0, indent: 7),
                     PageLine(text: "+ alkrauss48", blanksBefore: 0, indent: 10),
                     PageLine(text: "Thanks! That link is fixed now", blanksBefore: 0, indent: 12),
                     PageLine(text: "* About", blanksBefore: 1, indent: 5),
                     PageLine(text: "+ About Me", blanksBefore: 0, indent: 10),
                     PageLine(text: "* Jane Doe", blanksBefore: 1, indent: 5),
                     PageLine(text: "Senior Editor", blanksBefore: 0, indent: 7),
                     PageLine(text: "* perry e", blanksBefore: 1, indent: 5),
                     PageLine(text: "Awesome intro to both rails, api, and authentication", blanksBefore: 0, indent: 7),
                     PageLine(text: "* in the end", blanksBefore: 1, indent: 5),
                     PageLine(text: "Awesome intro to both rails, api, and authentication", blanksBefore: 0, indent: 7)]
        XCTAssertEqual(lines.indices.map { PageLayout.isListedName($0, in: lines, rules: rules) },
                       [true, false, true, false, false, false, false, false, true, false, false, false])
    }

    /// The same list under an article with nothing else that recurs: the list is the layout, not the name-lines one, which
    /// would take the bullets for part of the names.
    func testACommentListOfNamesUnderAPlainArticle() throws {
        var page = "A note on sourdough\n\n   Starters need feeding twice a day in summer, once in winter, and a warm shelf\n"
            + "   helps more than any flour does. Here is what worked for me over ten years.\n\n"
        let posts = [("  * Marta Kowal", "    I feed mine with rye only and it has never failed me, even in July."),
                     ("      + bakerjo", "        Rye is the trick. I switched two years ago and never looked back."),
                     ("  * Tomasz W.", "    What temperature do you keep the shelf at? Mine sits by the oven."),
                     ("      + bakerjo", "        About 24 degrees, away from the oven door, which is too hot."),
                     ("  * Ines Duarte", "    Thank you for this, the notes on hydration were exactly what I needed.")]
        for (name, body) in posts { page += name + "\n" + body + "\n" }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, ["Marta Kowal", "bakerjo", "Tomasz W.", "bakerjo", "Ines Duarte"])
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, nil, 2, nil])
    }

    /// A blog whose comments are a list of names with their text under each, and no date (lynx's and w3m's copy of Disqus's
    /// comments written into the page): the items are the comments, not a header found in the article's code ("def token").
    func testACommentListOfNamesWithTheirTextUnderEach() throws {
        for copy in ["lynx", "w3m"] {
            let page = Self.layouts.appendingPathComponent("copies/dev/79_disqus.\(copy).txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
            let authors = thread.authors_.compactMap { $0 }
            XCTAssertEqual(Array(authors.prefix(3)), ["TheAshwaniK", "alkrauss48", "brandonpittman"], copy)
            XCTAssertEqual(authors.filter { $0 == "alkrauss48" }.count, 9, copy)
            XCTAssertFalse(authors.contains { $0.hasPrefix("def") || $0.hasPrefix("curl") }, copy)
            XCTAssertEqual(thread.comments[1].parent, 0, copy)
        }
    }

    func testANoteThatThePostWasEditedIsNoHeader() {
        for line in ["Last edited: Feb 23, 2019", "Last edited by Jakob; 03-14-2012 at 10:22 AM", "Zuletzt bearbeitet: 3. März 2020"] {
            XCTAssert(line.opensEditNote(rules), line)
        }
        XCTAssertFalse("Lasting edits by the council".opensEditNote(rules))
        XCTAssertFalse("Edith Lee, Feb 23, 2019".opensEditNote(rules))
    }

    func testAPlaceAfterTheNamesCommaLeavesItANameLine() {
        let lines = ["* Declan Furlong, Dublin 6", "3 Dec 2025, 11:05", "Old 06-14-2012, 09:13 PM", "Tuesday, 7 March 2023"]
            .map { PageLine(text: $0, blanksBefore: 0) }
        XCTAssertEqual(lines.indices.map { PageLayout.isNameLine($0, in: lines, rules: rules) }, [true, false, false, false])
    }

    func testAPagerIsKnownOnOneLineOrDownAList() {
        func lines(_ texts: [String]) -> [PageLine] { texts.map { PageLine(text: $0, blanksBefore: 0) } }
        XCTAssert(PageNumbers.start(at: 0, in: lines(["« Prev 1 2 3 Next »"]), rules: rules))
        XCTAssert(PageNumbers.start(at: 0, in: lines(["• 1", "• 2", "• 3", "• next", "• last »"]), rules: rules))
        XCTAssert(PageNumbers.start(at: 0, in: lines(["1", "2", "Next"]), rules: rules))
        XCTAssertFalse(PageNumbers.start(at: 0, in: lines(["1", "3", "7"]), rules: rules), "numbers that do not follow one another")
        XCTAssertFalse(PageNumbers.start(at: 0, in: lines(["2 points 3 hours ago"]), rules: rules))
        XCTAssertFalse(PageNumbers.start(at: 0, in: lines(["1 2 3 go! The count at the start"]), rules: rules))
    }

    func testANamePrintedTwiceIsOneName() {
        XCTAssertEqual("linghua linghua".withoutRepeat, "linghua")
        XCTAssertEqual("小鳳小鳳".withoutRepeat, "小鳳", "w3m sets no space between ideographs")
        XCTAssertEqual("娜娜".withoutRepeat, "娜娜", "one ideograph doubled is a name of its own")
        XCTAssertEqual("Ann Lee Ann".withoutRepeat, "Ann Lee Ann")
    }

    func testTheNameSlotTakesWordsThePageRepeats() throws {
        let vocabulary = LineShape.Vocabulary(lines: ArraySlice((0..<6).map { PageLine(text: "Graham said... \($0)", blanksBefore: 0) }), rules: rules)
        let header = ShapedLine("Ann said...", vocabulary: vocabulary, rules: rules).shape
        let prolific = ShapedLine("Graham Lee said...", vocabulary: vocabulary, rules: rules)
        XCTAssertEqual(try XCTUnwrap(prolific.match(header, whole: false, labels: vocabulary.labels, rules: rules)).name, 0..<2,
                       "the name is both words, though the page repeats one")
        let sentence = ShapedLine("Our convent has two old machines said...", vocabulary: vocabulary, rules: rules)
        XCTAssertNil(sentence.match(header, whole: false, labels: vocabulary.labels, rules: rules), "a name has five words at most")
    }

    func testAUnitOfTimeIsADateOnlyWithItsCountOrAgo() {
        let vocabulary = LineShape.Vocabulary(lines: ArraySlice((0..<6).map { PageLine(text: "ann \($0) hours ago | next", blanksBefore: 0) }), rules: rules)
        func hasTime(_ text: String) -> Bool { ShapedLine(text, vocabulary: vocabulary, rules: rules).shape.hasTime }
        XCTAssert(hasTime("greywether 5 hours ago | next"))
        XCTAssert(hasTime("petra an hour ago"))
        XCTAssert(hasTime("Ann posted hours ago"))
        XCTAssertFalse(hasTime("Sunday-morning folk hour) are often the"))
        XCTAssertFalse(hasTime("Forty seconds! What's it down to"))
        XCTAssertFalse(hasTime("Einstein or Pasteur or an 85 years old"), "an age")
        XCTAssertFalse(hasTime("58 seconds."), "a sentence's end")
        XCTAssert(hasTime("6 yr. ago"))
    }

    func testANamesOwnEmojiStaysAndABadgeGoes() {
        XCTAssertEqual(LayoutHeader.name("Benedikt Aschenbrenner ✒️"), "Benedikt Aschenbrenner ✒️")
        XCTAssertEqual(LayoutHeader.name("Mina :ablobcatheart:"), "Mina :ablobcatheart:")
        XCTAssertEqual(LayoutHeader.name("Ann Lee ✓"), "Ann Lee")
        // An avatar's alt text in the name's place.
        XCTAssertEqual(LayoutHeader.name("dc_denizen's Avatar"), "dc_denizen")
        XCTAssertEqual(LayoutHeader.name("Avatar for Terry"), "Terry")
        XCTAssertEqual(LayoutHeader.name("Avatar Fan Club"), "Avatar Fan Club")
        XCTAssertEqual(LayoutHeader.name("Ann Lee:"), "Ann Lee")
        XCTAssertEqual(AuthorLine.badged("Isla Drummond Mod").name, "Isla Drummond")
        XCTAssertEqual(AuthorLine.badged("Isla Drummond Mod").role, .moderator)
        XCTAssertEqual(AuthorLine.badged("Mod").name, "Mod", "a name of one word keeps it")
        XCTAssertEqual(AuthorLine.badged("Bea Post author").name, "Bea")
        XCTAssertNil(AuthorLine.badged("Ann Lee").role)
        XCTAssertEqual(AuthorLine.badged("cortex (staff)").name, "cortex", "a badge in parentheses")
        XCTAssertEqual(AuthorLine.badged("cortex (staff)").role, .admin)
        XCTAssertEqual(AuthorLine.badged("github-actions bot").name, "github-actions")
    }

    func testANameInAHeaderTakesTheSmallWordsTheHeaderNeeds() throws {
        var page = "Ferry timetable cut to four days\n\nThe ferry will run four days a week from March.\n\n7 thoughts on “Ferry timetable”\n\n"
        let posts = [("Gerald Penney", "February 11, 2025 at 9:30 am", "She is 38 years old and it shows."),
                     ("Winnie on the Southside", "February 11, 2025 at 9:40 am", "My father worked on her when she was new."),
                     ("Gerald Penney", "February 11, 2025 at 9:52 am", "And they will keep patching her."),
                     ("Winnie on the Southside", "February 11, 2025 at 2:10 pm", "Five dollars a head and a cup of tea."),
                     ("Lloyd Hynes", "February 11, 2025 at 3:00 pm", "I remember that boat well."),
                     ("Winnie on the Southside", "February 12, 2025 at 7:40 am", "He was a lovely man."),
                     ("⛴ Ferry Watcher NL", "February 12, 2025 at 8:47 pm", "Four days a week is four days a week if she runs.")]
        for (name, date, body) in posts { page += "\(name) on \(date) said:\n\n\(body)\n\nReply ↓\n\n" }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.0))
    }

    func testIndentationAndRestartedListsShowParents() {
        XCTAssertEqual(ShownReplies.byDepth([3, 7, 11, 7, 3]).map { $0?.parent }, [nil, 0, 1, 0, nil])
        XCTAssertEqual(ShownReplies.byListNumbers([1, 2, 1, 3]).map { $0?.parent }, [nil, nil, 1, nil],
                       "a list restarted under #1 nests there; 3 goes on the outer list")
    }

    func testReplyCountsListTheRepliesUnderThem() {
        XCTAssertEqual(ReplyCounts.count(in: "38 replies", rules: rules), 38)
        XCTAssertEqual(ReplyCounts.count(in: "▼ 1 reply", rules: rules), 1)
        XCTAssertEqual(ReplyCounts.count(in: "Hide 3 replies", rules: rules), 3, "the replies are listed under it")
        XCTAssertEqual(ReplyCounts.count(in: "View 6 replies", rules: rules), 0, "a button: the copy lists none")
        XCTAssertNil(ReplyCounts.count(in: "▲ 88 ▼ Reply", rules: rules), "the number counts votes")
        XCTAssertNil(ReplyCounts.count(in: "View 3 more replies", rules: rules))
        XCTAssert(ReplyCounts.closes("View 3 more replies", rules: rules))
        XCTAssert(ReplyCounts.closes("Show more replies", rules: rules))
        XCTAssertFalse(ReplyCounts.closes("Hide 3 replies", rules: rules))
        // #0 has 2 replies listed, #3 none of its own listed, #4 three but "Show more replies" after the first.
        let parents = ReplyCounts.parents(counts: [2, nil, nil, 0, 3, nil, nil, nil],
                                          closedBefore: [false, false, false, false, false, false, true, false])
        XCTAssertEqual(parents.map { $0?.parent }, [nil, 0, 0, nil, nil, 4, nil, nil])
        XCTAssertEqual(parents[1]?.kind, .replyCount)
    }

    func testNavigationLinksOfAHeaderGiveTheTree() {
        let headers = ["ann 5 hours ago | next [–]", "bob 4 hours ago | parent | next [–]", "cy 4 hours ago | root | parent | next [–]",
                       "dee 3 hours ago | root | parent | prev [–]", "eve 3 hours ago | parent | prev [–]", "fay 2 hours ago | prev [–]"]
            .map { NavigationLinks.header($0, rules: rules) }
        // ann ─ bob ─ cy, and dee, cy's later sibling, answers bob too; eve is ann's second reply; fay starts a thread.
        XCTAssertEqual(NavigationLinks.parents(headers).map { $0?.parent }, [nil, 0, 1, 1, 0, nil])
        XCTAssertNil(NavigationLinks.header("Dana Whitfield • 3 years ago", rules: rules))
    }

    func testARepliesRootLinkSaysHowDeepItsEarlierSiblingStands() {
        // Hacker News's "next" leads past a reply's subtree to whatever follows, so every deep reply shows it: only "root" (on
        // replies to replies) tells gus, after the thread ann ─ bob ─ cy, a reply to ann (bob's later sibling) rather than to
        // bob (cy's); hal, with it, answers the deepest reply that may be (dee, eve's parent).
        let headers = ["ann on Feb 3 | next [–]", "bob on Feb 3 | parent | next [–]", "cy on Feb 3 | root | parent | next [–]",
                       "gus on Feb 3 | parent | prev | next [–]", "dee on Feb 3 | root | parent | next [–]",
                       "eve on Feb 3 | root | parent | next [–]", "hal on Feb 3 | root | parent | prev | next [–]",
                       "━━━━━━  parent | prev [–]"]
            .map { NavigationLinks.header($0, rules: rules) }
        XCTAssertEqual(NavigationLinks.parents(headers).map { $0?.parent }, [nil, 0, 1, 0, 3, 4, 4, 0],
                       "a rule w3m drew in the margin is no link's word")
        // hal quotes gus's post: of those it may answer (dee, gus) that one, not the deepest.
        var quoted = Array(repeating: [Int](), count: headers.count)
        quoted[6] = [3]
        XCTAssertEqual(NavigationLinks.parents(headers, quoted: quoted).map { $0?.parent }, [nil, 0, 1, 0, 3, 4, 3, 0])
    }

    func testASentenceInABodyIsNoHeaderThoughItEndsInATimeWord() throws {
        // "Thanks. I'm fine now, new place has 9 people…" and "4. Handover meeting every Monday, 15 minutes max." under
        // headers "NAME 5 hours ago | parent | next [–]".
        let page = Self.development.appendingPathComponent("L110_hackernews_w3m-dump_oncall-small-team.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertFalse(thread.authors_.contains("Thanks."), "\(thread.authors_)")
        XCTAssertFalse(thread.authors_.contains("Handover"), "\(thread.authors_)")
        XCTAssert(thread.firstParagraphs.contains { $0.hasPrefix("Thanks. I'm fine now") })
    }

    func testAnArrowBeforeAHeaderShowsAReplyAndItsIndentationHowDeep() throws {
        let thread = try parsePage("""
            Bikes on prescription

            The health board will lend bicycles to patients whose doctors prescribe them.

            Comments (6)

            Hazel Ng | Norbridge | 12 Jun 2024, 07:58
            My GP suggested this last year and it worked for me.
            Reply · Recommend (12) · Report

            ↳ Ruth Allardyce | Kirkhallow | 12 Jun 2024, 08:20
            Glad to hear it. We see the same in our practice.
            Reply · Recommend (4) · Report

              ↳ Hazel Ng | Norbridge | 12 Jun 2024, 08:31
              Which practice is yours?
              Reply · Recommend (1) · Report

            ↳ grumpy_cyclist_73 | Tidesby | 12 Jun 2024, 08:44
            Where are people meant to ride them, though?
            Reply · Recommend (9) · Report

            Ffion | Abermorwy | 12 Jun 2024, 08:12
            Not a penny more for the roads round here.
            Reply · Recommend (2) · Report

            ↳ Wren | Abermorwy | 12 Jun 2024, 09:06
            They did resurface the lane last spring.
            Reply · Recommend · Report
            """)
        XCTAssertEqual(thread.authors_, ["Hazel Ng", "Ruth Allardyce", "Hazel Ng", "grumpy_cyclist_73", "Ffion", "Wren"])
        guard thread.comments.count == 6 else { return }
        XCTAssertEqual((0..<6).map(thread.parentOf), [nil, 0, 1, 0, nil, 4])
        XCTAssertFalse(thread.comments[2].parentInferred, "the page shows the link")
    }

    func testAClockWordAloneIsNoTimeAndAPersonsNameAmongHandlesGoesWhole() throws {
        // Subjects "Re: Glaze crawling on bisque — what am I doing wrong?" read "— NAME DATE" while "am" was a time alone;
        // "Post by Dot Fenwick »" among "Post by mirela_pots »" lost "Fenwick".
        let page = Self.development.appendingPathComponent("L127_phpbb33_prosilver_firefox_copy.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.count, 20)
        XCTAssertFalse(thread.authors_.contains("what"), "\(thread.authors_)")
        XCTAssert(thread.authors_.contains("Dot Fenwick") && thread.authors_.contains("mirela_pots"), "\(thread.authors_)")
        let rules = PlainTextRules.standard
        let vocabulary = LineShape.Vocabulary(lines: [], rules: rules)
        XCTAssertFalse(ShapedLine("what am I doing wrong?", vocabulary: vocabulary, rules: rules).shape.hasTime)
        XCTAssert(ShapedLine("Mon Mar 11, 2024 8:03 pm", vocabulary: vocabulary, rules: rules).shape.hasTime)
    }

    func testAHandleOpeningEveryPostersNameIsTheirName() throws {
        // Discourse saved as text: "wanda_k <url> Wanda Kowalski" over each post's date, a title after some
        // ("ines_h Inés Håkansson Zigbee Whisperer").
        let page = Self.development.appendingPathComponent("L129_discourse_firefox_save_as_text.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssert(thread.authors_.contains("ines_h") && thread.authors_.contains("tmoreau") && thread.authors_.contains("dsokolov"),
                  "\(thread.authors_)")
        XCTAssertFalse(thread.authors_.contains { $0?.contains(" ") == true }, "\(thread.authors_)")
    }

    func testAHeaderWrappedInsideItsDateIsOneHeader() throws {
        // lynx -dump of Disqus: "[240]morse_code_mo [241]Dr. Felix Amankwah • [242]3" / "months ago" wraps the header in its age.
        let page = Fixtures.development.appendingPathComponent("d40_tinkers_almanac_repair_cafe.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let replies = thread.comments.indices.filter { thread.comments[$0].author == "morse_code_mo" }
        XCTAssertEqual(replies.count, 2, "\(thread.authors_)")
        guard let last = replies.last, last > 0 else { return }
        XCTAssertEqual(thread.comments[last - 1].author, "Dr. Felix Amankwah")
        XCTAssertEqual(thread.comments[last - 1].blocks.first?.text.hasPrefix("Law, mo."), true)
        XCTAssertEqual(thread.parentOf(last), last - 1)
        XCTAssertEqual(thread.comments[last].blocks.first?.text, "👍", "a line of no words under a header is its body, no user title")
    }

    func testAWordThePageRepeatsGoesOnAHeaderWhereItsOthersGoOnWithAName() throws {
        // "↳ Mirela Stanković | Commonweal Post staff | 12 Jun 2024, 09:50" where the others say "| Norbridge |": the site's
        // name is a word of the page, and was no place.
        let page = Fixtures.development.appendingPathComponent("d42_commonweal_post_bike_prescriptions.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let staff = thread.comments.indices.filter { thread.comments[$0].author == "Mirela Stanković" }
        XCTAssertEqual(staff.count, 2, "\(thread.authors_)")
        XCTAssertEqual(staff.map { thread.comments[$0].blocks.first?.text.split(separator: " ").first }, ["Marguerite,", "The"])
        XCTAssert(staff.allSatisfy { thread.parentOf($0) != nil && !thread.comments[$0].parentInferred })
        // "Threads: Expanded | Collapsed | Unthreaded" opens as the headers do, but every header dates its comment.
        XCTAssertEqual(thread.comments.count, 31)
        XCTAssertFalse(thread.authors_.contains("Threads: Expanded"), "\(thread.authors_)")
    }

    func testANameSetApartAboveAGluedBlockOpensIt() throws {
        // Firefox "Save as Text" of Guardian-style comments: "Reply Share Report" / blank / "* Ann" / DATE, where a reply's block
        // is "* Bob in" / "reply to Ann" / DATE: the line over the gap is the comment above's footer, no name of this one.
        let page = Fixtures.development.appendingPathComponent("d46_westerncourier_inishcarrig_ferry.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertFalse(thread.authors_.contains("Reply Share Report"), "\(thread.authors_)")
        XCTAssert(thread.authors_.contains("MairéadInTheMiddle") && thread.authors_.contains("Tom_Keaveney"), "\(thread.authors_)")
        // "Courier pick" over "Recommend 214" under two comments' dates: a badge in the block, not the next comment's name.
        let picked = ["Pádraig Ó Conghaile", "LettermullenLass"].map { name in thread.comments.first { $0.author == name } }
        XCTAssertEqual(picked[0]?.blocks.first?.text.hasPrefix("I grew up"), true)
        XCTAssertEqual(picked[1]?.blocks.first?.text.hasPrefix("My daughter"), true)
        // The footer over the gap is furniture, though the line two above a top-level comment's date is it.
        XCTAssertFalse(thread.comments.contains { $0.blocks.contains { $0.text.contains("Reply Share Report") } })
    }

    func testALineTheSameOverEveryAnchorNamesNoOne() throws {
        // Recipe reviews copied from Chrome: "Clara Boateng" over "Recipe Author" over each of the author's replies is one
        // poster over a badge, no header naming the reviewers: the page is left to its name lines, every review a comment.
        let page = Self.development.appendingPathComponent("L130_recipe_reviews_chrome_copy.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertGreaterThan(thread.comments.count, 21, "\(thread.authors_)")
        XCTAssert(thread.authors_.contains("Maren Kowalczyk") && thread.authors_.contains("bakingwithben_92"), "\(thread.authors_)")
    }

    func testW3msSquareBulletNestsAndAnAvatarsAltTextIsNoName() throws {
        // w3m -dump of WordPress Astra: " 1. Avatar for Dale Hutchins" / "Dale Hutchins" / DATE, replies bulleted "□".
        let page = Self.development.appendingPathComponent("L131_wordpress_astra_w3m_castiron_electrolysis.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.count, 22)
        XCTAssertFalse(thread.authors_.contains { $0 == "Avatar for Dale Hutchins" || $0 == "for Dale Hutchins" }, "\(thread.authors_)")
        XCTAssertEqual(thread.authors_.prefix(2), ["Dale Hutchins", "Marta Kowalczyk"])
        guard thread.comments.count > 1 else { return }
        XCTAssertEqual(thread.parentOf(1), 0)
    }

    func testTwoPostersSharingAFirstWordKeepIt() throws {
        // OpenWeb copied from Firefox: "Wexbury Born and Bred" and "Wexbury Live Community Team" open with the site's name,
        // which is no badge before a name that posts without it.
        let page = Fixtures.development.appendingPathComponent("d44_wexburylive_brackenfield_homes.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssert(thread.authors_.contains("Wexbury Born and Bred") && thread.authors_.contains("Wexbury Live Community Team"),
                  "\(thread.authors_)")
        XCTAssertFalse(thread.authors_.contains("Born and Bred"))
    }

    func testAReplyMarkerNamingNoOneIsNoTextOfTheReply() throws {
        // Coral copied from Chrome: "In reply to" alone under the header of a reply to a deleted account's comment.
        XCTAssert(ShownReplies.isReplyMarker("In reply to", rules: .standard))
        XCTAssertFalse(ShownReplies.isReplyMarker("In reply", rules: .standard))
        let page = Fixtures.development.appendingPathComponent("d43_valmontcourier_fourday_week.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let reply = thread.comments.first { $0.blocks.first?.text.contains("Whoever that was") == true }
        XCTAssertEqual(reply?.author, "ranch_kid_1987")
        XCTAssertEqual(reply?.blocks.first?.text.hasPrefix("Whoever that was"), true)
    }

    func testTimesEitherSideOfASeparatorAreOneDate() throws {
        let rules = PlainTextRules.standard
        let vocabulary = LineShape.Vocabulary(lines: [], rules: rules)
        func shape(_ text: String) -> String { ShapedLine(text, vocabulary: vocabulary, rules: rules).shape.description }
        XCTAssertEqual(shape("2 days ago · edited"), shape("2 days ago"))
        XCTAssertEqual(shape("Mar 3 · 5:00 pm"), shape("Mar 3"))
        XCTAssertNotEqual(shape("Ann • 3 years ago"), shape("3 years ago"), "a name before the mark stays")
    }

    func testALongCapitalisedNameOpeningAHeaderGoesWhole() throws {
        let page = Self.development.appendingPathComponent("../../dev/d41_larchmere_local_roundabout.txt").standardizedFileURL.path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssert(thread.authors_.contains("Fifth Street Neighbor Since Before The Stop Sign"), "\(thread.authors_)")
        let rules = PlainTextRules.standard
        let vocabulary = LineShape.Vocabulary(lines: [], rules: rules)
        let head = LineShape(tokens: [.name, .word("says:")])
        XCTAssertNil(ShapedLine("My neighbour who works at the council says: no", vocabulary: vocabulary, rules: rules)
            .match(head, whole: false, labels: ["says:"], rules: rules), "a sentence is no name")
    }

    func testAWordOpeningEveryHeadersNameSlotIsTheHeadersOwn() {
        let rules = PlainTextRules.standard
        let vocabulary = LineShape.Vocabulary(lines: [], rules: rules)
        let head = LineShape(tokens: [.name, .mark("»")])
        func slots(_ names: [String]) -> [(line: ShapedLine, match: (name: Range<Int>, end: Int))] {
            names.compactMap { name in
                let line = ShapedLine("\(name) » Sun May 26, 2019 4:34 pm", vocabulary: vocabulary, rules: rules)
                return line.match(head, whole: false, labels: [], rules: rules).map { (line, $0) }
            }
        }
        // w3m's "Postby Jakob" (phpBB's "Post" icon and "by" glued), and a line of prose that matched the anchor once.
        let posted = slots(["Postby Jakob", "Postby Urwrongx1000", "Postby Jakob", "Postby Artimas", "Postby Jakob", "Honest Carl"])
        XCTAssertEqual(posted.count, 6)
        guard posted.count == 6 else { return }
        XCTAssertEqual(PageLayout.slotLead(of: posted, labels: [], rules: rules), "postby")
        var layout = PageLayout(anchor: head, anchorIsWhole: false, authorOffset: 0, singleWordNames: false, placement: .header,
                                parts: [], furniture: [], vocabulary: vocabulary)
        layout.slotLead = "postby"
        XCTAssertEqual(posted[1].line.words[layout.posterWords(in: posted[1].line, match: posted[1].match)!], ["Urwrongx1000"])
        XCTAssertNil(layout.posterWords(in: posted[5].line, match: posted[5].match), "a slot without the lead is no header's")
        // One poster's first name opening most headers is theirs: the same surname follows it.
        XCTAssertNil(PageLayout.slotLead(of: slots(["John Smith", "John Smith", "John Smith", "John Smith", "Ann Lee"]), labels: [], rules: rules))
        XCTAssertNil(PageLayout.slotLead(of: slots(["Ann", "Bob", "Cleo", "Dee"]), labels: [], rules: rules))
        // vBulletin's menu under each post: the lead is every word the slot opens with alike.
        let menus = slots(["Find More Posts by Shirohige", "Find More Posts by BBOvenGuy", "Find More Posts by karice67"])
        XCTAssertEqual(PageLayout.slotLead(of: menus, labels: [], rules: rules), "find more posts by")
    }

    func testLinesOfCodeAreNoHeaders() {
        XCTAssert(">>> def foo(bar=[]):".looksLikeCode)
        XCTAssert(">>> foo()".looksLikeCode)
        XCTAssert("... numbers[i]".looksLikeCode)
        XCTAssertFalse("Ann (Oulu) · 3 hours ago".looksLikeCode)
        XCTAssertFalse("[12]Jakob » Sun May 26, 2019 4:34 pm".looksLikeCode)
        XCTAssertFalse("[deleted] 12 points".looksLikeCode)
        XCTAssert("Your name * [Anonymous                     ]".holdsInputBox)
        XCTAssert("   ZIP Code * ____________________".holdsInputBox)
        XCTAssertFalse("[12]Ann Lee [13]3 hours ago [ ]".holdsInputBox)
    }

    func testATextBrowsersStandInsAndGluedAttributionsAreReadAsSuch() {
        let rules = PlainTextRules.standard
        // An avatar's stand-in as a list's item names no one; a name in one does.
        XCTAssert(AuthorLine.isPlaceholder("1. [fdb1e5]"))
        XCTAssert(AuthorLine.isPlaceholder("□ [member]"))
        XCTAssert(AuthorLine.isPlaceholder("User avatar"))
        XCTAssertFalse(AuthorLine.isPlaceholder("1. Ann Lee"))
        XCTAssertFalse(AuthorLine.isPlaceholder("[deleted]"))
        // phpBB's attribution glued to the quotation's first word.
        XCTAssertEqual("Urwrongx1000 wrote:I don't know if you've read this".gluedAttribution(rules)?.name, "Urwrongx1000")
        XCTAssertEqual("Dr. Hal Brenner wrote:On an f/6".gluedAttribution(rules)?.name, "Dr. Hal Brenner")
        XCTAssertNil("Re: Biological Will".gluedAttribution(rules)?.name)
        XCTAssertNil("Note: this wrote:nothing".gluedAttribution(rules)?.name, "the verb must follow the name")
        XCTAssertNil("Ann wrote: the quote follows".gluedAttribution(rules)?.name, "a spaced attribution is read as one already")
        XCTAssertEqual("Villeroy wrote:... By the way".gluedAttribution(rules)?.name, "Villeroy", "glued to no letter")
        XCTAssertEqual("Lupp wrote:[...] it is".partingGluedAttribution(rules), "Lupp wrote: [...] it is", "the lost space put back")
        XCTAssertEqual("Ann wrote: the quote follows".gluedAttribution(rules, parted: true)?.name, "Ann")
        // A statement of code is no furniture; a link's query and a semicolon of prose are no code.
        XCTAssert("this.Opacity = decimal.ToDouble(trackBar1.Value/5000);".looksLikeStatement)
        XCTAssert("set end=0900".looksLikeStatement)
        XCTAssertFalse("Reply </2011/08/14/varroa/?replytocom=2210#respond>".looksLikeStatement)
        XCTAssertFalse("3 siblings, 1 reply; 18+ messages in thread".looksLikeStatement)
    }

    func testPostNumbersAndListItemsShowHowCommentsNest() {
        // A forum post's number alone on its line, maybe as a list's item; a hashtag or a number in a sentence is none.
        XCTAssertEqual("• #1".postNumber, 1)
        XCTAssertEqual("#661".postNumber, 661)
        XCTAssertNil("#typography".postNumber)
        XCTAssertNil("Post #3 by Ann".postNumber)
        // lynx puts a number one column left of a bullet: both items' text stands at one depth, a nested one's deeper.
        XCTAssertEqual(PageLine(text: "1. oli", blanksBefore: 0, indent: 4).depth, PageLine(text: "* oli", blanksBefore: 0, indent: 5).depth)
        XCTAssertEqual(PageLine(text: "12. oli", blanksBefore: 0, indent: 3).depth, PageLine(text: "9. oli", blanksBefore: 0, indent: 4).depth)
        XCTAssertGreaterThan(PageLine(text: "1. Stéphane", blanksBefore: 0, indent: 9).depth, PageLine(text: "* oli", blanksBefore: 0, indent: 5).depth)
        XCTAssertEqual(PageLine(text: "↳ Ann", blanksBefore: 0, indent: 2).depth, 3, "a reply's arrow is a step deeper")
    }

    func testAForumsPostsAnswerWhatTheyQuoteOrTheThread() throws {
        // Real copies (written before these rules): phpBB's posts quote what they answer ("Jakob wrote:…"); XenForo's are
        // numbered one after another ("#1", "#2"). A post that quotes none answers the thread: no reply is guessed.
        let copies = Self.layouts.appendingPathComponent("copies").appendingPathComponent("dev")
        for name in ["34_phpbb.w3m", "13_xenforo.w3m"] {
            let path = copies.appendingPathComponent(name + ".txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(path), path: path, options: ParseOptions())
            XCTAssertFalse(thread.comments.contains { $0.parentInferred }, "\(name): nothing guessed")
            XCTAssertGreaterThanOrEqual(thread.comments.filter { $0.parent == nil }.count, thread.comments.count / 2, name)
        }
        let path = copies.appendingPathComponent("34_phpbb.w3m.txt").path
        let phpbb = try ThreadFile.parse(try ThreadFile.read(path), path: path, options: ParseOptions())
        // "Jakob wrote:But then if …" in Urwrongx1000's post answers Jakob's post before it; its text has the lost space back.
        let quoting = try XCTUnwrap(phpbb.comments.firstIndex { $0.blocks.first?.text.hasPrefix("Jakob wrote: But then") == true })
        XCTAssertEqual(phpbb.comments[quoting].author, "Urwrongx1000")
        XCTAssertEqual(phpbb.comments[quoting].parent.map { phpbb.comments[$0].author }, "Jakob")
    }

    func testLynxsModifierApostropheIsTheApostrophe() throws {
        // lynx prints a page's "&#x27;" as "ʼ" (U+02BC); a copy with its list of references is a text browser's.
        let thread = try parsePage("""
            A post about the council

            The article text is here and it goes on for a while about the plan.

            3 Comments

            Ann Lee

            I donʼt think so, the [1]council said otherwise last week.

            Bob Marsh

            Itʼs fine, really, we will see what [2]happens next.

            Carl Ode

            Weʼll see.

            References

               1. https://example.org/council
               2. https://example.org/x
            """)
        XCTAssertEqual(thread.firstParagraphs, ["I don't think so, the council said otherwise last week.",
                                                "It's fine, really, we will see what happens next.", "We'll see."])
    }

    func testAHeaderWrappedInANarrowColumnTakesItsTail() throws {
        // w3m's copy of a Hacker News thread: "[s]", the indentation spacer, under each header; deep in the thread a header
        // wrapped at its column's width.
        let thread = try parsePage("""
            Hacker News new | past | comments | ask | show | jobs | submit login

            Show HN: A tiny compiler for config files (example.org)
            120 points by ann_k 3 hours ago | hide | past | favorite | 6 comments

                        bob_r on Feb 4, 2024 | next [–]
                  [s]
                        I have been using this for a week and it replaced two shell
                        scripts and a Makefile for me. Nice work on the error messages.

                              carl99 on Feb 4, 2024 | root | parent | next [–]
                  [s]
                              Which shell scripts? I am curious what it can replace.

                                    bob_r on Feb 4, 2024 | root | parent | next [–]
                  [s]
                                    Mostly templating of service files for a few hosts.

                                          fay_t on Feb 6, 2024 | root | parent | next [–]
                  [s]
                                          Same here, the includes are the best part.

                                                     dora_m on Feb 9,
                                                     2024 | root | parent |
                                                     next [–]

                                                     You could do that with plain
                                                     environment files too, to be fair.

                        ed_h on Feb 5, 2024 | prev | next [–]
                  [s]
                        Thanks for sharing this.
            """)
        XCTAssertEqual(thread.authors_, ["bob_r", "carl99", "bob_r", "fay_t", "dora_m", "ed_h"])
        XCTAssertEqual(thread.comments[4].blocks.first?.text.hasPrefix("You could do that"), true, "the header's tail is no text")
        XCTAssertEqual(thread.comments[5].blocks.first?.text, "Thanks for sharing this.", "a body under the spacer is the body")
    }

    func testFiguresEndingANameBeforeAFullDateAreTheName() throws {
        let rules = PlainTextRules.standard
        XCTAssertEqual(ShapedLine.words(of: "dave_k78 October 12, 2023 at 9:14 pm", rules: rules).first, "dave_k78")
        XCTAssertEqual(ShapedLine.words(of: "Lennie10 March 2019", rules: rules).prefix(2), ["Lennie", "10"], "a day glued to the name")
        XCTAssertEqual(ShapedLine.words(of: "Lennie78 March 2019", rules: rules).first, "Lennie78", "no month has a 78th day")
    }

    func testAnAddressBrokenOverLinesGoesWhole() throws {
        let thread = try parsePage("""
            A post

            Comments

            *Fiona Marsh <https://fiona.example>* says:
            April 12, 2022 at 9:15 pm <https://blog.example/2022/04/re-
            cording-the-sashes/#comment-315>

            Thanks! Two of mine snapped as well.

            *Graham Petty* says:
            April 12, 2022 at 10:51 pm <https://blog.example/2022/04/re-cording-
            the-sashes/#comment-319>

            Check the profile matches though.

            *Fiona Marsh* says:
            April 13, 2022 at 8:02 am <https://blog.example/2022/04/re-cording-the-
            sashes/#comment-323>

            Good point.

            Pingback: Weekend reading #41 – Brick & Lath
            <https://brick.example/weekend-reading-41/>

            Pingback: Sash windows, week 3 | Old House Notes | April 14, 2022 at 7:15 am
            """)
        XCTAssertEqual(thread.authors_, ["Fiona Marsh", "Graham Petty", "Fiona Marsh", "Weekend reading #41 – Brick & Lath",
                                         "Sash windows, week 3 | Old House Notes"], "a pingback's date is no part of its title")
        XCTAssertEqual(thread.firstParagraphs.prefix(3), ["Thanks! Two of mine snapped as well.", "Check the profile matches though.", "Good point."])
        XCTAssert(thread.comments[3].blocks.isEmpty, "a pingback has no text")
    }

    /// Movable Type's "NAME replied to comment from NAME | DATE | Reply": the poster heads the comment as the page's other
    /// headers do, and the one answered is its parent, also where the header wrapped.
    func testAReplyMarkerInsideAHeaderNamesTheOneAnswered() throws {
        let posts: [(String, String?, String)] = [
            ("Greg Tomlinson", nil, "I went through the same thing last spring with thirty thousand photos. The thing nobody warns you about is that the edited copy and the original live in different folders."),
            ("Dana Nilsen", nil, "Which folder structure did you end up with in the end? Year and month, or by event? I keep changing my mind and the drive is a mess because of it."),
            ("Dave N.", "Dana Nilsen", "Year, then month, then a short description of the day, so the dates sort correctly and I can still find things by eye when I need them."),
            ("Miriam Okafor", nil, "Have you looked at keeping the keywords when you export? Losing ten years of tagging would be the one thing that stops me from moving."),
            ("Greg Tomlinson", "Miriam Okafor", "The keywords live in the library file, so they can be written back into the pictures with a small script. It took me an evening to get right."),
            ("Miriam Okafor", "Greg Tomlinson", "An evening I can spare. Would you be willing to share the script, or at least tell me which tool it used to write the tags?"),
            ("Paul Ferreira", nil, "Or you could just keep using the old program. It still opens on my machine and I have never once lost a picture to it in eight years."),
            ("Sanjay Kulkarni", nil, "Great write-up. One small thing: step four says to export the masters, but the menu item has been renamed in the latest version."),
            ("Lucy B", nil, "Bookmarked for the holidays, when I finally have the time to sort out the family pictures that have piled up since my daughter was born."),
            ("Tomasz W.", "Paul Ferreira", "Until the day it does not open. I waited too long with my old music library and lost the ratings of every song when the program died."),
        ]
        let page = "Moving off iPhoto\n\nBy Dave N. on November 17, 2008 7:05 PM\n\nI moved twenty years of photos this week.\n\n10 Comments\n\n"
            + posts.enumerated().map { index, post in
                // Wrapped at 80 columns, as w3m prints it ("… | November 21, 2008 9:44" / "PM | Reply").
                func wrapped(_ text: String) -> String {
                    var text = text, start = text.startIndex
                    while text[start...].count > 80, let space = text[start...].prefix(80).lastIndex(of: " ") {
                        text.replaceSubrange(space...space, with: "\n")
                        start = text.index(after: space)
                    }
                    return text
                }
                let header = (post.1.map { "\(post.0) replied to comment from \($0)" } ?? post.0) + " | November \(17 + index), 2008 9:4\(index) PM | Reply"
                return wrapped(header) + "\n\n" + wrapped(post.2) + "\n"
            }.joined(separator: "\n")
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.0))
        guard thread.comments.count == posts.count else { return XCTFail("\(thread.comments.count) comments for \(posts.count)") }
        let answering = posts.indices.filter { posts[$0].1 != nil }
        XCTAssertEqual(answering.map { thread.comments[$0].parent }, [1, 3, 4, 6], "the page shows whom they answer")
        XCTAssert(answering.allSatisfy { !thread.comments[$0].parentInferred })
        XCTAssertEqual(thread.firstParagraphs, posts.map(\.2))
    }

    func testALineAnAddressBrokeGoesOnAndAReplyMarkerBesideANameNamesTheOneAnswered() throws {
        // Firefox "Save as Text" of Guardian-style comments: the address after the name made the line long, and the browser
        // broke "in reply to" across lines; the marker beside the name says whom the reply answers, under one indentation.
        let thread = try parsePage("""
            A ferry story

            Comments

              * Ann Lee <https://profile.example/user/1>
                14 Nov 2024 7:22 <https://discussion.example/comment-permalink/1>
                Recommend 214

                The boat is all we have in winter.

                Reply Share Report <javascript:void(0)>

                  * FerrymanFinbar <https://profile.example/user/id/9506530> in
                    reply to Ann Lee
                    <https://news.example/2024/nov/14/inishcarrig-ferry#comment-1>
                    14 Nov 2024 7:40 <https://discussion.example/comment-permalink/2>
                    Recommend 18

                    Ann, is there still a helipad on the island?

                    Reply Share Report <javascript:void(0)>

                  * Ann Lee
                    <https://profile.example/user/id/1155985500000000> in reply to
                    FerrymanFinbar
                    <https://news.example/2024/nov/14/inishcarrig-ferry#comment-2>
                    14 Nov 2024 7:51 <https://discussion.example/comment-permalink/3>
                    Recommend 97

                    There is, but the helicopter is for emergencies, every second
                    Tuesday.

                    Reply Share Report <javascript:void(0)>

              * Bob Marr <https://profile.example/user/4>
                14 Nov 2024 7:58 <https://discussion.example/comment-permalink/4>
                Recommend 45

                Who audits the fuel cost claim?

                Reply Share Report <javascript:void(0)>

              * Cal <https://profile.example/user/5>
                14 Nov 2024 8:03 <https://discussion.example/comment-permalink/5>
                Recommend 4

                Shameful.

                Reply Share Report <javascript:void(0)>
            """)
        XCTAssertEqual(thread.authors_, ["Ann Lee", "FerrymanFinbar", "Ann Lee", "Bob Marr", "Cal"])
        guard thread.comments.count == 5 else { return }
        XCTAssertEqual((0..<5).map(thread.parentOf), [nil, 0, 1, nil, nil], "the marker names the one answered, not the thread's first")
        XCTAssertFalse(thread.comments.contains { $0.links.contains { $0.url.hasPrefix("javascript:") } }, "a script's button leads nowhere")
        // A line that opens with "<" but no address ("<3") is no address the browser broke a line before.
        var lines = [PageLine(text: "Thanks for this <https://example.org/a> write-up", number: 1, blanksBefore: 1),
                     PageLine(text: "<3 from Cork", number: 2, blanksBefore: 0)]
        var links: [Int32: [Link]] = [:]
        _ = InlineAddresses.setAside(&lines, links: &links, rules: .standard)
        XCTAssertEqual(lines.map(\.text), ["Thanks for this write-up", "<3 from Cork"])
    }

    func testANumberedPingbackWrappedOverTwoLinesIsOneComment() throws {
        let page = Self.development.appendingPathComponent("L104_wordpress_genesis-w3m-dump_shower-regrouting.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.authors_.suffix(2), ["10 Weekend Jobs That Make a Rental Feel Like Home – Renter's Toolbox",
                                                   "Bathroom refresh on a budget: what we did for under £200 | The Thrifty Nest"])
    }

    func testABadgeBesideANameLineOverTheHeaderIsNoPartOfTheName() throws {
        let page = Self.development.appendingPathComponent("L107_reddit-new_lynx-dump_homelab-r710.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssert(thread.authors_.contains("packet_gremlin"))
        XCTAssertFalse(thread.authors_.contains { $0?.hasSuffix(" OP") == true }, "\(thread.authors_)")
    }

    func testCopiesShowTheirRepliesByCountsAndLinks() throws {
        func parse(_ name: String) throws -> ThreadKit.Thread {
            let page = Self.development.appendingPathComponent(name + ".txt").path
            return try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions(explain: true))
        }
        let youtube = try parse("L79_youtube_firefox_copy_seiko_turtle_gaskets")
        let reply = try XCTUnwrap(youtube.comments.firstIndex { $0.author == "@marguerite.ly" })
        XCTAssertEqual(youtube.comments[reply].parent.map { youtube.comments[$0].author }, "@TickAndBench", "listed under '38 replies'")
        XCTAssertFalse(youtube.comments[reply].parentInferred)
        let diver = try XCTUnwrap(youtube.comments.first { $0.author == "@old_diver_bill" })
        XCTAssertNil(diver.parent, "a comment with a count of its own is top level")
        XCTAssertFalse(diver.parentInferred)
        let hackerNews = try parse("L66_hackernews_firefox_save_text_community_radio_pc")
        XCTAssert(hackerNews.layoutText.contains("nesting: links in each header"), hackerNews.layoutText)
        XCTAssert(hackerNews.comments.contains { $0.parent != nil && !$0.parentInferred })
    }

    func testATextBrowsersMarginMarksAreNoText() {
        var lines = [PageLine(text: "tidewright 2 hours ago | root | parent | next [–]", blanksBefore: 1, indent: 13),
                     PageLine(text: "[s]   I didn't know that!", blanksBefore: 1, indent: 7),
                     PageLine(text: "This is delightful. How did you fit", blanksBefore: 1, indent: 11),
                     PageLine(text: "*   remember the TI-85", blanksBefore: 0, indent: 7),
                     PageLine(text: "* a list item", blanksBefore: 1, indent: 7),
                     PageLine(text: "[x]   a mark with nothing beside it", blanksBefore: 1, indent: 0)]
        MarginMarks.remove(&lines)
        XCTAssertEqual(lines.map(\.text), ["tidewright 2 hours ago | root | parent | next [–]", "I didn't know that!",
                                           "This is delightful. How did you fit", "remember the TI-85", "* a list item",
                                           "[x]   a mark with nothing beside it"])
        XCTAssertEqual(lines[1].indent, 13)
        // w3m's stand-in for an avatar named by its address's scheme, one space before the text where it meets its column.
        var avatar = [PageLine(text: "Ruairi ByrneApr 12", blanksBefore: 1, indent: 8),
                      PageLine(text: "[https] We have the same shoebox!", blanksBefore: 1, indent: 0),
                      PageLine(text: "[edit] the same line", blanksBefore: 1, indent: 0)]
        MarginMarks.remove(&avatar)
        XCTAssertEqual(avatar.map(\.text), ["Ruairi ByrneApr 12", "We have the same shoebox!", "[edit] the same line"])
    }

    func testAttributionsAndReplyMarkersNameTheParent() throws {
        let comments = [Comment(author: "Ann Lee", blocks: [.paragraph("First.")]),
                        Comment(author: "bob", blocks: [.paragraph("Second.")]),
                        Comment(author: "cy", blocks: [.paragraph("On Mar 3, 2019, Ann Lee <ann@example.org> wrote:"), .paragraph("> First.")]),
                        Comment(author: "dee", blocks: [.paragraph("@bob agreed")]),
                        Comment(author: "eve", blocks: [.paragraph("Quote: Originally Posted by cy"), .paragraph("x")])]
        let links = comments.indices.map { ShownReplies.named($0, in: comments, rules: rules) }
        XCTAssertEqual(links.map { $0?.parent }, [nil, nil, 0, 1, 2])
        XCTAssertEqual(links[2]?.kind, .attribution)
        XCTAssertEqual(links[3]?.kind, .replyMarker)
    }

    /// A poster's whole name with a link's label after it ("Originally Posted by Sagitta Luminis View Post", "Quote from: Ann Lee
    /// on March 3") names that poster; where a name is the words said, that name ("Ann Lee" before "Ann").
    func testAnAttributionNamesThePosterWithMoreWordsAfterTheName() throws {
        let comments = [Comment(author: "Ann Lee", blocks: [.paragraph("First.")]),
                        Comment(author: "Sagitta Luminis", blocks: [.paragraph("Second.")]),
                        Comment(author: "Ann", blocks: [.paragraph("Third.")]),
                        Comment(author: "cy", blocks: [.paragraph("Quote: Originally Posted by Sagitta Luminis View Post"), .paragraph("x")]),
                        Comment(author: "dee", blocks: [.paragraph("Quote from: Ann Lee on March 03, 2019, 11:02:11 AM"), .paragraph("x")]),
                        Comment(author: "eve", blocks: [.paragraph("Quote: Originally Posted by Ann Lee"), .paragraph("x")])]
        let links = comments.indices.map { ShownReplies.named($0, in: comments, rules: rules) }
        XCTAssertEqual(links.map { $0?.parent }, [nil, nil, nil, 1, 0, 0])
    }

    func testTheSitesListsUnderTheCommentsEndThem() throws {
        var page = "Is it rude to call my neighbour by her first name?\n\nShe is eighty and I am thirty.\n\n"
        let posts = [("kettle_on", "2y ago", "Ask her what she likes to be called."),
                     ("sorrel_and_salt", "2y ago", "Older people here often prefer the title."),
                     ("mossbank", "1y ago", "Depends entirely on the region."),
                     ("kettle_on", "1y ago", "True, my gran hated being called by her name.")]
        for (name, age, body) in posts { page += "   \(name) • \(age)\n\n   \(body)\n   Reply Share\n" }
        page += "\nMore posts you may like\n\n     * Addressing your in-laws after the wedding\n       r/Etiquette • 2y ago 41 comments\n"
            + "     * Gift ideas for grandparents\n       r/Etiquette • 2y ago 88 comments\n"
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.0))
    }

    func testAMailArchivesQuotedFieldsAndFooterAreNoPosters() throws {
        let subject = "[Allotments] Water trough rota"
        let nav = "Previous message (by thread): \(subject)\nNext message (by thread): \(subject)\n"
            + "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n"
        let footer = "_______________________________________________\nAllotments mailing list\nAllotments at lists.example.org\n"
            + "http://lists.example.org/mailman/listinfo/allotments\n"
        let text = "The trough by the gate needs filling every morning in this heat, and the\nhose from the shed does not reach it, "
            + "so somebody has to carry cans.\n\nI can do Mondays and will leave the cans by the shed door afterwards."
        let posts = [("Hana Kowalczyk hana.k at example.org", text),
                     ("Peter Ames pames at example.net", "Tuesdays for me.\n\n-----Original Message-----\nFrom: Allotments On Behalf Of Hana\n"
                        + "To: allotments at lists.example.org\nSubject: \(subject)\n\n\(text)\n" + footer),
                     ("dbrook at example.com", "Wednesday, if nobody minds the early start.\n\n" + text),
                     ("Mo Farrant mo at example.org", "Thursday and Friday are mine, the bus gets me there by seven.\n\n" + text),
                     ("Peter Ames pames at example.net", "Then only the weekend is left.\n\n" + text),
                     ("Hana Kowalczyk hana.k at example.org", "Lovely, that covers the week.\n\n" + text)]
        let page = posts.enumerated().map { index, post in
            "\(subject)\n\(post.0)\nTue Sep \(index + 10) 21:14:02 BST 2019\n\n\(nav)\n\(post.1)\n\n\(nav)"
                + "More information about the Allotments mailing list\n"
        }.joined()
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, ["Hana Kowalczyk", "Peter Ames", "dbrook at example.com", "Mo Farrant", "Peter Ames", "Hana Kowalczyk"])
    }

    func testTheControlsUnderTheHeadingAreNoTrailedBodyAndAPlaceFollowsALongName() throws {
        var page = "Baths to close in spring\n\nThe council has voted to close the baths when the boiler fails its next inspection.\n\n"
            + "Comments 5\n\nShare what you think\n\nThe comments below have been moderated in advance.\n\nNewest\nOldest\nBest rated\n\nView all\n\n"
        let posts = [("Lorna Findlay, Paisley, United Kingdom", "Learned to swim there in 1978 with the school, and the water was always freezing. Sad day."),
                     ("Realist, Renfrew, United Kingdom", "Four million is nothing compared to what they wasted on the granite benches nobody sits on."),
                     ("Retired Surveyor, Not A Councillor, Johnstone, United Kingdom",
                      "The town centre money was a capital grant that could only be spent on that project."),
                     ("Realist, Renfrew, United Kingdom", "It is always a different pot. Funny how the pot for closing things is never empty."),
                     ("Jen M, Paisley, United Kingdom", "Swimming lessons for my two cost more than the bus fare to the next town's pool now.")]
        for (index, post) in posts.enumerated() {
            page += "\(post.1)\n\(post.0), \(11 - index) hours ago\nReply\nClick to rate\n\(index + 4)\nReport abuse\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, ["Lorna Findlay", "Realist", "Retired Surveyor, Not A Councillor", "Realist", "Jen M"])
        XCTAssertEqual(thread.firstParagraphs.first, posts[0].1)
    }

    func testANameEndingInAnInitialStandsAboveItsPlaceAndAMarkerNamesTheParent() throws {
        var page = "Right turns on red to end downtown\n\nThe council voted to ban right turns on red at forty downtown crossings.\n\n"
        let posts = [("Marcus Adeyemi", "St. Paul", "About time. I have been clipped twice at the same corner."),
                     ("Gus H.", "Eagan", "Then enforce the existing law. Failing to yield is already illegal."),
                     ("Jessica Tran", "Minneapolis", "My father was hit at Hennepin and 7th. He never walked well again."),
                     ("Ellen R.", "Roseville", "I am so sorry, Jessica. Thank you for saying it."),
                     ("Marcus Adeyemi", "St. Paul", "There are not enough traffic officers to enforce anything.")]
        for (index, (name, place, body)) in posts.enumerated() {
            page += "\(name)\n\(place)\nMarch 6\n\n\(body)\n\nRecommend 12\nReply\nShare\nFlag\n\n" + (index == 2 ? "Hide 3 Replies\n\n" : "")
        }
        page += "Jo Berg\nEdina\nMarch 7\nIn Reply to Ellen R.\n\nSeconded, Ellen.\n\nRecommend 2\nReply\nShare\nFlag\n"
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.0) + ["Jo Berg"])
        XCTAssertEqual(thread.comments.last?.parent, 3, "the marker names Ellen R., the page's count lists the reply under Jessica")
        XCTAssertEqual(thread.firstParagraphs.last, "Seconded, Ellen.")
    }

    func testAVoteCountOverAHeaderIsNoLevelOfNesting() throws {
        var page = "Fares up again\n\nOperators raised fares on every route after the fuel review.\n\nComments\n\n"
        let posts = [("Kevin K.", 41, "Sh100 to Githurai during peak? These fares never come down when fuel comes down."),
                     ("Njeri W.", 19, "I have used the Thika Road route for nine years and fares never moved down once."),
                     ("Wafula Simiyu", 3, "The real issue is the tax on fuel, which is nearly half the pump price."),
                     ("Grace N.", 27, "Pole sana. This is the third rise this year and wages have not moved at all."),
                     ("Otieno", 8, "Walk or cycle where you can. It is cheaper and often quicker in the jam anyway.")]
        for (name, votes, body) in posts { page += "\(name)\n5 hours ago\n\n\(body)\n\nRespect \(votes)\nReply\nShare\n\n" }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.0))
        XCTAssertEqual(thread.comments.filter { $0.parent != nil && !$0.parentInferred }.count, 0, "no comment is shown nested")
    }

    func testAForumBlockAtThePagesEndIsReadNotOverrun() throws {
        let body = "This is a body long enough to be a paragraph of a post, not a name or a field of a header block."
        let posts = ["Ann Lee", "Bob Stone", "Cy Young", "Dee Park"].enumerated().map { index, name in
            "Mar \(index + 3), 2019\n\(name)\nJoin Date: Jan 2010\nPosts: \(index + 12)\n\(body)"
        }
        let thread = try parsePage("A forum topic\n\n" + posts.joined(separator: "\n") + "\nMar 9, 2019\nEve Stone")
        XCTAssertEqual(thread.authors_.prefix(4), ["Ann Lee", "Bob Stone", "Cy Young", "Dee Park"])
        XCTAssertEqual(thread.firstParagraphs.first, body)
    }

    func testLinkNumbersOfATextBrowserGo() {
        var last: Int? = 12
        let (text, links) = LinkReferences.withoutNumbers("[19]Bramble said... [21][icon.gif] [x] | [22]Mar 3 | Reply", after: &last)
        XCTAssertEqual(text, "Bramble said... [icon.gif] [x] | Mar 3 | Reply")
        XCTAssertEqual(links.map(\.0), [19, 22], "an image's link has no text of its own")
        XCTAssertEqual(links.map(\.1), ["Bramble said...", "Mar 3"], "a link's text runs to the next link or mark")
        XCTAssertEqual(last, 22)
        let (footnote, none) = LinkReferences.withoutNumbers("I bought a Chuwi Lapbook[0] for my wife, see [1]", after: &last)
        XCTAssertEqual(footnote, "I bought a Chuwi Lapbook[0] for my wife, see [1]", "numbers before the last link's are the text's own")
        XCTAssert(none.isEmpty)
        var any: Int?
        XCTAssertEqual(LinkReferences.withoutNumbers("[1]Index [2]Previous", after: &any).0, "Index Previous", "copies one after another")
    }

    func testWordsInBracketsAfterANameAreAnAsideOfTheHeader() throws {
        let vocabulary = LineShape.Vocabulary(lines: ArraySlice((0..<6).map { PageLine(text: "[–] ann\($0) \($0) points \($0) hours ago", blanksBefore: 0) }),
                                              rules: rules)
        let hidden = ShapedLine("[–] bob77 [skóre skryté] 1 hour ago", vocabulary: vocabulary, rules: rules)
        XCTAssertEqual(hidden.shape.description, "[–] NAME […] DATE", "a hidden score ends the name, in any language")
        let header = ShapedLine("[–] ann 5 points 2 hours ago", vocabulary: vocabulary, rules: rules).shape.head
        XCTAssertEqual(try XCTUnwrap(hidden.match(header, whole: false, labels: vocabulary.labels, rules: rules, followers: [.count])).name, 1..<2,
                       "the aside may follow a name where the other headers have a score")
        XCTAssertEqual(ShapedLine("[–] inkblot_92 [S] 12 points", vocabulary: vocabulary, rules: rules).shape.description, "[–] NAME […] N points")
        XCTAssertFalse(ShapedLine("Ann [12 comments] 3 hours ago", vocabulary: vocabulary, rules: rules).shape.tokens.contains(.mark(LineShape.asideMark)),
                       "figures in brackets are no aside")
    }

    /// A German Blogger page through w3m, its bodies opening "Hey Sana :)", "Huhu Sanne :)": no header of the page.
    func testASmileyAfterANameIsAGreetingsNoHeaders() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/09_blogger.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions(explain: true))
        XCTAssertFalse(thread.layoutText.contains("header: NAME :)"), thread.layoutText)
        XCTAssert(thread.layoutText.contains("NAME :) ×12 — a smiley, no mark of a header"), thread.layoutText)
    }

    /// The same page: "1. [59]Sana[60]6. Juni 2015 um 10:23" is each comment's header, stamped to the minute, though the copy has
    /// many more lines that might be names.
    func testANameStampedToTheMinuteIsAHeader() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/09_blogger.lynx.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions(explain: true))
        XCTAssert(thread.layoutText.hasPrefix("header: NAME DATE"), thread.layoutText)
        XCTAssertEqual(thread.comments.count, 13)
        XCTAssertTrue("Sana 6. Juni 2015 um 10:23".holdsClockTime)
        XCTAssertFalse("Psalm 23:105 and the ratio 1:2:2".holdsClockTime, "a verse and a ratio are no time of day")
    }

    /// Old Reddit's "(N children)" counts every comment under a comment: in page order they give each parent, in any language.
    func testCountsOfTheCommentsUnderEachGiveTheTree() throws {
        XCTAssertEqual(DescendantCounts.count(in: "[–]dyl40011 22 bodov pred 2 hodiny · (10 detí)"), 10)
        XCTAssertEqual(DescendantCounts.count(in: "[–] ann 5 points 3 hours ago (1 child)"), 1)
        XCTAssertNil(DescendantCounts.count(in: "Great point (see above)"))
        XCTAssertNil(DescendantCounts.count(in: "ann (12 points, 3 hours)"))
        // A (B (C (D)), E); F (G); H.
        let parents = try XCTUnwrap(DescendantCounts.parents(counts: [4, 2, 1, 0, 0, 1, 0, 0], rules: rules))
        XCTAssertEqual(parents.map { $0?.parent }, [nil, 0, 1, 2, 0, nil, 5, nil])
        XCTAssertEqual(parents[1]?.kind, .descendantCount)
        XCTAssertNil(DescendantCounts.parents(counts: [3, 5, 2, 4, 1, 3, 0, 2], rules: rules), "numbers that do not nest count something else")
        XCTAssertNil(DescendantCounts.parents(counts: [0, 0, 1, 0, 0, 0], rules: rules), "one reply shown is no nesting to speak of")
        XCTAssertNil(DescendantCounts.parents(counts: [4, 2, nil, 0, 0, 0], rules: rules), "every header counts")
        XCTAssertNil(DescendantCounts.parents(counts: [Int.max, Int.max, 0, 0], rules: rules), "a number past the page is no trap")
    }

    /// The same Slovak old Reddit page through w3m, which keeps no indentation and no links: the counts nest it.
    func testAnOldRedditCopyWithoutIndentationIsNestedByItsCounts() throws {
        let page = Self.layouts.appendingPathComponent("copies/dev/01_old_reddit.w3m.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions(explain: true))
        XCTAssert(thread.layoutText.contains("nesting: a count of every comment under each one"), thread.layoutText)
        XCTAssertEqual(thread.comments[1].parent, 0)
        XCTAssertEqual(thread.comments[1].parentInferred, false)
    }

    /// Discourse copied from Chrome: "Related topics" under the last post heads the forum's list of other threads, whose
    /// rows' dates are no comments' headers.
    func testAForumsListOfOtherThreadsEndsTheComments() throws {
        let page = Self.development.appendingPathComponent("L114_discourse_chrome-copy_thumbnail-rebuild.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let last = try XCTUnwrap(thread.comments.last)
        XCTAssertEqual(last.author, "oskar")
        XCTAssertEqual(last.blocks.map(\.text), ["Can confirm on 1.9.3 as well, thanks for the thread."])
    }

    /// A pipermail thread: "Previous message (by thread): SUBJECT" and "Next message …" over "Messages sorted by: …" under
    /// each message's header are fields the page repeats, not the message's first lines. (Under the text they stay: there
    /// the next message's subject line is glued to them.)
    func testFieldsThePageRepeatsOverABodyAreTheHeaders() throws {
        let page = Self.development.appendingPathComponent("L26_mail_archive_pipermail_practice_night.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        XCTAssertEqual(thread.comments.first?.blocks.first?.text, "Dear all,")
        XCTAssertFalse(thread.comments.contains { $0.blocks.first?.text.hasPrefix("Previous message (by thread):") == true })
        XCTAssertEqual("Previous message (by thread): Practice night".inlineFieldLabel, "Previous message (by thread): ")
        XCTAssertNil("The way I see it, the thing is: no".inlineFieldLabel, "a sentence's colon after many words is no field's")
        // XenForo copied: "Reactions: Compost_Kate, TomatoTony and 2 others" under the post's "Like" furniture closes no text.
        let forum = Self.development.appendingPathComponent("L134_xenforo2_firefox_copy_blossom_end_rot.txt").path
        let posts = try ThreadFile.parse(try ThreadFile.read(forum), path: forum, options: ParseOptions()).comments
        XCTAssertEqual(posts.first?.blocks.last?.text.hasPrefix("Is this calcium"), true)
    }

    func testEveryLevelOfW3msBulletsIsABullet() {
        let vocabulary = LineShape.Vocabulary(lines: ArraySlice((0..<6).map { PageLine(text: "Reply \($0)", blanksBefore: 0) }), rules: rules)
        let shapes = ["• Reply", "□ Reply", "☆ Reply", "○ Reply", "■ Reply", "★ Reply", "◎ Reply"].map {
            ShapedLine($0, vocabulary: vocabulary, rules: rules).shape
        }
        XCTAssertEqual(Set(shapes).count, 1, "a footer deep in the thread is the same footer: \(shapes)")
    }

    /// Hacker News through lynx: a header whose link numbers took it to the wrap width, a body in small letters glued under it.
    func testABodyInSmallLettersUnderAWideHeaderIsTheBody() throws {
        let posts = [("teravor", "my chuwi tablet had the storage suddenly die, it disappeared from the", "view of any software."),
                     ("kopirgan", "absolutely. any old thinkpad will outlast this and perform a lot better", "for the same money."),
                     ("vachina", "the screens on these are fine but the keyboards are a different story", "after a year of use."),
                     ("dangus", "i bought one for my father and he has used it every day since the spring", "without a complaint."),
                     ("williadc", "battery life is the thing nobody mentions in the reviews of these cheap", "machines, sadly."),
                     ("jdub", "nah, the refresh rate is not the problem here, the panel itself is slow", "to respond.")]
        var page = "Chuwi laptops\n\nA review of a cheap laptop.\n\n"
        for (index, post) in posts.enumerated() {
            page += "   [\(index * 6 + 1)]\(post.0) [\(index * 6 + 2)]\(index + 2) hours ago | [\(index * 6 + 3)]root | [\(index * 6 + 4)]parent | "
                + "[\(index * 6 + 5)]next [\(index * 6 + 6)][–]\n   \(post.1)\n   \(post.2)\n\n   [\(index * 6 + 6)]reply\n\n"
        }
        page += "References\n\n" + (1...posts.count * 6).map { "\($0). https://news.example/item?id=\(1000 + $0)" }.joined(separator: "\n") + "\n"
        let thread = try parsePage(page)
        XCTAssertEqual(thread.authors_, posts.map(\.0))
        XCTAssertEqual(thread.firstParagraphs.count, posts.count)
        XCTAssert(zip(thread.firstParagraphs, posts).allSatisfy { $0.hasPrefix($1.1) }, "\(thread.firstParagraphs)")
    }

    func testAMonthOfAnotherLanguageBesideAFigureIsADate() {
        let vocabulary = LineShape.Vocabulary(lines: ArraySlice((0..<6).map { PageLine(text: "Ann\($0) said...", blanksBefore: 0) }), rules: rules)
        func shape(_ text: String) -> String { ShapedLine(text, vocabulary: vocabulary, rules: rules).shape.description }
        XCTAssert(shape("Gerhard Baierlein am 18. Oktober 2023 - 13:11 Permanenter Link").hasPrefix("NAME am DATE - DATE"),
                  shape("Gerhard Baierlein am 18. Oktober 2023 - 13:11 Permanenter Link"))
        XCTAssertEqual(shape("Élodie 3 mai 2019"), "NAME DATE")
        XCTAssertEqual(shape("Julio said..."), "NAME said...", "alone, a month's name may be a person's")
        XCTAssertEqual(ShapedLine.words(of: "Sana6. Juni 2015 um 10:23", rules: rules), ["Sana", "6.", "Juni", "2015", "um", "10:23"],
                       "w3m glues a German date's day to the name before it")
    }

    func testFunctionWordsOfOtherLanguagesAreNoLabels() {
        let lines = (0..<8).flatMap { _ in
            ["Der Zug fährt morgen früh um sieben Uhr ab, sagt die Bahn, und", "Grete und", "Max die"].map { PageLine(text: $0, blanksBefore: 0) }
        }
        let vocabulary = LineShape.Vocabulary(lines: ArraySlice(lines), rules: rules)
        XCTAssertFalse(vocabulary.labels.contains("und"), "\(vocabulary.labels)")
        XCTAssertFalse(vocabulary.labels.contains("die"))
    }

    /// A copy through `lynx -dump` of a page whose comments link their own addresses and, replies, their parents' ("#c2b"),
    /// in words of any language: the parents are the page's, not inferred.
    func testARepliesLinkToItsParentsAddressShowsTheParent() throws {
        let posts: [(String, String?, String)] = [
            ("ann_k", nil, "The old mill by the river is being turned into flats again."), ("bob77", "c1a", "Third time they have said that."),
            ("cyd_3", "c2b", "This time the builder has bought the land."), ("dee_w", nil, "Who owns the weir now, does anyone know?"),
            ("eli_9", "c4d", "The council, since the estate was sold."), ("fay_t", "c1a", "My grandmother worked there in the fifties."),
        ]
        var text = "The mill\n\nThe mill will be flats by spring, the owners say.\n\n"
        var references: [String] = []
        func link(_ url: String) -> String { references.append(url); return "[\(references.count)]" }
        for (index, post) in posts.enumerated() {
            let id = ["c1a", "c2b", "c3c", "c4d", "c5e", "c6f"][index]
            text += "\(link("javascript:void(0)"))[–]\(link("https://example.org/user/\(post.0)"))\(post.0) \(index + 2) bodov pred \(index + 1) hodina\n\n"
            text += "   \(post.2)\n     * \(link("https://example.org/r/town/comments/x9/mill/\(id)"))odkaz\n"
            if let parent = post.1 { text += "     * \(link("file:///page.html#\(parent)"))nadradený\n" }
            text += "\n"
        }
        text += "References\n\n" + references.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n") + "\n"
        let thread = try parsePage(text)
        XCTAssertEqual(thread.authors_, posts.map(\.0))
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 1, nil, 3, 0])
        XCTAssert(thread.comments.allSatisfy { !$0.parentInferred }, "the page shows them")
    }

    func testALongPagesLinkNumbersPassAThousand() throws {
        var lines = (1...1_001).map { PageLine(text: "[\($0)]word \($0)", blanksBefore: 0) }
        lines += [PageLine(text: "References", blanksBefore: 1)] + (1...1_001).map { PageLine(text: "\($0). https://example.org/\($0)", blanksBefore: 0) }
        for index in lines.indices { lines[index].number = Int32(index) }
        var links: [Int32: [Link]] = [:]
        _ = LinkReferences.setAside(&lines, links: &links)
        XCTAssertEqual(lines.count, 1_001)
        XCTAssertEqual(links[1_000], [Link(text: "word 1001", url: "https://example.org/1001")])
    }

    func testLinksOfACopyAreLinksOfTheirComments() throws {
        let page = Self.development.appendingPathComponent("L31_wordpress_classic_lynx_copper_pan_tinning.txt").path
        let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions())
        let hugh = try XCTUnwrap(thread.comments.first { $0.author == "Hugh" })
        XCTAssertEqual(hugh.links, [Link(text: "This old newsreel shows an étameur at work", url: "https://video.example/watch?v=etameur1958")],
                       "lynx's [53] before the text is the References list's 53rd address")
        XCTAssert(hugh.blocks.allSatisfy { !$0.text.contains("[53]") })
    }

    /// A date over "by NAME" opens the header's block; a user title under the name is the header's, and the reply marker
    /// under it opens the body; the name slot that ends the line takes the whole name of a prolific poster.
    func testADateOverTheNameOpensTheHeader() throws {
        let posts: [(String, String?, String)] = [
            ("Gwen Parry", nil, "Three weeks between collections is far too long for a family of five."),
            ("Trev_H", "Gwen Parry", "Households of more than five can ask for a bigger bin, it says."),
            ("Gwen Parry", "Trev_H", "We are five, not more than five, which is rather the point."),
            ("Colin Marsh", nil, "When I was a boy the bins went every week and nobody complained."),
            ("Hannah Pryce", "Gwen Parry", "The council says families with small children can apply for an extra collection."),
            ("Gwen Parry", "Hannah Pryce", "Thank you, that is helpful. I hope they put it in the leaflet."),
            ("Sue Kettle", nil, "Our street went three-weekly on the trial and it was fine after a month."),
            ("Colin Marsh", "Sue Kettle", "Fine for you, perhaps, with a garage to keep the extra bags in."),
        ]
        var page = "Bins to go three-weekly\n\nBy A Reporter\n\nThe council will collect general waste every three weeks.\n\nComments (8)\n\n"
        for (index, post) in posts.enumerated() {
            page += "14 March 2024, \(7 + index):12am\nby \(post.0)\n"
            if post.0 == "Hannah Pryce" { page += "Observer reporter\n" }
            if let answered = post.1 { page += "In reply to \(answered)\n" }
            page += "\n\(post.2)\n\nReport\nReply\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.comments.map(\.author), posts.map(\.0))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, posts.map(\.2), "no date, title or marker left in a body")
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 1, nil, 2, 4, nil, 6], "the markers name the ones answered")
        XCTAssertFalse(thread.comments.contains(where: \.parentInferred))
    }

    /// Disqus copied from its widget: "Avatar", the poster, the name of the one answered on a line of its own, "• DATE".
    func testASecondNameOverTheDateNamesTheOneAnswered() throws {
        let posts: [(String, String?, String)] = [
            ("Dale Fennimore", nil, "I bought here because it was single-family and now the rules change."),
            ("Priya Raman", "Dale Fennimore", "Nobody is forcing anyone to build anything on their lot."),
            ("Dale Fennimore", "Priya Raman", "The rules did promise that, actually. That is what zoning is."),
            ("Ray Ostrowski", "Dale Fennimore", "Parking is the real issue on Alder Street at weekends."),
            ("Jo Ann Pettibone", nil, "My daughter is a nurse and cannot afford to live in the town."),
            ("westgate_mom", "Jo Ann Pettibone", "Well said, and the same goes for teachers."),
            ("Sam Okafor", "westgate_mom", "That is what the affordability bonus in the report is for."),
            ("Lena Brandt", nil, "Has anyone read the traffic study the staff attached?"),
        ]
        var page = "Fourplexes allowed in Westgate\n\nBy A Reporter\n\nThe council voted on Monday.\n\n8 Comments\nSort by Oldest\n\n"
        for post in posts {
            page += "Avatar\n\(post.0)\n" + (post.1.map { "\($0)\n" } ?? "") + "• a day ago\n\n\(post.2)\n\n12\n•\nReply\n•\nShare ›\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.comments.map(\.author), posts.map(\.0))
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 1, 2, nil, 4, 5, nil])
        XCTAssertFalse(thread.comments.contains(where: \.parentInferred), "the page shows whom each answers")
    }

    /// A removed comment's notice standing apart from the comment above is a comment of its own, with no author.
    func testARemovedCommentsNoticeIsAnAnonymousComment() throws {
        let posts: [(String?, String)] = [
            ("grumpy_mushroom", "Finished it last night and the lighthouse chapter is the best thing in it."),
            ("Ollie Brandt", "It was a nine for me right up until the chase at the end."),
            (nil, "This comment was deleted."),
            ("TheRealMcCoy", "Another cozy horror game where the horror is mostly the controller."),
            ("Lena V.", "Does anyone know whether the handheld version runs any better?"),
        ]
        var page = "Lantern Hollow review\n\nBy A Reviewer\n\nThe game is short and the lighthouse is the star.\n\n5 Comments\n\n"
        for post in posts {
            page += "Avatar\n" + (post.0.map { "\($0) • 3 years ago\n" } ?? "") + "\(post.1)\n2 △ ▽ • Reply • Share ›\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.comments.map(\.author), posts.map(\.0))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, posts.map(\.1))
    }

    /// A mail archive shows each message's id and the id it answers: the parents are the page's, not inferred.
    func testAMailsInReplyToNamesItsParent() throws {
        let mails: [(String, String, String?, String)] = [
            ("Baptiste Lemaire", "b1@corvane.fr", nil, "This series adds a driver for the fan controller on the board."),
            ("Rhiannon Tudor", "r1@kernel-dev.org", "b1@corvane.fr", "Please name the binding file after the compatible string."),
            ("Gunnar Eklöf", "g1@eklof.se", "b1@corvane.fr", "The probe function leaks the clock when the regulator fails."),
            ("Baptiste Lemaire", "b2@corvane.fr", "r1@kernel-dev.org", "Will do in the next version, thank you for looking."),
            ("Baptiste Lemaire", "b3@corvane.fr", "g1@eklof.se", "Good catch, I will move the clock enable after the regulator."),
        ]
        var page = "linux-hwmon archive mirror\n\n"
        for (index, mail) in mails.enumerated() {
            page += "From: \(mail.0) <\(mail.1)>\nTo: linux-hwmon@vger.kernel.org\nSubject: Re: [PATCH] hwmon: add cv7316\n"
                + "Date: Mon, 4 Mar 2019 1\(index):02:15 +0100\nMessage-ID: <\(mail.1)> (raw)\n"
                + (mail.2.map { "In-Reply-To: <\($0)>\n" } ?? "") + "\n\(mail.3)\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.comments.map(\.author), mails.map(\.0))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, mails.map(\.3), "the fields are no text")
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 0, 1, 2])
        XCTAssertFalse(thread.comments.contains(where: \.parentInferred))
    }

    /// Drupal names the comment answered by its subject (its opening words, cut) before its poster: the poster's comment that
    /// opens so is the parent, though the poster wrote a later one, and the marker leaves the reply's text.
    func testAReplyMarkerNamingASubjectAndPosterShowsTheParent() throws {
        let posts: [(String?, [String])] = [
            ("Gloria Estrada", ["I teach fourth grade and nobody I work with asked for Mondays off."]),
            ("Wendell Oakes", ["Grading takes my whole Sunday as it is."]),
            ("Gloria Estrada", ["In reply to Grading takes my whole… by Wendell Oakes", "Every Sunday here too, and the board knows it."]),
            ("Priya Sandoval", ["In reply to I teach fourth grade and… by Gloria Estrada", "Which school? The middle school said the opposite."]),
            ("Hal Brookes", ["In reply to Grace Fellowship on Route 9… by Nobody Shown", "Count me in."]),
        ]
        var comments = posts.map { Comment(author: $0.0, blocks: $0.1.map(Block.paragraph)) }
        let marked = comments.indices.map { ShownReplies.marked($0, in: &comments, rules: .standard) }
        XCTAssertEqual(marked.map { $0?.link?.parent }, [nil, nil, 1, 0, nil], "the subject picks Gloria's first comment")
        XCTAssertEqual(marked.map { $0 != nil }, [false, false, true, true, true], "an unresolved marker leaves the text too")
        XCTAssertEqual(comments.map { $0.blocks.first?.text }, ["I teach fourth grade and nobody I work with asked for Mondays off.",
            "Grading takes my whole Sunday as it is.", "Every Sunday here too, and the board knows it.",
            "Which school? The middle school said the opposite.", "Count me in."])
        XCTAssertEqual(AuthorLine.author(named: AuthorLine.badged("Anonymous (not verified)").name), nil)
    }

    /// A paper that shows each poster's place after the name, over the date (its nested list through lynx): several places
    /// each after the names of several posters say so, and no place is part of a name, though one is shown once only.
    func testPlacesAfterTheNamesBesideTheHeadersAreNoPartOfThem() throws {
        let posts: [(String, String, String, Int)] = [
            ("Pádraig Ó Floinn", "Clooncarra", "I farm either side of the old line and I signed the agreement.", 0),
            ("Noreen", "Ardnacarrig", "Has anyone told the council in writing what it would take?", 1),
            ("Bernadette Cuddihy", "Clooncarra", "The underpass is still a drawing two years on.", 2),
            ("Aoife Ryan-Kiely", "Ardnacarrig", "Most of that was in the offer, to be fair to the council.", 0),
            ("Gerry O'Dwyer", "Kilbrack", "Twenty years they have been talking about that line.", 1),
            ("greenwaygeg", "", "At some point the greater good has to count for something.", 0),
        ]
        var page = "Ardnacarrig Herald\n\nGreenway talks stall\n\nThree landowners have not signed.\n\nThe council may use compulsory purchase.\n\n"
            + "Comments (6)\n\n"
        for (index, post) in posts.enumerated() {
            let indent = String(repeating: " ", count: 5 + 3 * post.3), mark = ["*", "+", "o"][post.3]
            page += indent + mark + " " + (post.1.isEmpty ? post.0 : "\(post.0), \(post.1)") + "\n\(indent)  3 Dec 2025, 1\(index):4\(index)\n"
                + "\(indent)  \(post.2)\n\(indent)  Reply Like (\(index)) Report\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.comments.map(\.author), posts.map(\.0))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, posts.map(\.2))
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 1, nil, 3, nil])
    }

    /// A question-and-answer page through a text browser: each answer signed by a block under it ("answered DATE" / "user avatar"
    /// / NAME, its editor's block over it), the comments under a post each signed on lines of their own ("– NAME" / DATE), a
    /// name printed twice over ("Mirela PopMirela Pop"). The signatures mark the comments and the answers' blocks the answers.
    func testCommentsSignedOnLinesOfTheirOwnUnderAnswersSignedByABlock() throws {
        let answers: [(author: String, editor: String?, text: String, comments: [(String, String)])] = [
            ("Mirela Pop", "Tobias Wend", "Bleed the radiator at the top valve, then top the system up to 1.5 bar.",
             [("Ines Alvarado", "Which valve is the top one on a double panel?"), ("Mirela Pop", "The square one on the side, opposite the pipes.")]),
            ("gk_heat", nil, "Check the pump speed first: on the lowest setting the far rooms never warm up.",
             [("Tobias Wend", "Good point, mine was on setting one since the install.")]),
            ("Ines Alvarado", "Yusuf Demir", "A thermostatic valve stuck shut does the same. Tap it and see if the pin moves.",
             [("gk_heat", "That pin trick fixed two of mine last winter."), ("Hanne Ström", "Mine were seized solid, I had to replace the heads.")]),
            ("Pieter Claes", nil, "Air collects in the highest radiator of the house: bleed that one last, with the pump off.",
             [("Mirela Pop", "And wait ten minutes after switching the pump off, or the air is still moving."),
              // A name opening with an initial: "K" alone is no count ("1.2k").
              ("K Lindqvist", "Same here, the last radiator on the loop was the one.")]),
        ]
        var page = "Home Improvement\n\nOne radiator stays cold after bleeding\n\nThe upstairs radiator stays cold although I bled it twice.\n\n"
            + "Share\nFollow\nasked Jan 4, 2024 at 9:10\nuser avatar\nHanne StrömHanne Ström\n41122 silver badges77 bronze badges\n\n"
            + "Add a comment  |\n\n4 Answers 4\n\n"
        var expected: [(String, String, Int?)] = []
        for (number, answer) in answers.enumerated() {
            page += "\(7 - number)\n\n\(answer.text)\n\nShare\nFollow\n"
            if let editor = answer.editor { page += "edited Jan \(5 + number), 2024 at 10:0\(number)\nuser avatar\n\(editor)\n3,11022 bronze badges\n" }
            page += "answered Jan \(4 + number), 2024 at 11:1\(number)\nuser avatar\n\(answer.author)\(answer.author)\n1,20133 silver badges\n\n"
            let post = expected.count
            expected.append((answer.author, answer.text, nil))
            for (index, comment) in answer.comments.enumerated() {
                page += "  • \(index + 1)\n    \(comment.1)\n    –\u{A0} \(comment.0)\n    Jan \(6 + number), 2024 at 1\(index):2\(number)\n"
                expected.append((comment.0, comment.1, post))
            }
            page += "\nAdd a comment  |\n\n"
        }
        let thread = try parsePage(page + "Your Answer\n\nPost Your Answer\n")
        XCTAssertEqual(thread.comments.map(\.author), expected.map(\.0))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, expected.map(\.1))
        XCTAssertEqual(thread.comments.map(\.parent), expected.map(\.2))
    }

    /// "OP•6 hr. ago" where the page's other headers have "•6 hr. ago" on a line of its own: the badge and the date apart.
    func testABadgeGluedToTheDateLineIsSplitOff() {
        var lines = [PageLine(text: "brinefield", blanksBefore: 1), PageLine(text: "•7 hr. ago", blanksBefore: 0),
                     PageLine(text: "saltandsorrel", blanksBefore: 1), PageLine(text: "OP•6 hr. ago", blanksBefore: 0),
                     PageLine(text: "quietpotato", blanksBefore: 1), PageLine(text: "•6 hr. ago", blanksBefore: 0),
                     PageLine(text: "marrow", blanksBefore: 1), PageLine(text: "•5 hr. ago", blanksBefore: 0),
                     PageLine(text: "Salt•pepper is my shorthand", blanksBefore: 1)]
        GluedBadges.split(&lines, rules: .standard)
        XCTAssertEqual(lines.map(\.text), ["brinefield", "•7 hr. ago", "saltandsorrel", "OP", "•6 hr. ago", "quietpotato", "•6 hr. ago",
                                           "marrow", "•5 hr. ago", "Salt•pepper is my shorthand"])
    }

    func testALinePrintedTwiceOverIsItsTextOnce() {
        XCTAssertEqual("nik snik s".doubledHalf, "nik s")
        XCTAssertEqual("gg-dev-05gg-dev-05".doubledHalf, "gg-dev-05")
        XCTAssertEqual("KyleMit♦KyleMit".doubledHalf, "KyleMit")
        XCTAssertNil("Ann Lee Ann Lee".doubledHalf, "a space between is no mark")
        // Laughter, a short name, a line that differs in its halves.
        XCTAssertNil("hahahahahaha".doubledHalf)
        XCTAssertNil("Mimi".doubledHalf)
        XCTAssertNil("Ann LeeAnn Lea".doubledHalf)
    }

    /// A post's number opening each header ("#3  rk_velapur") marks the header; an edit's mark in parentheses after an age in
    /// German ("vor 3 Stunden (bearbeitet)") leaves it the page's header.
    func testNumberedHeadersAndAgesInGermanWithAnEditMark() throws {
        let posts: [(String, String, String)] = [
            ("Sandeep Kulkarni", "vor 5 Stunden", "Drei Monate ohne Fähre sind zu lang für alle, die pendeln."),
            ("Priya Nair", "vor 4 Stunden", "Beim letzten Mal hieß es zwei Monate, es wurden fünf."),
            ("rk_velapur", "vor 3 Stunden (bearbeitet)", "Der Bus um sechs ist die einzige Möglichkeit bis dahin."),
            ("Eule", "vor 1 Stunde", "Die Bauarbeiten hätte man im Mai machen sollen."),
            ("Heike Sommerfeld", "vor 45 Minuten", "Ich hoffe, die Stadt antwortet noch vor Weihnachten."),
        ]
        var page = "Kreisbote\n\nFähre fällt drei Monate aus\n\nDie Fähre wird ab Montag nicht mehr fahren.\n\n"
            + "Die Stadt nennt Baggerarbeiten als Grund.\n\nKommentare (5)\n\n"
        for (index, post) in posts.enumerated() {
            page += "   #\(index + 1)  \(post.0)\n   \(post.1)\n\n   \(post.2)\n\n   Antworten  Melden  👍 \(index + 2)\n\n"
        }
        let thread = try parsePage(page)
        XCTAssertEqual(thread.comments.map(\.author), posts.map(\.0))
        XCTAssertEqual(thread.comments.map { $0.blocks.first?.text }, posts.map(\.2))
    }

    /// A count of the comments under the headline, shown again over the comments: the section starts at the second, and the
    /// article runs on through the first.
    func testACommentCountShownTwiceOpensTheCommentsAtTheSecond() throws {
        let page = """
        Riverside Gazette
        Library to close two days a week
        By A Reporter
        Share
        Comments (3)

        The library on Corn Street will close on Mondays and Wednesdays from April.

        The council says the change saves money it no longer has.

        Councillors will vote on the plan next week after a consultation.

        3 Comments

        Margaret Ellery
        2 days ago
        Mondays are when the toddler groups meet, so this hits families first.
        Reply

        Sunil Bhatt
        2 days ago
        The building costs the same whether it is open or shut.
        Reply

        Joan Pike
        1 day ago
        Ask the volunteers before deciding anything.
        Reply
        """
        let thread = try parsePage(page)
        XCTAssertEqual(thread.comments.map(\.author), ["Margaret Ellery", "Sunil Bhatt", "Joan Pike"])
        XCTAssertEqual(thread.article.blocks.count, 3)
    }

    /// public-inbox draws the thread over each message, the message marked "@": the line one step less deep above it is its
    /// parent, known by date and name, and by subject where one poster sent two at one minute.
    func testAThreadDrawnOverEachMailShowsItsParent() throws {
        let page = """
        linux-iio archive mirror

        * [PATCH 0/2] iio: add vx3204
        @ 2019-03-05 19:14 Marta Kowalczyk
          2019-03-05 19:14 ` [PATCH 1/2] dt-bindings: add vx3204 Marta Kowalczyk
        From: Marta Kowalczyk @ 2019-03-05 19:14 UTC (permalink / raw)

        This series adds a driver for the Verdant converter and its binding.

        * [PATCH 1/2] dt-bindings: add vx3204
          2019-03-05 19:14 [PATCH 0/2] iio: add vx3204 Marta Kowalczyk
        @ 2019-03-05 19:14 ` Marta Kowalczyk
          2019-03-06 14:22   ` Ravindra Iyer
        From: Marta Kowalczyk @ 2019-03-05 19:14 UTC (permalink / raw)

        Add the devicetree binding documentation for the converter.

        * Re: [PATCH 1/2] dt-bindings: add vx3204
          2019-03-05 19:14 ` [PATCH 1/2] dt-bindings: add vx3204 Marta Kowalczyk
        @ 2019-03-06 14:22   ` Ravindra Iyer
          2019-03-06 16:05     ` Marta Kowalczyk
        From: Ravindra Iyer @ 2019-03-06 14:22 UTC (permalink / raw)

        Please name the file after the compatible string, as the others are.

        * Re: [PATCH 1/2] dt-bindings: add vx3204
          2019-03-06 14:22   ` Ravindra Iyer
        @ 2019-03-06 16:05     ` Marta Kowalczyk
        From: Marta Kowalczyk @ 2019-03-06 16:05 UTC (permalink / raw)

        Will do in the next version of the series, thank you.

        * Re: [PATCH 0/2] iio: add vx3204
          2019-03-05 19:14 [PATCH 0/2] iio: add vx3204 Marta Kowalczyk
        @ 2019-03-09 17:50 ` Jonas Lindqvist
        From: Jonas Lindqvist @ 2019-03-09 17:50 UTC (permalink / raw)

        Applied to the togreg branch of iio.git, thanks.
        """
        let thread = try parsePage(page)
        XCTAssertEqual(thread.comments.map(\.author), ["Marta Kowalczyk", "Marta Kowalczyk", "Ravindra Iyer", "Marta Kowalczyk", "Jonas Lindqvist"])
        XCTAssertEqual(thread.comments.map(\.parent), [nil, 0, 1, 2, 0])
        XCTAssertFalse(thread.comments.contains(where: \.parentInferred))
    }

    func testDumpLayoutNamesTheHeaderItsSlotAndTheNesting() throws {
        let thread = try ThreadFile.parse(try ThreadFile.read(Self.development.appendingPathComponent("L03_wordpress_welsh_mutations.txt").path),
                                          path: "L03.txt", options: ParseOptions(explain: true))
        let text = thread.layoutText
        XCTAssert(text.contains("header: [image] NAME says:"), text)
        XCTAssert(text.contains("nesting: indentation"), text)
        XCTAssert(thread.explanationText.contains("shown by the page"), "an indented reply's parent is shown, not inferred")
        XCTAssertEqual(thread.comments[1].parent, 0)
        XCTAssertFalse(thread.comments[1].parentInferred)
    }

    /// `skein dump --layout` on a development page of each layout it reads: the header it learnt.
    func testEachLayoutIsLearntFromItsPage() throws {
        let headers = [
            "L01_blogger_old_clifden_nonpareil": "NAME said... (the start of a line)",
            "L03_wordpress_welsh_mutations": "[image] NAME says: (the start of a line)",
            "L04_numbered_list_pdp8_restoration": "DATE at DATE (the whole line)",
            "L05_substack_bookshop_discounting": "NAME avatar (the start of a line)",
            "L06_disqus_lantern_hollow_review": "NAME • (the start of a line)",
            "L12_mastodon_tidepool_survey": "DATE (the whole line)",
            "L13_reddit_old_beekeeping_deadout": "[–] NAME (the start of a line)",
            "L14_reddit_redlib_winter_bike_commute": "NAME • (the start of a line)",
            "L15_reddit_new_portuguese_at_52": "DATE (the whole line)",
            "L16_hackernews_paper_lab_notebooks": "NAME DATE (the start of a line)",
            "L21_forum_vbulletin_evinrude_surge": "N (the whole line)",
            "L22_forum_phpbb_curly_maple_bending": "post by NAME » (the start of a line)",
            "L23_forum_xenforo_codling_moth_traps": "joined (the whole line)",
            "L24_trailer_typepad_water_butt_dispute": "posted by: NAME | (the start of a line)",
            "L26_mail_archive_pipermail_practice_night": "NAME at (the start of a line)",
            "L27_github_issue_footnotes_in_tables": "NAME commented (the start of a line)",
            "L25_trailer_stackexchange_fan_drip": "answered DATE at DATE (the whole line)",
            // The question's "Asked …" / "Active …" lines make a header that cuts too few: the next one learnt is taken.
            "L109_trailer_chrome-copy_stackexchange-cron-dst": "answered DATE at DATE (the whole line)",
            "L31_wordpress_classic_lynx_copper_pan_tinning": "NAME says: (the start of a line)",
            "L33_blogger_contempo_w3m_knitting_machine_sponge_bar": "NAME DATE (the start of a line)",
            "L36_trailer_typepad_lynx_footbridge_closure": "posted by: NAME | (the start of a line)",
            "L41_forum_phpbb_prosilver_firefox_secondary_mirror": "post by NAME » (the start of a line)",
            "L42_forum_phpbb_subsilver2_w3m_cherry_shrimp": "postposted: DATE (the whole line)",
            "L51_mail_archive_hyperkitty_lmdb_tile_cache": "DATE (the whole line)",
            "L53_mail_archive_marc_lynx_tarn_restore": "from: NAME <address> (the start of a line)",
            // A news-style page keeps the name-lines layout.
            "L02_blogger_new_singer_pram": "none recurs; a name alone on its line (the name-lines layout)",
        ]
        for (name, header) in headers {
            let page = Self.development.appendingPathComponent(name + ".txt").path
            let thread = try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions(explain: true))
            XCTAssertEqual(thread.layoutText.split(separator: "\n").first.map(String.init), "header: " + header, name)
        }
        for trailer in ["L24_trailer_typepad_water_butt_dispute", "L25_trailer_stackexchange_fan_drip", "L36_trailer_typepad_lynx_footbridge_closure"] {
            let page = Self.development.appendingPathComponent(trailer + ".txt").path
            XCTAssert(try ThreadFile.parse(try ThreadFile.read(page), path: page, options: ParseOptions(explain: true))
                .layoutText.contains("placement: after the body (a trailer)"), trailer)
        }
        let stackExchange = Self.development.appendingPathComponent("L25_trailer_stackexchange_fan_drip.txt").path
        XCTAssert(try ThreadFile.parse(try ThreadFile.read(stackExchange), path: stackExchange, options: ParseOptions(explain: true))
            .layoutText.contains("comments signed at the end of their text: … — NAME DATE at DATE"))
    }

    // MARK: Pages of sixteen layouts

    static let layouts = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/layouts")
    static let development = layouts.appendingPathComponent("dev")

    /// Development pages (rules fitted to them): floors of comments with the right author and start, 85 % of today's. Left
    /// out: pipermail and Google Groups pages (L26, L84, L85), whose replies open with quotations this simpler count does
    /// not set aside, and the page read worst (Mastodon in lynx whose truth keeps lynx's link numbers).
    func testDevelopmentLayoutsKeepTheirFloors() throws {
        let floors = ["L01_blogger_old_clifden_nonpareil": 19, "L02_blogger_new_singer_pram": 17, "L03_wordpress_welsh_mutations": 18,
                      "L04_numbered_list_pdp8_restoration": 17, "L05_substack_bookshop_discounting": 21,
                      "L06_disqus_lantern_hollow_review": 17, "L11_youtube_scythe_peening": 20, "L12_mastodon_tidepool_survey": 17,
                      "L13_reddit_old_beekeeping_deadout": 19, "L14_reddit_redlib_winter_bike_commute": 18,
                      "L15_reddit_new_portuguese_at_52": 18, "L16_hackernews_paper_lab_notebooks": 22,
                      "L21_forum_vbulletin_evinrude_surge": 14, "L22_forum_phpbb_curly_maple_bending": 10,
                      "L23_forum_xenforo_codling_moth_traps": 15, "L24_trailer_typepad_water_butt_dispute": 15,
                      "L25_trailer_stackexchange_fan_drip": 15, "L27_github_issue_footnotes_in_tables": 13,
                      "L31_wordpress_classic_lynx_copper_pan_tinning": 13, "L32_wordpress_block_theme_copy_lido_winter_swimming": 17,
                      "L33_blogger_contempo_w3m_knitting_machine_sponge_bar": 17, "L34_blogger_classic_savetext_drove_road_walk": 14,
                      "L35_trailer_handmade_w3m_damson_year": 14, "L36_trailer_typepad_lynx_footbridge_closure": 16,
                      "L41_forum_phpbb_prosilver_firefox_secondary_mirror": 16, "L42_forum_phpbb_subsilver2_w3m_cherry_shrimp": 11,
                      "L43_forum_vbulletin_vb4_lynx_vanos_idle": 13, "L44_forum_xenforo_xf2_w3m_dubbel_stuck": 14,
                      "L45_forum_phpbb_prosilver33_chrome_census_gap": 15, "L46_forum_vbulletin_vb5_copy_parker51_sac": 13,
                      "L51_mail_archive_hyperkitty_lmdb_tile_cache": 14, "L53_mail_archive_marc_lynx_tarn_restore": 12,
                      "L54_mail_archive_google_groups_dark_sky_gate": 12, "L55_trailer_stackexchange_w3m_ghost_shift": 14,
                      "L56_trailer_stackexchange_firefox_find_mtime": 11, "L61_disqus_lynx_saltrock_tidal_pool": 15,
                      "L62_disqus_w3m_saltrock_tidal_pool": 15, "L63_disqus_firefox_copy_saltrock_tidal_pool": 13,
                      "L64_hackernews_lynx_community_radio_pc": 14, "L65_hackernews_chrome_copy_community_radio_pc": 16,
                      "L66_hackernews_firefox_save_text_community_radio_pc": 16, "L67_substack_lynx_welney_eel_traps": 14,
                      "L68_substack_w3m_welney_eel_traps": 14, "L69_substack_chrome_copy_welney_eel_traps": 14,
                      "L71_blogger_contempo-lynx_messier-marathon": 15, "L72_blogger_mobile-chrome_folar-recipe": 17,
                      "L73_blogger_classic-w3m_parish-records": 13, "L74_wordpress_twentytwenty-w3m_book-review": 17,
                      "L75_wordpress_twentyten-firefox-savetext_varroa-counts": 15, "L76_wordpress_wpdiscuz-chrome_radiator-bleeding": 17,
                      "L77_reddit_new_chrome_copy_glaze_crawling": 18, "L78_reddit_new_lynx_chinese_nin_grandmother": 18,
                      "L79_youtube_firefox_copy_seiko_turtle_gaskets": 15, "L81_mastodon_advanced_ui_firefox_copy_brosna_flood_gauge": 17,
                      "L80_youtube_w3m_oak_frame_raising": 17, "L83_mail_archive_mailarchivecom_firefox_lumen_sidecar_stall": 14,
                      "L86_mail_archive_public_inbox_firefox_cv7316_fan_driver": 5,
                      "L87_mail_archive_yahoo_groups_chrome_singer_1591_motor": 9,
                      "L88_mail_archive_hyperkitty_lynx_marram_armhf_drop": 13,
                      "L91_blogger_threaded_lynx_mangle_restoration": 17, "L92_blogger_threaded_w3m_rhubarb_forcing": 17,
                      "L93_wordpress_lynx_lost_tram_line": 17, "L94_wordpress_w3m_waxwings_car_park": 15,
                      "L95_wordpress_generatepress_lynx_dahlia_tubers": 22, "L96_wordpress_twentytwentyone_firefox_savetext_sash_cords": 22,
                      "L97_youtube_firefox_copy_cassette_deck_belts": 23, "L98_disqus_firefox_copy_saltmarsh_couriers": 20,
                      "L99_hackernews_w3m_tide_calculator": 22,
                      // A moderator signs "fennel ♦ DATE"; a new poster's card shows one figure ("3133 bronze badges").
                      "L109_trailer_chrome-copy_stackexchange-cron-dst": 15,
                      // Written blind on 4 December (Tests/Fixtures/layouts/dev/README.md); not L118 (SMF saved as text), read badly.
                      "L116_github_chrome-copy_gpxkit-issue": 16, "L117_reddit-old_w3m-dump_iron-gall-converter": 18,
                      "L119_numbered-list_lynx-dump_ibc-rainwater": 17, "L120_mastodon_firefox-savetext_thread": 15,
                      "L121_substack_chrome-copy_soundpost": 18, "L122_disqus_lynx_n-gauge-weathering": 18,
                      "L123_hackernews_firefox-copy_chess-eink": 18, "L124_youtube_chrome-copy_singer-restoration": 18,
                      "L125_blogger-contempo_w3m_flood-1894": 20,
                      "L126_wp_twentytwelve": 16, "L127_phpbb33_prosilver_firefox_copy": 17, "L128_lemmy_mlmym_chrome_copy": 17,
                      "L129_discourse_firefox_save_as_text": 12, "L130_recipe_reviews_chrome_copy": 17,
                      // Written blind on 4 December, twentieth session; not L133 (old Reddit saved as text) or L134 (XenForo copied
                      // from Firefox), read badly then.
                      "L131_wordpress_astra_w3m_castiron_electrolysis": 19, "L132_blogger_contempo_chrome_footbridge": 23,
                      "L135_github_issue_lynx_bom_panic": 17,
                      // Read from 5 December (twenty-fourth session): a poster's block holding two dates, joined and posted.
                      "L134_xenforo2_firefox_copy_blossom_end_rot": 18,
                      // A flair after the name ("[–] ann Shop Mechanic 211 points …"), headers that go on differently but dated.
                      "L133_oldreddit_firefox_savetext_bb_creak": 19]
        for (name, floor) in floors {
            let score = try Self.score(Self.development.appendingPathComponent(name + ".txt"))
            XCTAssertGreaterThanOrEqual(score.right, floor, "\(name): \(score)")
        }
    }

    /// Held-out pages (written blind, committed before the rules): measured and printed, never pinned.
    func testHeldOutLayoutsAreMeasured() throws {
        try Self.measureHeldOut(in: Self.layouts.appendingPathComponent("heldout"), pages: 18, named: "held-out layouts")
    }

    /// Every page of a held-out folder scored and printed, page by page and in all; nothing pinned but how many pages it holds.
    private static func measureHeldOut(in folder: URL, pages count: Int, named name: String) throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(pages.count, count)
        var right = 0, expected = 0
        for page in pages {
            let score = try score(folder.appendingPathComponent(page))
            right += score.right
            expected += score.expected
            print("held-out \(page): \(score.right)/\(score.expected) with the right author and start, \(score.found) found")
        }
        print("\(name): \(right)/\(expected) with the right author and start")
    }

    /// Saved HTML fixtures through the real `lynx -dump` and `w3m -dump` (Tests/Fixtures/layouts/copies, committed before the
    /// rules that read them): the development copies keep their floors; the held-out copies are measured and printed only.
    func testTextBrowserCopiesOfSavedPages() throws {
        let copies = Self.layouts.appendingPathComponent("copies")
        let floors = ["01_old_reddit.lynx": 108, "01_old_reddit.w3m": 108, "09_blogger.lynx": 13, "09_blogger.w3m": 13,
                      "13_xenforo.lynx": 16, "13_xenforo.w3m": 16,
                      // Comments signed on lines of their own under answers signed by a block (5 December, twenty-fifth session).
                      "06_stack_exchange.lynx": 55, "06_stack_exchange.w3m": 54,
                      // w3m's avatar "[https]" in the margin; lynx's "____" text field over a header is no part of it.
                      "14_substack.lynx": 18, "14_substack.w3m": 18,
                      // "OP•6 hr. ago": a badge glued to the date line the page's other headers have alone.
                      "02_new_reddit.lynx": 18, "02_new_reddit.w3m": 18,
                      "15_generic_movabletype.lynx": 13, "15_generic_movabletype.w3m": 13,
                      "16_generic_hpd.lynx": 10, "16_generic_hpd.w3m": 10,
                      // A word opening every header's name slot is the header's own: "Postby Jakob", "geschrieben von berg2012".
                      "34_phpbb.lynx": 24, "34_phpbb.w3m": 25, "48_generic_oekonomenstimme.lynx": 31, "48_generic_oekonomenstimme.w3m": 30,
                      // A name glued over the date, however weakly it scores ("fastrthnu" / "· 6 yr. ago"), and no footer over
                      // "level 2" set apart from it ("ReportSaveFollow").
                      "22_new_reddit.lynx": 27, "22_new_reddit.w3m": 28, "42_wordpress.lynx": 22,
                      // Python's prompt over lines of an article's code (">>> foo()") is no header; "sumathi s" is a name.
                      "45_disqus.lynx": 79,
                      // User titles in the name slot ("Active member") where the name lines beside the same comments name many.
                      "36_xenforo.lynx": 7,
                      // A trailer ("Crow, Oct 30, 2014 Report Bookmark") under the post's own block ("2. Crow" / "Crow Falling is a …");
                      // the first post's text runs from its block too.
                      "35_xenforo.lynx": 25, "35_xenforo.w3m": 25,
                      // XenForo 1's trailer ("Kung Fu Kowboy, Feb 23, 2019" / "#2"), the next post's "3. Tachy" glued under it: a
                      // comma closes a name of several words; "Last edited: DATE" is no header; a list's item names its poster too.
                      // The post's own block over its text, furniture and fields among it ("+" / "Location:" / "Hecho en Tejas"), is no text.
                      // A value closed by a full stop under a label the layout knows ("Location:" / "Northern Ireland.").
                      "78_xenforo.lynx": 14, "78_xenforo.w3m": 14,
                      // "2. Avatar von Chatfix": a list's item standing alone may hold a name further in.
                      // A header without its first line ("Predator" / "Profil" / … where others have "Avatar von Chatfix" over them).
                      "38_vbulletin.lynx": 18, "38_vbulletin.w3m": 17,
                      // SMF's "Offline Offline" under the name is the poster's status, no name nearer the header; the block reaches
                      // over the poster's fields to the name, and "Logged" over every post names no one.
                      "63_smf.lynx": 29,
                      // A comment list of names with their text under each (7 December); a name over "2 décembre 2017 | Reply".
                      "79_disqus.lynx": 27, "79_disqus.w3m": 27, "86_wordpress.lynx": 8, "86_wordpress.w3m": 8,
                      // "Originally Posted by Ann" is a quotation's attribution; "Find More Posts by Ann" names the poster.
                      // The first post's text runs from its own block, not from the name in its trailer; a field of a label the
                      // layout knows ("Location:") is the block's whatever its value.
                      "37_vbulletin.lynx": 15,
                      // A word of the article's topic beside a name ("NAME python"), and a form's fields ("Your name * [  ]"), are
                      // no headers: the name lines cut these pages.
                      "45_disqus.w3m": 81, "49_generic_drupal.lynx": 10, "49_generic_drupal.w3m": 10,
                      // An avatar's stand-in as a list's item ("1. [fdb1e5]") names no one; a bullet alone over a name sets it apart.
                      "42_wordpress.w3m": 22,
                      // A header wrapped in a narrow column takes its tail ("2024 | root | parent |"); "[s]" is no field's label.
                      "24_hacker_news.w3m": 87, "24_hacker_news.lynx": 89,
                      // lynx's "ʼ" for the page's "&#x27;" is the apostrophe; a commenter's "[0]" is no link's number.
                      "23_hacker_news.lynx": 79, "03_hacker_news.lynx": 123,
                      // A quotation indented under its attribution ends where the text stands out again (XenForo 35); a trailer's
                      // name-above evidence counts only the headers that name a poster; a glued attribution opens a quotation.
                      "37_vbulletin.w3m": 15,
                      // A split signature's name is its line's; a weak name over the poster's figures is the name.
                      "32_stack_exchange.lynx": 16, "32_stack_exchange.w3m": 17, "31_stack_exchange.lynx": 13, "31_stack_exchange.w3m": 19,
                      // "Lena Whitcombe Guest": where replies name whom they answer, "Guest" after the author is the one answered.
                      "10_disqus.lynx": 24, "10_disqus.w3m": 24,
                      // Invision's "NAME N" dated by "Posted DATE" below the poster's details; the header printed twice is one.
                      "69_invision.lynx": 9, "69_invision.w3m": 9, "95_invision.lynx": 13, "95_invision.w3m": 13,
                      // A header's place printed twice a line or two apart is one place: "NAME N" spread once per post.
                      "55_drupal.w3m": 6,
                      // "NAME a dit…": Blogger's old template in French, a verb of two words, the first a word of prose.
                      "91_blogger.lynx": 60, "91_blogger.w3m": 60,
                      // vBulletin 4's poster menu ("+ View Profile" / "+ View Forum Posts" / "+ Visit Homepage") names no one.
                      "96_vbulletin.lynx": 11, "96_vbulletin.w3m": 11,
                      // XenForo 2's definition list ("Joined" / "    Oct 28, 2023"); "Reactions: A, B, C and 1 other person" no header.
                      // A title that stands under other posters' names ("Established Member") is none: the weak name over it is.
                      "82_xenforo.lynx": 17, "82_xenforo.w3m": 17,
                      // "dragonexpert Offline": the status a word of its own after the name marks a name (43rd session).
                      "27_mybb.w3m": 6, "89_nodebb.w3m": 9,
                      // Slashdot's "by NAME ( N ) writes:" a header, not an attribution; a count under another story's teaser no heading.
                      "33_slashdot.lynx": 92, "33_slashdot.w3m": 96,
                      // Headers dated under them, most comments folded; Russian's small words are prose's.
                      "17_livejournal.lynx": 23, "17_livejournal.w3m": 26, "19_habr.lynx": 7, "19_habr.w3m": 9,
                      // A header again under the one above names its poster in whole words: "Elaine" under "Ela" is another.
                      "97_wordpress.w3m": 15]
        for (name, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let score = try Self.score(copies.appendingPathComponent("dev").appendingPathComponent(name + ".txt"))
            print("copy \(name): \(score.right)/\(score.expected)")
            XCTAssertGreaterThanOrEqual(score.right, floor, "\(name): \(score)")
        }
        try Self.measureHeldOut(in: copies.appendingPathComponent("heldout"), pages: 30, named: "held-out copies")
    }

    /// Comments whose body starts with the truth's first words, matched in order, and how many of those have its author.
    private static func score(_ page: URL) throws -> (right: Int, expected: Int, found: Int) {
        let thread = try ThreadFile.parse(try ThreadFile.read(page.path), path: page.path, options: ParseOptions())
        let truthURL = page.deletingPathExtension().appendingPathExtension("truth.json")
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: truthURL)) as! [String: Any]
        let expected = truth["comments"] as! [[String: Any]]
        func words(_ text: String) -> [Substring] { text.split(whereSeparator: \.isWhitespace) }
        func author(_ name: String?) -> String? {
            guard var name = name?.lowercased() else { return nil }
            if name.hasPrefix("u/") { name.removeFirst(2) }
            return ["", "anonymous", "[deleted]"].contains(name) ? nil : name
        }
        // Truth and parsed comments aligned in order, as score_pages.py aligns them: the most matched starts, ties to right authors.
        let bodies = thread.comments.map { words($0.blocks.map(\.text).joined(separator: " ")) }
        // Its own text too, without the quotations it opens with ("Jakob wrote:…"), as score_pages.py reads it.
        let ownBodies = thread.comments.map { words($0.blocks.filter { $0.kind != .quote }.map(\.text).joined(separator: " ")) }
        let (m, n) = (expected.count, thread.comments.count)
        func weight(_ i: Int, _ j: Int) -> Int {
            let comment = expected[i]
            let starts = ([comment["first_words"] as? String ?? ""] + (comment["alt_first_words"] as? [String] ?? [])).map { Array(words($0).prefix(6)) }
            guard starts.contains(where: { !$0.isEmpty && (bodies[j].starts(with: $0) || ownBodies[j].starts(with: $0)) }) else { return 0 }
            return author(thread.comments[j].author) == author(comment["author"] as? String) ? 3 : 2
        }
        var best = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: m + 1)
        var rights = best
        for i in stride(from: m - 1, through: 0, by: -1) {
            for j in stride(from: n - 1, through: 0, by: -1) {
                let w = weight(i, j)
                var (value, right) = best[i + 1][j] >= best[i][j + 1] ? (best[i + 1][j], rights[i + 1][j]) : (best[i][j + 1], rights[i][j + 1])
                // Each match counts far more than a right author, so the most matches win first.
                if w > 0, best[i + 1][j + 1] + (w == 3 ? 1001 : 1000) > value {
                    (value, right) = (best[i + 1][j + 1] + (w == 3 ? 1001 : 1000), rights[i + 1][j + 1] + (w == 3 ? 1 : 0))
                }
                (best[i][j], rights[i][j]) = (value, right)
            }
        }
        let right = rights[0][0]
        return (right, expected.count, thread.comments.count)
    }
}
