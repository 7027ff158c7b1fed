import Foundation

/// Opens a link from a thread with the user's browser: `$BROWSER` (a `:`-separated list, each entry a command
/// whose `%s` is the address, else the address goes last), run in the terminal, which it may need; else
/// `xdg-open`, in the background. The address is always one argument and no shell ever sees it: it is text
/// from a file, so it could hold anything.
struct LinkOpener {
    var environment = ProcessInfo.processInfo.environment

    /// Schemes a browser should be handed; others (`file:`, `javascript:`, a relative path) are refused.
    static let schemes = ["http:", "https:", "mailto:", "ftp:", "gopher:", "gemini:"]

    /// What happened, for the status line.
    func open(_ url: String, handingOver: (() -> Void) -> Void) -> String {
        guard Self.schemes.contains(where: { url.lowercased().hasPrefix($0) }),
              !url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return "not opened: \(url.prefix(60)) is not a web or mail address"
        }
        for entry in (environment["BROWSER"] ?? "").split(separator: ":") {
            var words = entry.split(separator: " ").map(String.init)
            guard let program = words.first, let path = executable(program) else { continue }
            if words.contains(where: { $0.contains("%s") }) {
                words = words.map { $0.replacingOccurrences(of: "%s", with: url) }
            } else {
                words.append(url)
            }
            var failure: String?
            handingOver {
                do { try run(path, Array(words.dropFirst()), waiting: true) } catch { failure = "\(error)" }
            }
            let name = URL(fileURLWithPath: program).lastPathComponent
            return failure.map { "\(name) failed: \($0)" } ?? "opened with \(name)"
        }
        guard let opener = executable("xdg-open") else {
            return "no browser to open it with: set BROWSER, or install xdg-open (xdg-utils); y in the list copies it"
        }
        do { try run(opener, [url], waiting: false) } catch { return "xdg-open failed: \(error)" }
        return "opened with xdg-open"
    }

    private func run(_ path: String, _ arguments: [String], waiting: Bool) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if !waiting {
            // A desktop opener must not write over the screen.
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        if waiting { process.waitUntilExit() }
    }

    /// The program's path: as given when it has a slash, else found on `PATH`.
    private func executable(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
