import ArgumentParser
import Foundation
import Reader
import ThreadKit

/// Run in a fresh process by `measure`, so the peak resident set is the reader's alone, not the
/// generator's or other benchmarks'.
struct Footprint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open FILE as the reader does, draw the first screen, print seconds and peak RSS bytes.")

    @Argument var file: String

    func run() throws {
        var peak = 0
        let seconds = try milliseconds {
            let session = ReaderSession.standard(try ThreadFile.load(file), name: file)
            _ = session.grid
            peak = peakResidentBytes() ?? 0
        } / 1e3
        print(seconds, peak)
    }

    /// Runs `footprint` on `file` in a child process: (seconds to first grid, peak RSS bytes).
    static func measure(_ file: String) throws -> (seconds: Double, peakBytes: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe") // this very binary, however it was started
        process.arguments = ["footprint", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 2, let seconds = Double(fields[0]), let peak = Int(fields[1]) else {
            throw ValidationError("footprint of \(file) printed '\(output)'")
        }
        return (seconds, peak)
    }
}
