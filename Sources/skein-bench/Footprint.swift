import ArgumentParser
import Foundation
import Reader
import ThreadKit

/// Run in a fresh process by `measure`, so the peak resident set is the reader's alone, not the
/// generator's or other benchmarks'.
struct Footprint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open FILE as the reader does, draw the first screen, then take in the whole thread and search it; print seconds to the first screen and peak RSS bytes then, with the whole thread, and after a search.")

    @Argument var file: String

    @Flag(help: "Stop at the first screen (for counting its instructions under callgrind).")
    var firstScreenOnly = false

    func run() throws {
        var firstPeak = 0
        var bytes: [UInt8] = []
        var preview: ThreadKit.Thread?
        var session: ReaderSession?
        // As `skein` does: a large page's start first, the whole parsed after the first screen.
        let seconds = try milliseconds {
            bytes = try ThreadFile.read(file)
            preview = Preview.thread(from: bytes)
            session = ReaderSession.standard(try preview ?? ThreadFile.parse(bytes, path: file), name: file,
                                             isPreview: preview != nil)
            _ = session?.grid
            firstPeak = peakResidentBytes() ?? 0
        } / 1e3
        guard let session else { return }
        if firstScreenOnly { return print(seconds, firstPeak) }
        if preview != nil {
            // As `skein`'s background parse: the parser gets the only copy of the bytes.
            session.load(document: 0, thread: try FormatDetector.parse(bytes: consume bytes))
            _ = session.grid
        }
        let wholePeak = peakResidentBytes() ?? 0
        for event in KeyLatency.searchPrompt(typing: KeyLatency.searchWords[0]) + [.key(.enter)] { session.handle(event) }
        session.searchNow()
        _ = session.grid
        print(seconds, firstPeak, wholePeak, peakResidentBytes() ?? 0)
    }

    /// Runs `footprint` on `file` in a child process: seconds to the first grid, peak RSS bytes
    /// then, once the whole thread is in, and after a search.
    static func measure(_ file: String) throws -> (seconds: Double, firstPeak: Int, wholePeak: Int, searchPeak: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe") // this very binary, however it was started
        process.arguments = ["footprint", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 4, let seconds = Double(fields[0]), let first = Int(fields[1]), let whole = Int(fields[2]),
              let search = Int(fields[3]) else {
            throw ValidationError("footprint of \(file) printed '\(output)'")
        }
        return (seconds, first, whole, search)
    }
}
