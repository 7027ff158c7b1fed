import Foundation
import XCTest
@testable import Reader

/// The key table is the single source of the help overlay, `skein keys` and the README.
final class KeyDocumentationTests: XCTestCase {
    func testReadmeListsEveryKeyAsTheTableDefinesIt() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        XCTAssert(text.contains(KeyMap.standard.markdownTable),
                  "README.md's key table is stale; paste the output of `swift run skein keys`")
    }

    func testKeyFileRebindsAndUnbinds() throws {
        let map = try KeyConfigFile.keyMap(from: """
        # my keys
        ctrl-f = page-down
        x = none   # no killfile for me
        """)
        XCTAssertEqual(map.action(for: .key(.control("f")), in: .normal), .pageDown)
        XCTAssertNil(map.action(for: .key(.character("x")), in: .normal))
        XCTAssertEqual(map.action(for: .key(.character("j")), in: .normal), .moveDown)
    }

    func testKeyFileMistakesNameTheLineOrTheAction() {
        XCTAssertThrowsError(try KeyConfigFile.keyMap(from: "j = down\nk page-up")) {
            XCTAssertEqual("\($0)", "line 2: expected 'key = action', found 'k page-up'")
        }
        XCTAssertThrowsError(try KeyConfigFile.keyMap(from: "j = fly")) {
            XCTAssertEqual("\($0)", "unknown action 'fly' (see 'skein keys')")
        }
    }

    func testTheManPagesKeySectionIsTheKeyTable() {
        let section = KeyMap.standard.manualSection
        XCTAssertTrue(section.hasPrefix(".Sh KEYS\n"))
        for binding in KeyMap.standard.bindings where !binding.keys.isEmpty {
            XCTAssertTrue(section.contains(binding.help + " (\(binding.name))"), binding.name)
            for key in binding.keys {
                // A label that starts like a request (' or .) is written after \& in mdoc.
                let label = KeyName.label(key)
                XCTAssertTrue(section.contains("Li " + label) || section.contains("Li \\&" + label), "\(binding.name): \(label)")
            }
        }
        XCTAssertFalse(section.split(separator: "\n").contains { $0.hasPrefix(".") && $0.count == 1 }, "no bare dot lines")
    }

    func testNoKeyIsBoundTwice() {
        var seen: [Key: String] = [:]
        for binding in KeyMap.standard.bindings {
            for key in binding.keys {
                XCTAssertNil(seen[key], "\(key) is bound to both \(seen[key] ?? "") and \(binding.name)")
                seen[key] = binding.name
            }
        }
    }
}
