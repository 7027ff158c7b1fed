import ArgumentParser
import Foundation
import ThreadKit

struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the parsed thread as a text tree or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Print why each comment starts where it does, has its author and its parent, with the evidence and weights (plain-text pages).")
    var explain = false

    @OptionGroup var input: FileArguments

    func run() throws {
        var failed = false
        for path in input.paths {
            do {
                var options = input.parseOptions
                options.explain = explain
                let thread = try ThreadFile.load(path, options: options)
                if explain {
                    print(thread.explanationText, terminator: "")
                } else {
                    print(format == .json ? thread.json.rendered() : thread.textDump, terminator: format == .json ? "\n" : "")
                }
            } catch {
                FileHandle.standardError.write(Data("skein: \(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
