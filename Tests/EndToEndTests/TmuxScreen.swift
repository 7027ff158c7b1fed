import Foundation
import XCTest

/// The real `skein` binary running in a detached tmux session: keys go in with
/// `send-keys`, the screen comes back with `capture-pane`. Each screen has its own
/// tmux server socket, so tests never share or race over a server.
final class TmuxScreen {
    private let socket = "skein-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    /// The `skein` built next to this test bundle.
    static var skeinBinary: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("skein")
    }

    /// Runs `skein ARGUMENTS`; `input` (a path) is piped to its standard input when given.
    /// An empty value in `environment` unsets that variable.
    /// With `reportingExit`, a shell stays in the pane after skein and prints `exit status N` and
    /// the tty's `icanon`/`echo` modes: tmux can drop the last output of a program that exits at once.
    init(arguments: [String], input: String? = nil, width: Int = 100, height: Int = 30,
         environment: [String: String] = [:], reportingExit: Bool = false) throws {
        guard Self.tmuxPath != nil else { throw XCTSkip("tmux is not installed") }
        var command = Self.commandLine(arguments, environment: environment)
        if let input { command = "cat \(Self.shellQuoted(input)) | " + command }
        if reportingExit {
            command += "; echo \"exit status $?\"; stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; sleep 600"
        }
        try tmux(["new-session", "-d", "-s", "app", "-x", "\(width)", "-y", "\(height)", command])
    }

    /// An interactive shell (prompt `$ `) in which `run` types skein commands, for job control.
    init(shellWidth width: Int = 100, height: Int = 30) throws {
        guard Self.tmuxPath != nil else { throw XCTSkip("tmux is not installed") }
        try tmux(["new-session", "-d", "-s", "app", "-x", "\(width)", "-y", "\(height)",
                  "env PS1='$ ' bash --norc --noprofile -i"])
    }

    /// Types `skein ARGUMENTS` at the shell prompt and presses Enter.
    func run(_ arguments: [String]) throws {
        try type(Self.commandLine(arguments, environment: [:]))
        try press("Enter")
    }

    private static func commandLine(_ arguments: [String], environment: [String: String]) -> String {
        // Nothing is remembered between tests unless a test gives skein a state folder of its own.
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "SKEIN_STATE": "off"].merging(environment) { $1 }
        let unset = env.filter { $0.value.isEmpty }.keys.sorted().flatMap { ["-u", $0] }
        let set = env.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return (["env", "-u", "NO_COLOR"] + unset + set + [skeinBinary.path] + arguments).map(shellQuoted).joined(separator: " ")
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Named keys (`Tab`, `Enter`, `Escape`, `C-n`) or single characters.
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "app", key]) }
    }

    /// Text typed as is, e.g. a search query.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "app", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "app", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text; with `escapes`, with SGR colour sequences.
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "app"] + (escapes ? ["-e"] : []))
    }

    /// Polls the screen until `predicate` holds; fails with the last screen after the deadline.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 10, escapes: Bool = false,
                   _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen(escapes: escapes)
            if predicate(last) { return last }
            usleep(20_000)
        } while Date() < deadline
        XCTFail("timed out waiting for \(what); screen was:\n\(last)")
        return last
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        try waitUntil("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// Whether the program in the pane has exited.
    var hasExited: Bool {
        (try? tmux(["display-message", "-p", "-t", "app", "#{pane_dead}"]))?.hasPrefix("1") ?? true
    }

    /// The skein process: the pane's own, or its child when a shell runs it.
    func skeinProcess() throws -> pid_t {
        let pane = try value("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(pane)/task/\(pane)/children", encoding: .utf8)) ?? ""
        return pid_t(children.split(separator: " ").first.map(String.init) ?? pane)!
    }

    func value(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "app", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Lets the program set tmux's paste buffer with OSC 52, as a user's `set -g set-clipboard on` does.
    func setClipboard() throws { try tmux(["set-option", "-g", "set-clipboard", "on"]) }

    /// tmux's newest paste buffer.
    func pasteBuffer() throws -> String { try tmux(["show-buffer"]) }

    /// From now on, everything the program writes to the terminal, escapes and all, goes to `path` too.
    func recordOutput(to path: String) throws { try tmux(["pipe-pane", "-t", "app", "-o", "cat >> " + Self.shellQuoted(path)]) }

    /// Its output, which only reading the screen and values needs.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try ChildProcess.run(Self.tmuxPath ?? "/usr/bin/tmux", ["-L", socket, "-f", Self.configuration] + arguments).stdout
    }

    /// Keeps a pane after its program exits, so tests can read what it left behind (even a quick error).
    private static let configuration: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("skein-e2e-tmux.conf").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("set -g remain-on-exit on\n".utf8))
        return path
    }()

    private static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
