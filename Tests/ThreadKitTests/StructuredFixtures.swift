import Foundation
import XCTest
@testable import ThreadKit

/// Locates the structured fixtures: our own under Tests/Fixtures/structured, the shared corpus
/// beside the package (../shared/corpus/structured), which a clean clone may not have.
enum StructuredFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func own(_ name: String) throws -> [UInt8] {
        let url = packageRoot.appendingPathComponent("Tests/Fixtures/structured/\(name)")
        return Array(try Data(contentsOf: url))
    }

    /// A file from the shared corpus, or a skip saying why the test did not run.
    static func shared(_ path: String) throws -> [UInt8] {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/structured/\(path)")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("shared corpus not found at \(url.path); skipping the source-vs-parsed check")
        }
        return Array(try Data(contentsOf: url))
    }

    /// The project's own fixtures `own`, then those of `shared` that the shared corpus holds here, with their names.
    static func files(own: [String], shared: [String]) throws -> [(name: String, bytes: [UInt8])] {
        try own.map { ($0, try Self.own($0)) } + shared.compactMap { name in (try? Self.shared(name)).map { (name, $0) } }
    }

    static func parse(_ bytes: [UInt8], _ options: ParseOptions = ParseOptions()) throws -> ThreadKit.Thread {
        try FormatDetector.parse(bytes: bytes, options: options)
    }

    static func formatName(of bytes: [UInt8]) throws -> String {
        try FormatDetector.format(for: SourceText(bytes: bytes)).name
    }
}

/// One comment as the source says it is, read by the test's own walk of the source.
struct SourceComment: Equatable, CustomStringConvertible {
    var id: String
    var author: String?
    var parentID: String?
    var depth: Int
    var description: String { "\(id) by \(author ?? "-") under \(parentID ?? "top") at depth \(depth)" }
}

/// Compares a parsed thread with the comments read from the source, in pre-order.
func assertTree(_ thread: ThreadKit.Thread, matches source: [SourceComment], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(thread.comments.count, source.count, "comment count", file: file, line: line)
    var indexOfID: [String: Int] = [:]
    for (index, comment) in source.enumerated() { indexOfID[comment.id] = index }
    var mismatches = 0
    for (index, (parsed, expected)) in zip(thread.comments, source).enumerated() {
        let expectedParent = expected.parentID.flatMap { indexOfID[$0] }
        let ok = parsed.author == expected.author && parsed.parent == expectedParent
            && Int(thread.tree.depth[index]) == expected.depth && !parsed.parentInferred
        if !ok {
            mismatches += 1
            if mismatches <= 5 {
                XCTFail("comment \(index): parsed \(parsed.author ?? "-") under \(parsed.parent.map(String.init) ?? "top") "
                    + "at depth \(thread.tree.depth[index]); source \(expected)", file: file, line: line)
            }
        }
    }
    XCTAssertEqual(mismatches, 0, "comments that differ from the source", file: file, line: line)
}

/// Parses each shared fixture, checks its format, and compares it with what `source` reads from the same bytes.
func assertSharedFixtures(_ paths: [String], format: String, source: ([UInt8]) -> [SourceComment],
                          file: StaticString = #filePath, line: UInt = #line) throws {
    for path in paths {
        let bytes = try StructuredFixtures.shared(path)
        let thread = try StructuredFixtures.parse(bytes)
        XCTAssertEqual(thread.format, format, path, file: file, line: line)
        let expected = source(bytes)
        XCTAssertFalse(expected.isEmpty, path, file: file, line: line)
        assertTree(thread, matches: expected, file: file, line: line)
    }
}
