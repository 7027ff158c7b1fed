import Foundation
import XCTest
@testable import ThreadKit

/// Inputs that once crashed a parser (found by fuzz/run.sh, or by reading the code the fuzzers pointed at),
/// kept in Tests/Fixtures/fuzz. Each must now give a thread or a thrown error; a trap fails the whole run.
final class FuzzRegressionTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    /// Each fixture and the parser that trapped on it.
    static let cases: [(file: String, format: any ThreadFormat.Type)] = [
        // Numbers beyond Int's range: `Int(Double)` trapped in ParsedJSON.intValue.
        ("reddit-more-count-7e99.json", RedditJSON.self),
        ("hn-algolia-points-1e91.json", HackerNewsAlgolia.self),
        ("discourse-post-number-1e96.json", DiscourseTopic.self),
        ("lobsters-score-1e99.json", LobstersStory.self),
        // `<post>` children outside `<disqus><post>` wrote to a post that was never started.
        ("disqus-parent-outside-post.xml", DisqusExport.self),
        ("disqus-author-outside-post.xml", DisqusExport.self),
        // `<?x?>`: Foundation's XMLParser crashed on a processing instruction without data.
        ("disqus-processing-instruction-without-data.xml", DisqusExport.self),
        // `<?<?x?>x?>`: the same, inside a processing instruction whose target is not a name.
        ("disqus-processing-instruction-inside-another.xml", DisqusExport.self),
        // Date headers whose year, zone or hour overflowed the seconds arithmetic in Timestamps.
        ("mail-date-year-1e17.eml", MailMessageFile.self),
        ("mail-date-zone-overflow.eml", MailMessageFile.self),
        ("mail-date-negative-hour.eml", MailMessageFile.self),
        // The header's end, found before per-comment furniture was set aside, pointed past the lines left.
        ("plain-text-header-past-the-furniture.txt", PlainTextPage.self),
        // A header with its name above it, matched on the page's first lines: the name's place was read before line 0.
        ("plain-text-layout-anchor-on-the-first-line.txt", PlainTextPage.self),
        // A numbered pingback whose wrapped title ran into the name line over the next header: a body's range reversed.
        ("plain-text-pingback-title-into-the-next-header.txt", PlainTextPage.self),
        // A trailer's block reaching over the next trailer's top: the body range between them, and the editor's check, reversed.
        ("plain-text-trailer-block-over-the-next-trailer.txt", PlainTextPage.self),
        // A list entry of views ("412 views") whose glued lines reached up into the entry before: the range between them reversed.
        ("plain-text-listing-entry-over-the-one-above.txt", PlainTextPage.self),
        // A header two or more lines under its name, on the page's first line: the name's place clamped to the header's own
        // line, and the lines between them a reversed range (found by the explain target, 5 December).
        ("plain-text-author-offset-above-the-first-line.txt", PlainTextPage.self),
        // A trailed page's first post standing above where the page's header ends: the lines searched for the poster's own
        // block over it a reversed range (found 6 December, in the layout code of earlier sessions).
        ("plain-text-first-post-over-the-header-end.txt", PlainTextPage.self),
    ]

    func testEachParserReturnsAThreadOrThrows() throws {
        for (file, format) in Self.cases {
            let input = try Self.input(file)
            _ = format.recognises(input)
            do {
                _ = try format.parse(input, options: ParseOptions())
            } catch is ThreadError {
                // A readable error is a fine answer to a broken file.
            }
            _ = try? FormatDetector.parse(bytes: input.bytes)
        }
    }

    static func input(_ file: String) throws -> SourceText {
        try SourceText(bytes: Array(Data(contentsOf: folder.appendingPathComponent(file))))
    }

    /// Inputs on which a saved page's tree built in pieces (the `pieces` target) was not the whole's: each as the
    /// target reads it (its first byte dropped, behind `<!DOCTYPE html><html><body>`), cut at every length it tries.
    static let piecesCases = [
        // `</` cut from the `<blockquote>` after it: text and a tag in pieces, the comment `<blockquote` whole.
        "pieces-end-tag-open-before-a-tag.html",
        // A form its cell's end closed, still the form a later `<form>` is ignored for.
        "pieces-form-closed-by-its-cell.html",
        // A form still open that a `</form>` out of its scope made the page forget: reopened, it was current again.
        "pieces-form-forgotten-while-open.html",
        // A DOCTYPE in the body cut inside its quotes: ignored, and its bytes counted in the text before it.
        "pieces-doctype-in-the-body.html",
        // `<P\v…>`, an element gumbo does not know whose name reads as "p": reopened as a paragraph.
        "pieces-unknown-element-named-like-p.html",
    ]

    func testPagesInPiecesAreThePagesWhole() throws {
        for file in Self.piecesCases {
            let page = try Array("<!DOCTYPE html><html><body>".utf8) + Data(contentsOf: Self.folder.appendingPathComponent(file)).dropFirst()
            let differing = (16...271).filter { !SavedPage.piecesAgreeWithWhole(page, pieceLength: $0) }
            XCTAssertEqual(differing, [], file)
        }
    }

    func testEveryFixtureIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        XCTAssertEqual(files, (Self.cases.map(\.file) + Self.piecesCases).sorted())
    }

    func testOutOfRangeNumbersReadAsMissing() throws {
        let thread = try RedditJSON.parse(Self.input("reddit-more-count-7e99.json"), options: ParseOptions())
        XCTAssertEqual(thread.comments.count, 0)
        XCTAssertEqual(thread.unsavedTopLevel, 0)
        let fraction = try JSONInput.parse(SourceText(bytes: Array(#"{"n": 2.9, "m": -2.9}"#.utf8)), format: "test")
        XCTAssertEqual(fraction.int("n"), 2)
        XCTAssertEqual(fraction.int("m"), -2)
    }

    func testProcessingInstructionsWithoutDataAreRead() throws {
        let thread = try StructuredFixtures.parse(Array("<disqus><?x?><thread dsq:id=\"1\"><title>T</title></thread></disqus>".utf8))
        XCTAssertEqual(thread.format, DisqusExport.name)
        XCTAssertEqual(thread.title, "T")
        func spaced(_ xml: String) -> String {
            String(decoding: DisqusDocument.givingDataToProcessingInstructions(Array(xml.utf8)), as: UTF8.self)
        }
        XCTAssertEqual(spaced("<?<?x?>x?><?y a?><?z?>"), "<?<?x ?>x?><?y a?><?z ?>")
        XCTAssertEqual(spaced("<?"), "<?")
        XCTAssertEqual(spaced("<??>"), "<? ?>")
    }

    func testOutOfRangeDatesAreDropped() throws {
        func date(_ file: String) throws -> Date? {
            let thread = try MailMessageFile.parse(Self.input(file), options: ParseOptions())
            XCTAssertEqual(thread.comments.count, 1, file)
            return thread.comments.first?.date
        }
        XCTAssertNil(try date("mail-date-year-1e17.eml"))
        XCTAssertNil(try date("mail-date-negative-hour.eml"))
        // A zone that is no `+hhmm` is ignored, the rest of the date kept.
        XCTAssertEqual(try date("mail-date-zone-overflow.eml"), Timestamps.rfc5322("Wed, 1 Jan 2020 00:00:00 +0000"))
        XCTAssertEqual(Timestamps.rfc5322("Wed, 30 Jun 2010 15:55:58 -0500")?.timeIntervalSince1970, 1_277_931_358)
    }
}
