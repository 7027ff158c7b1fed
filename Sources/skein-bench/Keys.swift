import ArgumentParser
import Foundation
import ThreadKit

/// The keystroke timings of `measure` on a file of one's own, such as a 1,000,000-comment thread written once by
/// `generate`: `measure` would make it again and time its parse first.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Keystroke timings on FILE, printed as a Markdown table.")

    @Argument var file: String
    @Option(help: "Rounds per key.") var repeats = 200
    @Option(help: "Seconds each key may take before it stops repeating.") var budget = 5.0

    func run() throws {
        let thread = try ThreadFile.parse(try ThreadFile.read(file), path: file)
        var table = KeyLatency.table
        KeyLatency(thread: thread, repeats: repeats, budget: budget).add(to: &table, thread: "\(thread.comments.count) \(thread.format)")
        print(table.text)
    }
}
