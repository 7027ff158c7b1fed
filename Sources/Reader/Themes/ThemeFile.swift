import TOMLKit

/// A theme file as written, before `inherits` is resolved.
struct ThemeFile {
    var name: String?
    var inherits: String?
    var palette: [Color]?
    var background: Color?
    var foreground: Color?
    var styles: [String: Style] = [:]

    static let topLevelKeys: Set<String> = ["name", "inherits", "palette", "background", "foreground", "styles"]
    static let styleFields: Set<String> = ["fg", "bg", "modifiers"]

    /// Parses and checks `text`; errors name `path` and the key at fault.
    init(parsing text: String, path: String) throws {
        func fail(_ key: String?, _ message: String) -> ThemeError {
            ThemeError(file: path, key: key, message: message)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw fail(nil, "not valid TOML: \(error.description) (\(error.source))")
        } catch {
            throw fail(nil, "not valid TOML: \(error)")
        }
        for key in table.keys where !Self.topLevelKeys.contains(key) {
            throw fail(key, "unknown key (expected one of \(Self.topLevelKeys.sorted().joined(separator: ", ")))")
        }
        func string(_ key: String) throws -> String? {
            guard let value = table[key] else { return nil }
            guard let text = value.string else { throw fail(key, "expected a string") }
            return text
        }
        name = try string("name")
        inherits = try string("inherits")
        if let value = table["background"] { background = try Self.color(value, key: "background", path: path) }
        if let value = table["foreground"] { foreground = try Self.color(value, key: "foreground", path: path) }
        if let value = table["palette"] {
            guard let array = value.array else { throw fail("palette", "expected an array of colours") }
            palette = try array.enumerated().map { index, item in
                try Self.color(item, key: "palette[\(index)]", path: path)
            }
        }
        if let value = table["styles"] {
            guard let stylesTable = value.table else { throw fail("styles", "expected a table") }
            for key in stylesTable.keys {
                styles[key] = try Self.style(stylesTable[key]!, key: key, path: path)
            }
        }
    }

    private static func style(_ value: TOMLValueConvertible, key: String, path: String) throws -> Style {
        let label = "styles.\"\(key)\""
        guard ThemeValues.styleKeys.contains(key) else {
            throw ThemeError(file: path, key: label, message: "unknown style name")
        }
        guard let table = value.table else {
            throw ThemeError(file: path, key: label, message: "expected a table such as { fg = \"red\", modifiers = [\"bold\"] }")
        }
        var style = Style()
        for field in table.keys {
            let value = table[field]!
            switch field {
            case "fg": style.foreground = try color(value, key: "\(label).fg", path: path)
            case "bg": style.background = try color(value, key: "\(label).bg", path: path)
            case "modifiers":
                guard let names = value.array else {
                    throw ThemeError(file: path, key: "\(label).modifiers", message: "expected an array of names")
                }
                for name in names {
                    guard let text = name.string, let attribute = ThemeValues.modifierNames[text] else {
                        throw ThemeError(file: path, key: "\(label).modifiers", message:
                            "unknown modifier \(name.debugDescription) (expected \(ThemeValues.modifierNames.keys.sorted().joined(separator: ", ")))")
                    }
                    style.attributes.insert(attribute)
                }
            default:
                throw ThemeError(file: path, key: "\(label).\(field)", message: "unknown field (expected fg, bg or modifiers)")
            }
        }
        return style
    }

    private static func color(_ value: TOMLValueConvertible, key: String, path: String) throws -> Color {
        if let index = value.int, let color = ThemeValues.color(index: index) { return color }
        if let text = value.string, let color = ThemeValues.color(named: text) { return color }
        throw ThemeError(file: path, key: key, message:
            "bad colour \(value.debugDescription) (expected a colour name, \"default\", 0–255 or \"#rrggbb\")")
    }
}
