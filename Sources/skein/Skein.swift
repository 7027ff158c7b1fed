import ArgumentParser
import Foundation
import Reader
import ThreadKit

@main
struct Skein: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skein",
        abstract: "Read saved discussion threads in the terminal.",
        // The reader is the default subcommand, whose arguments the root's help would not show.
        usage: """
            skein [FILE ...] [--theme NAME] [--thread ID]   open FILEs (or a pipe, or the sample) in the reader
            skein --list-themes                             the themes there are, and where they come from
            skein search QUERY [DIR ...]                    comments under DIRs whose words match
            skein <subcommand>
            """,
        version: BuildVersion.text,
        subcommands: [Read.self, Dump.self, Threads.self, Keys.self, Search.self],
        defaultSubcommand: Read.self
    )

    /// Parses and runs as swift-argument-parser does, but a completion script is skein's (`CompletionScript`):
    /// the generated one with the reader's arguments completed without `read` too.
    ///
    /// `skein FILE…`, the usual way in, opens the reader without the argument parser: building its command tree
    /// looks up protocol conformances by reflection, 15 of the 22 million instructions `--version` takes.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let shell = CompletionScript.requestedShell(in: arguments) {
            print(CompletionScript.text(for: shell))
            Self.exit()
        }
        if let choice = FileChoice(plainArguments: arguments, subcommands: configuration.subcommands.compactMap { $0.configuration.commandName }) {
            do { try ReaderLaunch(choice: choice).run() } catch { Self.exit(withError: error) }
            Self.exit()
        }
        main(nil)
    }
}

/// Files to open, shared by the subcommands.
struct FileArguments: ParsableArguments {
    @Argument(help: "Saved thread files; '-' reads standard input. None reads standard input when it is a pipe or a file, else opens a sample thread.",
              completion: .file())
    var files: [String] = []

    @Option(name: .customLong("thread"), help: "In a file holding several threads, the id or link of the one to open.",
            completion: .custom(Completions.threadIDs))
    var threadSelector: String?

    @Option(help: "Columns of text at most (default 100 in the reader; the terminal's width, else 100, for text printed to a pipe).")
    var width: Int?

    var choice: FileChoice { FileChoice(files: files, threadSelector: threadSelector, width: width) }
}

/// The files asked for and how to read them, as plain values.
struct FileChoice {
    var files: [String]
    var threadSelector: String?
    var width: Int?

    /// Arguments that are only files (or `-`, or none), not a subcommand's name: what `skein FILE…` gives.
    init?(plainArguments arguments: [String], subcommands: [String]) {
        guard arguments.allSatisfy({ $0 == "-" || !$0.hasPrefix("-") }),
              arguments.first.map({ !subcommands.contains($0) && $0 != "help" }) ?? true else { return nil }
        self.init(files: arguments)
    }

    init(files: [String], threadSelector: String? = nil, width: Int? = nil) {
        self.files = files
        self.threadSelector = threadSelector
        self.width = width
    }

    var parseOptions: ParseOptions { ParseOptions(threadSelector: threadSelector) }

    /// The width text printed to a pipe or by `dump` wraps at: --width, the settings file's, else the terminal's.
    func printingWidth(_ settings: Settings) -> Int {
        if let width = width ?? settings.width { return width }
        for descriptor in [STDOUT_FILENO, STDERR_FILENO] {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return 100
    }

    /// The files given; when none were, standard input if something is piped or redirected into it
    /// (`cat page.txt | skein`), else the bundled sample.
    var paths: [String] {
        guard files.isEmpty else { return files }
        var status = stat()
        guard fstat(STDIN_FILENO, &status) == 0 else { return [SampleThread.path] }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFIFO || kind == S_IFREG ? ["-"] : [SampleThread.path]
    }
}

/// What `skein --version` says: `make` writes `git describe` beside the binary's share folder when it builds
/// (`PREFIX/share/skein/version` once installed); a binary built otherwise says so.
enum BuildVersion {
    static var text: String {
        let file = SampleThread.binaryFolder.deletingLastPathComponent().appendingPathComponent("share/skein/version")
        let written = (try? String(contentsOf: file, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        return written.flatMap { $0.isEmpty ? nil : $0 } ?? "unknown (built without make, so without git describe)"
    }
}

enum SampleThread {
    /// The folder the running binary is in, symlinks resolved.
    static var binaryFolder: URL {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]).deletingLastPathComponent()
    }

    /// Installed, `PREFIX/share/skein/sample-thread.txt` beside `PREFIX/bin/skein`; in a build folder, SwiftPM's
    /// resource bundle beside the binary. (Not `Bundle.module`, which stops the program when its bundle is gone.)
    static var path: String {
        let binary = binaryFolder
        let candidates = [
            binary.deletingLastPathComponent().appendingPathComponent("share/skein/sample-thread.txt"),
            binary.appendingPathComponent("skein_skein.resources/sample-thread.txt"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }?.path ?? candidates[0].path
    }
}

/// Prints `skein: message` on stderr and exits 1: the one way errors leave the program.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("skein: \(message)\n".utf8))
    exit(1)
}
