import ArgumentParser
import Foundation
import ThreadGenerator
import ThreadKit

struct Measure: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse, layout and keystroke timings on generated threads, printed as Markdown tables.")

    @Option(help: "Thread sizes in comments, comma separated.") var sizes = "1000,10000,100000"
    @Option(help: "Seed of the generated threads.") var seed: UInt64 = 1
    @Option(help: "Where the generated files are written (reused by bench/first-screen.sh).") var outDir = "bench-out"
    @Option(help: "Rounds per key on the largest thread.") var repeats = 200
    @Option(help: "Seconds each measurement may take before it stops repeating.") var budget = 5.0
    @Option(help: "Formats whose largest thread gets keystroke timings, comma separated.") var keyFormats = "text,reddit"
    @Option(help: "Formats generated and measured, comma separated (text, reddit, mbox, html).") var formats = "text,reddit,mbox,html"

    func run() throws {
        let counts = sizes.split(separator: ",").compactMap { Int($0) }.sorted()
        let measured = formats.split(separator: ",").compactMap { OutputFormat(rawValue: String($0)) }
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        var stages = MarkdownTable("comments", "format", "MB", "parsed", "parse ms", "MB/s", "tree ms", "first layout ms")
        var besideGzip = MarkdownTable("comments", "MB", "skein parse ms", "skein MB/s", "gzip -1 ms", "gzip -1 MB/s",
                                       "skein ÷ gzip", "≥ 20 MB/s and within 3×")
        var largest: [OutputFormat: (path: String, thread: ThreadKit.Thread)] = [:]
        for count in counts {
            let generated = ThreadGenerator.thread(comments: count, seed: seed)
            for format in measured {
                let bytes = Array(format.render(generated).utf8)
                let path = "\(outDir)/thread-\(count).\(format.fileExtension)"
                guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                    throw ValidationError("cannot write \(path)")
                }
                let timings = try ModelTimings(bytes: bytes, budget: budget)
                let megabytes = Double(bytes.count) / 1_048_576
                stages.add(String(count), timings.format, formatted(megabytes, digits: 1),
                           String(timings.thread.comments.count), formatted(timings.parse.median, digits: 1),
                           formatted(megabytes / (timings.parse.median / 1e3), digits: 1),
                           formatted(timings.tree.median), formatted(timings.firstLayout.median))
                if format == .text, let gzip = BesideGzip.medianMilliseconds(compressing: path, budget: budget) {
                    let ratio = timings.parse.median / gzip
                    let rate = megabytes / (timings.parse.median / 1e3)
                    besideGzip.add(String(count), formatted(megabytes, digits: 1), formatted(timings.parse.median, digits: 1),
                                   formatted(rate, digits: 1), formatted(gzip, digits: 1),
                                   formatted(megabytes / (gzip / 1e3), digits: 1), formatted(ratio, digits: 1),
                                   rate >= 20 && ratio <= 3 ? "yes" : "**no**")
                }
                largest[format] = (path, timings.thread)
                log("\(count) \(format): parse \(formatted(timings.parse.median, digits: 1)) ms")
            }
        }
        print("## From bytes to first screen (medians; 100×30)\n\n\(stages.text)\n")
        print("## The plain-text parse beside `gzip -1` on the same file (medians)\n\n\(besideGzip.text)\n")

        var keys = KeyLatency.table
        for name in keyFormats.split(separator: ",") {
            guard let format = OutputFormat(rawValue: String(name)), let (_, thread) = largest[format] else { continue }
            log("keys on \(format)")
            KeyLatency(thread: thread, repeats: repeats, budget: budget).add(to: &keys, thread: "\(thread.comments.count) \(format)")
        }
        print("## Keystroke cost: handle(event) + grid\n\n\(keys.text)\n")

        var memory = MarkdownTable("file", "MB", "first screen s (in process)", "peak RSS MB at first screen",
                                   "whole thread", "after a search", "limit MB (3×file+30)", "ok")
        for format in measured {
            guard let (path, _) = largest[format] else { continue }
            let size = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
            let footprint = try Footprint.measure(path)
            let peaks = [footprint.firstPeak, footprint.wholePeak, footprint.searchPeak].map { Double($0) / 1_048_576 }
            memory.add(path, formatted(size, digits: 1), formatted(footprint.seconds, digits: 3),
                       formatted(peaks[0], digits: 1), formatted(peaks[1], digits: 1), formatted(peaks[2], digits: 1),
                       formatted(3 * size + 30, digits: 1), peaks[2] <= 3 * size + 30 ? "yes" : "**no**")
        }
        print("## Peak memory of `skein FILE` (fresh process, VmHWM)\n\n\(memory.text)")
    }

    /// Progress on stderr, so stdout stays a clean Markdown report.
    private func log(_ message: String) {
        FileHandle.standardError.write(Data("skein-bench: \(message)\n".utf8))
    }
}
