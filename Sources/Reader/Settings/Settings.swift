import TOMLKit

/// The user's settings file, `config.toml` beside the key file: what a reader wants the same every time.
///
/// ```toml
/// width = 100          # columns of text at most
/// split = "auto"       # article and discussion: "auto" (side by side when wide), "side-by-side" or "one"
/// theme = "gruvbox"
/// ```
public struct Settings: Sendable, Equatable {
    public var width: Int?
    /// nil for "auto": side by side when the terminal is wide enough.
    public var sideBySide: Bool?
    public var theme: String?

    public init(width: Int? = nil, sideBySide: Bool? = nil, theme: String? = nil) {
        self.width = width
        self.sideBySide = sideBySide
        self.theme = theme
    }

    /// Parses and checks `text`; a mistake names the key and what was expected.
    public init(parsing text: String) throws {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw SettingsError("not valid TOML: \(error.description) (\(error.source))")
        }
        for key in table.keys where !["width", "split", "theme"].contains(key) {
            throw SettingsError("unknown key '\(key)' (expected width, split or theme)")
        }
        if let value = table["width"] {
            guard let number = value.int, number >= 20 else { throw SettingsError("width: expected a number of columns, at least 20") }
            width = number
        }
        if let value = table["split"] {
            switch value.string {
            case "auto": sideBySide = nil
            case "side-by-side": sideBySide = true
            case "one": sideBySide = false
            default: throw SettingsError("split: expected \"auto\", \"side-by-side\" or \"one\"")
            }
        }
        if let value = table["theme"] {
            guard let name = value.string else { throw SettingsError("theme: expected a theme's name") }
            theme = name
        }
    }
}

public struct SettingsError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
