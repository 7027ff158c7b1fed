import XCTest
@testable import Reader

/// The themes shipped in the repository's `Themes/` folder (helix's theme check).
final class ThemesBundledTests: XCTestCase {
    static let bundledDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes").path
    let library = ThemeLibrary(bundledDirectory: bundledDirectory, userDirectory: nil)

    func testTheRequiredThemesAreBundled() {
        for name in ["default", "light", "solarized-dark", "gruvbox", "monochrome"] {
            XCTAssertTrue(library.names.contains(name), "missing bundled theme \(name)")
        }
    }

    func testEveryBundledThemeLoadsAndSetsEveryStyle() throws {
        for name in library.names {
            let theme = try library.theme(named: name)
            XCTAssertEqual(theme.name, name, "a bundled theme's name matches its file")
            let unset = StyleName.allCases.filter { theme.styles[$0.rawValue] == nil }
            XCTAssertEqual(unset, [], "\(name) leaves styles to fallback")
        }
    }

    func testEveryBundledThemeIsReadable() throws {
        for name in library.names {
            XCTAssertEqual(try library.theme(named: name).contrastProblems(body: 4.5, minimum: 3.0), [])
        }
    }

    func testColourThemesGiveAuthorsAtLeastEightDistinctColours() throws {
        for name in library.names where name != ThemeLibrary.monochromeName {
            let palette = try library.theme(named: name).authorPalette
            XCTAssertGreaterThanOrEqual(Set(palette).count, 8, name)
            XCTAssertFalse(palette.contains(.default), name)
        }
    }

    func testMonochromeUsesNoColours() throws {
        let theme = try library.theme(named: ThemeLibrary.monochromeName)
        for (key, style) in theme.styles {
            XCTAssertEqual(style.foreground, .default, key)
            XCTAssertEqual(style.background, .default, key)
        }
        XCTAssertEqual(theme.authorPalette, [.default])
    }

    func testDiscoveryFindsTheRepositoryFolderFromTheTestExecutable() {
        let found = ThemeLocations.bundledDirectory(environment: [:])
        XCTAssertNotNil(found)
        XCTAssertEqual(found.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
                       URL(fileURLWithPath: Self.bundledDirectory).standardizedFileURL.path)
        XCTAssertEqual(ThemeLocations.bundledDirectory(environment: ["SKEIN_THEMES_DIR": "/x/y"]), "/x/y")
    }
}
