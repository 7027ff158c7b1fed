import Foundation
import XCTest
@testable import ThreadKit

/// Paths of files the tests read, found from this source file so `swift test` works from any directory.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("Tests/Fixtures/corpus")
    /// Threads written blind, committed before the rules that read them (see its README): measured, never tuned to.
    static let heldOut = packageRoot.appendingPathComponent("Tests/Fixtures/heldout")
    /// Threads once written blind whose rules were then fitted alongside them: regression floors only.
    static let regression = packageRoot.appendingPathComponent("Tests/Fixtures/regression")
    /// Threads written blind for developing rules that were then fitted to them: regression floors only.
    static let development = packageRoot.appendingPathComponent("Tests/Fixtures/dev")
    /// Saved web pages with their truth (`html/README.md`); `html/heldout` is never tuned to.
    static let htmlPages = packageRoot.appendingPathComponent("Tests/Fixtures/html")
    /// Torture pages for the Markdown and HTML readers of bodies.
    static let markup = packageRoot.appendingPathComponent("Tests/Fixtures/markup")
    /// The seed thread ships as the reader's sample; its annotation lives with the other fixtures.
    static let seedThread = packageRoot.appendingPathComponent("Sources/skein/Resources/sample-thread.txt")
    /// The larger shared corpus beside the project; CI has it, a fresh clone may not.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func sharedCorpus(_ relative: String) throws -> URL {
        let url = shared.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("../shared/corpus is not beside the project; skipping \(relative)")
        }
        return url
    }
}

/// Parses a page written inline in a test: the spec-suite style of the parser tests.
func parsePage(_ text: String) throws -> ThreadKit.Thread {
    try FormatDetector.parse(bytes: Array(text.utf8))
}

extension ThreadKit.Thread {
    var authors_: [String?] { comments.map(\.author) }
    var firstParagraphs: [String] { comments.map { $0.blocks.first?.text ?? "" } }
    func parentOf(_ index: Int) -> Int? { comments[index].parent }
}
