import Foundation

/// Where theme folders live on this machine.
public enum ThemeLocations {
    static let installedDirectories = ["/usr/local/share/skein/themes", "/usr/share/skein/themes"]

    /// The bundled themes: `SKEIN_THEMES_DIR`, else a `Themes/` (or `share/skein/themes/`) holding
    /// `default.toml` in the executable's folder or one above it, else the system install folders.
    public static func bundledDirectory(environment: [String: String]) -> String? {
        if let explicit = environment["SKEIN_THEMES_DIR"], !explicit.isEmpty { return explicit }
        for executable in executablePaths() {
            var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
            while true {
                for candidate in ["Themes", "share/skein/themes"] {
                    let folder = directory.appendingPathComponent(candidate).path
                    if hasDefaultTheme(folder) { return folder }
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return installedDirectories.first(where: hasDefaultTheme)
    }

    /// `$XDG_CONFIG_HOME/skein/themes`, else `~/.config/skein/themes`.
    public static func userDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/skein/themes"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/skein/themes"
    }

    private static func hasDefaultTheme(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: folder + "/default.toml")
    }

    /// The running executable, symlinks resolved: `/proc/self/exe`, then `argv[0]`.
    private static func executablePaths() -> [String] {
        var paths: [String] = []
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            paths.append(target)
        }
        if let first = CommandLine.arguments.first, first.contains("/") {
            let absolute = first.hasPrefix("/") ? first : FileManager.default.currentDirectoryPath + "/" + first
            paths.append(URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path)
        }
        return paths
    }
}
