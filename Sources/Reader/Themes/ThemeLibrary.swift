import Foundation

/// The themes on this machine: the bundled folder, then the user's folder, whose themes override
/// bundled ones of the same name.
public struct ThemeLibrary: Sendable {
    public enum Origin: String, Sendable { case bundled, user, builtIn = "built-in" }

    /// One theme as found, before loading.
    public struct Entry: Sendable, Equatable {
        public var name: String
        /// The file; nil for the built-in fallback.
        public var path: String?
        public var origin: Origin
    }

    /// The name the reader asks for when none was given.
    public static let defaultName = "default"
    /// The theme for `NO_COLOR` and terminals without colours.
    public static let monochromeName = "monochrome"

    public let bundledDirectory: String?
    public let userDirectory: String?
    /// Theme files by name, one layer per folder, lowest priority first.
    private let layers: [(origin: Origin, files: [String: String])]

    public init(bundledDirectory: String?, userDirectory: String?) {
        self.bundledDirectory = bundledDirectory
        self.userDirectory = userDirectory
        layers = [(Origin.bundled, bundledDirectory), (.user, userDirectory)].compactMap { origin, directory in
            directory.map { (origin, Self.themeFiles(in: $0)) }
        }
    }

    /// The library for this process: see `ThemeLocations` for where it looks.
    public static func discover(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeLibrary {
        ThemeLibrary(
            bundledDirectory: ThemeLocations.bundledDirectory(environment: environment),
            userDirectory: ThemeLocations.userDirectory(environment: environment)
        )
    }

    /// Every theme by name, user themes shadowing bundled ones; only the built-in one when no files exist.
    public var all: [Entry] {
        var entries: [String: Entry] = [:]
        for layer in layers {
            for (name, path) in layer.files { entries[name] = Entry(name: name, path: path, origin: layer.origin) }
        }
        if entries.isEmpty { return [Entry(name: Self.defaultName, path: nil, origin: .builtIn)] }
        return entries.values.sorted { $0.name < $1.name }
    }

    public var names: [String] { all.map(\.name) }

    /// Loads a theme, resolving `inherits`; a theme inheriting its own name starts from the one it shadows.
    public func theme(named name: String) throws -> Theme {
        if layers.allSatisfy({ $0.files.isEmpty }), name == Self.defaultName || name == Self.monochromeName {
            return Self.builtIn
        }
        guard let layer = layers.lastIndex(where: { $0.files[name] != nil }) else {
            throw ThemeError(file: name, message: "no such theme (available: \(names.joined(separator: ", ")))")
        }
        return try load(name, layer: layer, chain: [])
    }

    /// The theme to use: the one asked for, else monochrome under `NO_COLOR`, else the default;
    /// the built-in look when the preferred file does not exist.
    public func preferredTheme(named requested: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        if let requested { return try theme(named: requested) }
        let name = Self.prefersMonochrome(environment: environment) ? Self.monochromeName : Self.defaultName
        return names.contains(name) ? try theme(named: name) : Self.builtIn
    }

    /// True when `NO_COLOR` is set to anything but the empty string (no-color.org).
    public static func prefersMonochrome(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The look used when no theme files are found: attributes only, so it works on any terminal.
    public static let builtIn = Theme(
        name: "built-in",
        styles: [
            StyleName.status.rawValue: Style(attributes: .reverse),
            StyleName.selection.rawValue: Style(attributes: .reverse),
            StyleName.match.rawValue: Style(attributes: [.bold, .underline]),
            StyleName.author.rawValue: Style(attributes: .bold),
            StyleName.meta.rawValue: Style(attributes: .dim),
            StyleName.guide.rawValue: Style(attributes: .dim),
        ],
        authorPalette: [.default]
    )

    private func load(_ name: String, layer: Int, chain: [String]) throws -> Theme {
        let path = layers[layer].files[name]!
        let file: ThemeFile
        do {
            file = try ThemeFile(parsing: String(contentsOfFile: path, encoding: .utf8), path: path)
        } catch let error as ThemeError {
            throw error
        } catch {
            throw ThemeError(file: path, message: "cannot read: \(error.localizedDescription)")
        }
        var theme = Theme(name: file.name ?? name, styles: [:], authorPalette: [])
        if let parent = file.inherits {
            let searchBelow = parent == name ? layer - 1 : layers.count - 1
            guard searchBelow >= 0, let parentLayer = layers[...searchBelow].lastIndex(where: { $0.files[parent] != nil }) else {
                throw ThemeError(file: path, key: "inherits", message: "no theme named '\(parent)' to inherit from")
            }
            let link = "\(parentLayer):\(parent)"
            guard !chain.contains(link) else {
                throw ThemeError(file: path, key: "inherits", message: "inheritance loop through '\(parent)'")
            }
            theme = try load(parent, layer: parentLayer, chain: chain + [link])
            theme.name = file.name ?? name
        }
        theme.styles.merge(file.styles) { _, new in new }
        if let palette = file.palette { theme.authorPalette = palette }
        if let background = file.background {
            theme.terminalBackground = background
            // A light background implies dark default text unless the file says otherwise.
            if file.foreground == nil {
                let light = background.rgb(default: RGB(0, 0, 0)).relativeLuminance > 0.5
                theme.terminalForeground = light ? .rgb(0, 0, 0) : .rgb(255, 255, 255)
            }
        }
        if let foreground = file.foreground { theme.terminalForeground = foreground }
        if theme.authorPalette.isEmpty {
            throw ThemeError(file: path, key: "palette", message: "needs at least one colour (\"default\" for none)")
        }
        return theme
    }

    private static func themeFiles(in directory: String) -> [String: String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var files: [String: String] = [:]
        for file in names where file.hasSuffix(".toml") {
            files[String(file.dropLast(5))] = (directory as NSString).appendingPathComponent(file)
        }
        return files
    }
}
