import Foundation
import XCTest
@testable import Reader

/// Theme files written to a scratch folder: parsing, inheritance, overrides and errors.
final class ThemesLoadingTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("skein-themes-\(UUID().uuidString)")
        for folder in ["bundled", "user"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ folder: String, _ name: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent("\(folder)/\(name).toml"), atomically: true, encoding: .utf8)
    }

    private var library: ThemeLibrary {
        ThemeLibrary(bundledDirectory: root.appendingPathComponent("bundled").path,
                     userDirectory: root.appendingPathComponent("user").path)
    }

    private func error(loading name: String) -> ThemeError? {
        do {
            _ = try library.theme(named: name)
            return nil
        } catch {
            return error as? ThemeError
        }
    }

    func testColourParsingAcceptsEveryForm() {
        XCTAssertEqual(ThemeValues.color(named: "default"), .default)
        XCTAssertEqual(ThemeValues.color(named: "black"), .ansi(0))
        XCTAssertEqual(ThemeValues.color(named: "white"), .ansi(7))
        XCTAssertEqual(ThemeValues.color(named: "bright-black"), .ansi(8))
        XCTAssertEqual(ThemeValues.color(named: "Bright-Cyan"), .ansi(14))
        XCTAssertEqual(ThemeValues.color(named: "#e06c75"), .rgb(0xE0, 0x6C, 0x75))
        XCTAssertEqual(ThemeValues.color(index: 0), .indexed(0))
        XCTAssertEqual(ThemeValues.color(index: 255), .indexed(255))
        for bad in ["", "grey", "bright-", "#fff", "#gggggg", "#+fffff", "#1234567"] {
            XCTAssertNil(ThemeValues.color(named: bad), bad)
        }
        XCTAssertNil(ThemeValues.color(index: 256))
        XCTAssertNil(ThemeValues.color(index: -1))
    }

    func testAFileWithEveryFeatureLoads() throws {
        try write("bundled", "default", """
            palette = ["#e06c75", "cyan", 208]
            [styles]
            "ui.text" = { fg = "default", bg = "default" }
            "comment.author.anonymous" = { fg = "bright-black", modifiers = ["italic"] }
            "ui.selection" = { bg = 236, modifiers = ["bold", "reverse"] }
            """)
        let theme = try library.theme(named: "default")
        XCTAssertEqual(theme.name, "default")
        XCTAssertEqual(theme.authorPalette, [.rgb(0xE0, 0x6C, 0x75), .ansi(6), .indexed(208)])
        XCTAssertEqual(theme.style(.authorAnonymous), Style(foreground: .ansi(8), attributes: .italic))
        XCTAssertEqual(theme.style(.selection), Style(background: .indexed(236), attributes: [.bold, .reverse]))
    }

    func testStylesFallBackFromSpecificToGeneral() throws {
        try write("bundled", "default", """
            palette = [1]
            [styles]
            "ui.text" = { fg = 250 }
            "comment" = { fg = "green" }
            "comment.author" = { modifiers = ["bold"] }
            """)
        let theme = try library.theme(named: "default")
        XCTAssertEqual(theme.style(.authorAnonymous), Style(attributes: .bold))
        XCTAssertEqual(theme.style(.inferred), Style(foreground: .ansi(2)))
        XCTAssertEqual(theme.style(.status), Style(foreground: .indexed(250)))
    }

    func testInheritsStartsFromAnotherThemeAndOverridesKeys() throws {
        try write("bundled", "base", """
            palette = ["red", "green"]
            background = "#ffffff"
            [styles]
            "ui.text" = { fg = 16 }
            "ui.status" = { modifiers = ["reverse"] }
            """)
        try write("bundled", "child", """
            name = "Child Theme"
            inherits = "base"
            [styles]
            "ui.status" = { fg = "blue" }
            """)
        let theme = try library.theme(named: "child")
        XCTAssertEqual(theme.name, "Child Theme")
        XCTAssertEqual(theme.authorPalette, [.ansi(1), .ansi(2)])
        XCTAssertEqual(theme.style(.text), Style(foreground: .indexed(16)))
        XCTAssertEqual(theme.style(.status), Style(foreground: .ansi(4)))
        XCTAssertEqual(theme.terminalBackground, .rgb(255, 255, 255))
        XCTAssertEqual(theme.terminalForeground, .rgb(0, 0, 0), "a light background implies dark text")
    }

    func testUserFolderOverridesBundledThemeOfTheSameName() throws {
        try write("bundled", "default", "palette = [\"red\"]")
        try write("bundled", "light", "palette = [\"blue\"]")
        try write("user", "default", "palette = [\"green\"]")
        try write("user", "mine", "palette = [\"cyan\"]")
        XCTAssertEqual(library.names, ["default", "light", "mine"])
        XCTAssertEqual(library.all.map(\.origin), [.user, .bundled, .user])
        XCTAssertEqual(try library.theme(named: "default").authorPalette, [.ansi(2)])
        XCTAssertEqual(try library.theme(named: "light").authorPalette, [.ansi(4)])
    }

    func testAUserThemeInheritingItsOwnNameExtendsTheBundledOne() throws {
        try write("bundled", "default", """
            palette = ["red"]
            [styles]
            "ui.text" = { fg = 250 }
            """)
        try write("user", "default", """
            inherits = "default"
            [styles]
            "ui.status" = { fg = "blue" }
            """)
        let theme = try library.theme(named: "default")
        XCTAssertEqual(theme.authorPalette, [.ansi(1)])
        XCTAssertEqual(theme.style(.text), Style(foreground: .indexed(250)))
        XCTAssertEqual(theme.style(.status), Style(foreground: .ansi(4)))
    }

    func testBuiltInThemeOnlyWhenNoFilesExist() throws {
        XCTAssertEqual(library.all, [ThemeLibrary.Entry(name: "default", path: nil, origin: .builtIn)])
        XCTAssertEqual(try library.theme(named: "default"), ThemeLibrary.builtIn)
        XCTAssertEqual(try library.preferredTheme(named: nil, environment: ["NO_COLOR": "1"]), ThemeLibrary.builtIn)
        XCTAssertNotNil(error(loading: "gruvbox"))
        try write("bundled", "default", "palette = [\"red\"]")
        XCTAssertEqual(library.all.map(\.origin), [.bundled])
        XCTAssertEqual(try library.preferredTheme(named: nil, environment: ["NO_COLOR": "1"]), ThemeLibrary.builtIn,
                       "no monochrome file: the built-in look")
    }

    func testPreferredThemeHonoursNoColor() throws {
        try write("bundled", "default", "palette = [\"red\"]")
        try write("bundled", "monochrome", "palette = [\"default\"]")
        XCTAssertEqual(try library.preferredTheme(named: nil, environment: [:]).name, "default")
        XCTAssertEqual(try library.preferredTheme(named: nil, environment: ["NO_COLOR": ""]).name, "default")
        XCTAssertEqual(try library.preferredTheme(named: nil, environment: ["NO_COLOR": "1"]).name, "monochrome")
        XCTAssertEqual(try library.preferredTheme(named: "default", environment: ["NO_COLOR": "1"]).name, "default")
        XCTAssertTrue(ThemeLibrary.prefersMonochrome(environment: ["NO_COLOR": "yes"]))
        XCTAssertFalse(ThemeLibrary.prefersMonochrome(environment: ["NO_COLOR": ""]))
        XCTAssertFalse(ThemeLibrary.prefersMonochrome(environment: [:]))
    }

    func testUserFolderFollowsXDG() {
        XCTAssertEqual(ThemeLocations.userDirectory(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/h"]), "/cfg/skein/themes")
        XCTAssertEqual(ThemeLocations.userDirectory(environment: ["HOME": "/h"]), "/h/.config/skein/themes")
        XCTAssertEqual(ThemeLocations.userDirectory(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]), "/h/.config/skein/themes")
        XCTAssertNil(ThemeLocations.userDirectory(environment: [:]))
    }

    func testBadFilesGiveErrorsNamingFileAndKey() throws {
        let cases: [(text: String, key: String?, says: String)] = [
            ("palette = [\"red\"]\n[styles]\n\"ui.txet\" = { fg = \"red\" }", "styles.\"ui.txet\"", "unknown style name"),
            ("palette = [\"red\"]\n[styles]\n\"ui.text\" = { fg = \"reddish\" }", "styles.\"ui.text\".fg", "bad colour"),
            ("palette = [\"red\"]\n[styles]\n\"ui.text\" = { bg = 300 }", "styles.\"ui.text\".bg", "bad colour"),
            ("palette = [\"red\"]\n[styles]\n\"ui.text\" = { fg = \"#12345\" }", "styles.\"ui.text\".fg", "bad colour"),
            ("palette = [\"red\"]\n[styles]\n\"ui.text\" = { modifiers = [\"blink\"] }", "styles.\"ui.text\".modifiers", "unknown modifier"),
            ("palette = [\"red\"]\n[styles]\n\"ui.text\" = { foreground = \"red\" }", "styles.\"ui.text\".foreground", "unknown field"),
            ("palette = [\"red\"]\n[styles]\n\"ui.text\" = \"red\"", "styles.\"ui.text\"", "expected a table"),
            ("palette = [\"red\", \"nope\"]", "palette[1]", "bad colour"),
            ("palette = \"red\"", "palette", "expected an array"),
            ("palette = []", "palette", "at least one colour"),
            ("colours = [1]", "colours", "unknown key"),
            ("inherits = \"missing\"\npalette = [1]", "inherits", "no theme named 'missing'"),
            ("palette = [1\n", nil, "not valid TOML"),
        ]
        for (text, key, says) in cases {
            try write("bundled", "broken", text)
            let failure = try XCTUnwrap(error(loading: "broken"), text)
            XCTAssertTrue(failure.file.hasSuffix("bundled/broken.toml"), failure.description)
            XCTAssertEqual(failure.key, key, failure.description)
            XCTAssertTrue(failure.description.contains(says), failure.description)
        }
    }

    func testInheritanceLoopsAndUnknownNamesAreErrors() throws {
        try write("bundled", "a", "inherits = \"b\"\npalette = [1]")
        try write("bundled", "b", "inherits = \"a\"\npalette = [1]")
        XCTAssertTrue(error(loading: "a")?.description.contains("loop") ?? false)
        let missing = try XCTUnwrap(error(loading: "nonesuch"))
        XCTAssertEqual(missing.file, "nonesuch")
        XCTAssertTrue(missing.description.contains("available: a, b"), missing.description)
    }
}
