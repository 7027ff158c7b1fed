import ArgumentParser
import Foundation
import Reader
import ThreadKit

/// Run in a fresh process by `measure`, so the peak resident set is the reader's alone, not the
/// generator's or other benchmarks'.
struct Footprint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open FILE as the reader does, draw the first screen, then take in the whole thread; print seconds to the first screen, peak RSS bytes then, and peak RSS bytes with the whole thread.")

    @Argument var file: String

    func run() throws {
        var firstPeak = 0
        var bytes: [UInt8] = []
        var preview: ThreadKit.Thread?
        // As `skein` does: a large page's start first, the whole parsed after the first screen.
        let seconds = try milliseconds {
            bytes = try ThreadFile.read(file)
            preview = Preview.thread(from: bytes)
            let session = ReaderSession.standard(try preview ?? ThreadFile.parse(bytes, path: file), name: file)
            _ = session.grid
            firstPeak = peakResidentBytes() ?? 0
        } / 1e3
        if preview != nil {
            let session = ReaderSession.standard(try ThreadFile.parse(bytes, path: file), name: file)
            _ = session.grid
        }
        print(seconds, firstPeak, peakResidentBytes() ?? 0)
    }

    /// Runs `footprint` on `file` in a child process: seconds to the first grid, peak RSS bytes
    /// then and once the whole thread is in.
    static func measure(_ file: String) throws -> (seconds: Double, firstPeak: Int, wholePeak: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe") // this very binary, however it was started
        process.arguments = ["footprint", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 3, let seconds = Double(fields[0]), let first = Int(fields[1]), let whole = Int(fields[2]) else {
            throw ValidationError("footprint of \(file) printed '\(output)'")
        }
        return (seconds, first, whole)
    }
}
