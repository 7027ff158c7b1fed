import ArgumentParser
import Foundation
import ThreadKit

@main
struct Skein: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skein",
        abstract: "Read saved discussion threads in the terminal.",
        version: "0.1.0",
        subcommands: [Read.self, Dump.self, Threads.self, Keys.self],
        defaultSubcommand: Read.self
    )
}

/// Files to open, shared by the subcommands.
struct FileArguments: ParsableArguments {
    @Argument(help: "Saved thread files; '-' reads standard input. None opens a sample thread.")
    var files: [String] = []

    @Option(name: .customLong("thread"), help: "In a file holding several threads, the id or link of the one to open.")
    var threadSelector: String?

    var parseOptions: ParseOptions { ParseOptions(threadSelector: threadSelector) }

    /// The files given, or the bundled sample when none were.
    var paths: [String] { files.isEmpty ? [SampleThread.path] : files }
}

enum SampleThread {
    static var path: String {
        Bundle.module.path(forResource: "sample-thread", ofType: "txt") ?? "sample-thread.txt"
    }
}

/// Prints `skein: message` on stderr and exits 1: the one way errors leave the program.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("skein: \(message)\n".utf8))
    exit(1)
}
