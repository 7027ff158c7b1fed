import ArgumentParser
import Foundation
@_spi(Benchmarks) import ThreadKit

/// The JSON tape's single-core throughput, and a format reader's to the whole thread, on one file: set beside
/// simdjson's by `bench/json-parsers/run.sh`.
struct JSONThroughput: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Time skein's JSON tape parser alone, and the whole parse to a thread, on FILE (median of ROUNDS).")

    @Argument var file: String
    @Option(help: "Rounds; the median is printed.") var rounds = 10

    func run() throws {
        let bytes = try ThreadFile.read(file)
        let megabytes = Double(bytes.count) / Double(1 << 20)
        var nodes = 0
        let tape = try median { nodes = try JSONTapeBenchmark.parse(bytes) }
        print(String(format: "skein JSON tape: %.1f ms, %.0f MB/s (%d nodes, median of %d)", tape, megabytes / tape * 1e3, nodes, rounds))
        var comments = 0
        let whole = try median { comments = try FormatDetector.parse(bytes: bytes).comments.count }
        print(String(format: "skein whole parse to the thread: %.1f ms, %.0f MB/s (%d comments, median of %d)",
                     whole, megabytes / whole * 1e3, comments, rounds))
    }

    private func median(_ work: () throws -> Void) throws -> Double {
        var samples = Samples()
        for _ in 0..<rounds { samples.add(try milliseconds(work)) }
        return samples.median
    }
}
