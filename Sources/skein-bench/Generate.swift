import ArgumentParser
import Foundation
import ThreadGenerator

extension OutputFormat: ExpressibleByArgument {}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a generated thread to standard output.")

    @Option(help: "Number of comments.") var comments = 1000
    @Option(help: "text (name-lines page), reddit (comments JSON), mbox or html (an old Reddit page as a browser saves it).") var format = OutputFormat.text
    @Option(help: "Seed; the same seed and size always give the same thread.") var seed: UInt64 = 1

    func run() throws {
        let thread = ThreadGenerator.thread(comments: comments, seed: seed)
        FileHandle.standardOutput.write(Data(format.render(thread).utf8))
    }
}
