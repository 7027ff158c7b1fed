import XCTest
@testable import Reader
import ThreadKit

/// `/` in a library's list of files: the query goes to the driver, its hits come back as a list, and Enter
/// asks for the hit's thread at its comment.
final class LibrarySearchTests: XCTestCase {
    private func library() -> Harness {
        let other = ThreadKit.Thread(format: "test", title: "Walruses", comments: [Comment(author: "zed", blocks: [.paragraph("z")])])
        let reader = Harness([("one.txt", sampleThread()), ("two.txt", other)], width: 70, height: 8,
                             options: ReaderOptions(isLibrary: true), startIn: nil)
        reader.session.showDocuments()
        return reader
    }

    private let hits = [
        SearchHit(path: "/shelf/two.txt", title: "Walruses", comment: 0, author: "zed", snippet: "the walrus\nspoke",
                  matches: [4..<10]),
        SearchHit(path: "/shelf/one.txt", title: nil, comment: 3, author: "carol\u{1B}[2J", snippet: "a walrus \u{1B}]52;c;eA==\u{7}",
                  matches: [2..<8]),
    ]

    func testSlashTypesAQueryThatTheDriverIsAskedFor() {
        let reader = library()
        reader.press(.character("/"))
        XCTAssertEqual(reader.state.inputMode, .libraryQuery)
        reader.type("wal rus")
        reader.press(.backspace, .backspace, .backspace)
        reader.type("rus")
        XCTAssert(reader.lines[0].hasPrefix("Search every thread: wal rus▏"), reader.lines[0])
        XCTAssertEqual(reader.press(.enter), .searchLibrary("wal rus"))
    }

    /// The library's list with the hits for "walrus" shown.
    private func searched(_ reader: Harness) {
        reader.press(.character("/"))
        reader.type("walrus")
        reader.press(.enter)
        reader.session.found(hits, for: "walrus")
    }

    func testHitsAreListedWithTitleAuthorAndTheMatchMarkedAndNoEscapeOfTheFilesGetsThrough() {
        let reader = library()
        searched(reader)
        XCTAssertEqual(reader.state.inputMode, .libraryHits)
        XCTAssertEqual(reader.lines[1], "Walruses  zed  the walrus spoke")
        XCTAssertEqual(reader.lines[2], "one.txt  carol^[[2J  a walrus ^[]52;c;eA==^G")
        XCTAssertEqual(reader.session.grid[1, "Walruses  zed  the ".count].style.foreground, .ansi(3), "the match")
        XCTAssertEqual(reader.session.grid[1, "Walruses  zed  ".count].style.foreground, .default, "only the match")
        XCTAssertFalse(reader.session.grid.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } }, "no control character in a cell")
    }

    func testEnterAsksForTheSelectedHitsThreadAndTheReaderKeepsItsComment() {
        let reader = library()
        searched(reader)
        reader.press(.character("j"))
        XCTAssertEqual(reader.press(.enter), .openSearchHit(hits[1]))
        XCTAssertNil(reader.state.overlay)
        // The driver opens the file there; the place the store remembers, arriving after, does not move it.
        reader.session.show(document: 0, comment: 3)
        reader.session.recall(Recollection(position: 4), document: 0)
        XCTAssertEqual(reader.selectedAuthor, "carol")
        XCTAssert(reader.lines.contains("▌└ ● carol · inferred"), reader.lines.joined(separator: "\n"))
    }

    func testEscBackspaceAndQGoBackToTheListAsItWas() {
        for key in [Key.escape, .backspace, .character("q")] {
            let reader = library()
            reader.press(.down)
            let files = reader.state.overlay
            searched(reader)
            reader.press(key)
            XCTAssertEqual(reader.state.overlay, files, "\(key)")
        }
        let reader = library()
        reader.press(.character("/"), .character("w"), .backspace, .backspace)
        XCTAssertEqual(reader.state.inputMode, .documents, "Backspace with nothing typed goes back")
    }

    func testAnAnswerToAnotherQueryIsNotTakenAndSlashSearchesAgainFromTheSameWords() {
        let reader = library()
        reader.press(.character("/"))
        reader.type("walrus")
        reader.session.found(hits, for: "wal")
        XCTAssertEqual(reader.state.inputMode, .libraryQuery, "a late answer to an older query")
        reader.press(.enter)
        reader.session.found([], for: "walrus")
        XCTAssertEqual(reader.lines[0], "Found: walrus▏  no comment has these words · / again · q back")
        reader.press(.character("/"))
        XCTAssertEqual(reader.state.inputMode, .libraryQuery)
        reader.type("es")
        XCTAssertEqual(reader.press(.enter), .searchLibrary("walruses"))
    }
}
