import Foundation
import Reader

/// skein's folder of settings, `$XDG_CONFIG_HOME/skein` (default `~/.config/skein`).
enum ConfigFolder {
    static func path(_ file: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        // `$HOME` as documented (and as the themes are found), not the password file's home.
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (home as NSString).appendingPathComponent(".config")
        return (config as NSString).appendingPathComponent("skein/" + file)
    }
}

/// The user's settings, `config.toml` in skein's folder: width, split and theme.
enum SettingsFile {
    static func load() -> Settings {
        let path = ConfigFolder.path("config.toml")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Settings() }
        do { return try Settings(parsing: text) } catch { fail("\(path): \(error)") }
    }
}

/// The user's key file, `keys` in skein's folder.
enum KeyFile {
    static var path: String { ConfigFolder.path("keys") }

    /// The standard keys with the user's overrides, or a clear failure naming the file.
    static func load() throws -> KeyMap {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .standard }
        do {
            return try KeyConfigFile.keyMap(from: text)
        } catch {
            fail("\(path): \(error)")
        }
    }
}
