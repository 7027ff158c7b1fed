import ArgumentParser
import Foundation
@_spi(Benchmarks) import ThreadKit

/// A file's whole parse to the thread, and for JSON the tape's single-core throughput alone: set beside
/// simdjson's by `bench/json-parsers/run.sh`.
struct ParseThroughput: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Time the whole parse of FILE to a thread and, for JSON, skein's JSON tape alone (median of ROUNDS).")

    @Argument var file: String
    @Option(help: "Rounds; the median is printed.") var rounds = 10

    func run() throws {
        let bytes = try ThreadFile.read(file)
        let megabytes = Double(bytes.count) / Double(1 << 20)
        // A page that opens with a link's number ("[1]Hacker News") is no JSON: the tape is timed only where it reads the file.
        if let first = bytes.first(where: { $0 > 0x20 }), first == UInt8(ascii: "[") || first == UInt8(ascii: "{"),
           (try? JSONTapeBenchmark.parse(bytes)) != nil {
            var nodes = 0
            let tape = try median { nodes = try JSONTapeBenchmark.parse(bytes) }
            print(String(format: "skein JSON tape: %.1f ms, %.0f MB/s (%d nodes, median of %d)", tape, megabytes / tape * 1e3, nodes, rounds))
        }
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
