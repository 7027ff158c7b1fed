import Foundation
import Reader

/// The user's key file, `$XDG_CONFIG_HOME/skein/keys` (default `~/.config/skein/keys`).
enum KeyFile {
    static var path: String {
        let environment = ProcessInfo.processInfo.environment
        // `$HOME` as documented (and as the themes are found), not the password file's home.
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (home as NSString).appendingPathComponent(".config")
        return (config as NSString).appendingPathComponent("skein/keys")
    }

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
