import ArgumentParser
import Foundation
import ThreadKit

struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the parsed thread as a text tree or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var input: FileArguments

    func run() throws {
        var failed = false
        for path in input.paths {
            do {
                let thread = try ThreadFile.load(path, options: input.parseOptions)
                print(format == .json ? thread.json.rendered() : thread.textDump, terminator: format == .json ? "\n" : "")
            } catch {
                FileHandle.standardError.write(Data("skein: \(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
