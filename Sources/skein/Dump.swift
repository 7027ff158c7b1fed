import ArgumentParser
import Foundation
import Reader
import ThreadKit

struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",abstract: "Print the parsed thread as a text tree or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Print why each comment starts where it does, has its author and its parent, with the evidence and weights (plain-text pages).")
    var explain = false

    @Flag(help: "Print the comment layout learnt from the page (header shape, author slot, header or trailer, furniture, nesting) and what each rule cut (plain-text pages).")
    var layout = false

    @OptionGroup var input: FileArguments

    func run() throws {
        var failed = false
        for path in input.choice.paths {
            do {
                var options = input.choice.parseOptions
                options.explain = explain || layout
                let thread = try ThreadFile.load(path, options: options)
                if layout {
                    print(thread.layoutText, terminator: explain ? "\n" : "")
                }
                if explain {
                    print(thread.explanationText, terminator: "")
                } else if !layout {
                    switch format {
                    case .json: print(thread.json.rendered())
                    case .text: print(ThreadPrinter(width: input.choice.printingWidth(SettingsFile.load())).text(of: thread), terminator: "")
                    }
                }
            } catch {
                FileHandle.standardError.write(Data("skein: \(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
