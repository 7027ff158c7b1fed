import Foundation

/// `gzip -1` on the same file, the yardstick the plain-text parse is held to: reading every byte
/// once with a little work per byte. Run as a child process writing to /dev/null, the way a user
/// would run it, and timed like the parse (median of repeated runs).
enum BesideGzip {
    /// Median milliseconds of `gzip -1 -c FILE > /dev/null`, or nil when there is no gzip.
    static func medianMilliseconds(compressing file: String, budget: Double) -> Double? {
        guard let gzip = ["/usr/bin/gzip", "/bin/gzip"].first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let samples = try? repeated(maximum: 10, budget: budget) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: gzip)
            process.arguments = ["-1", "-c", file]
            process.standardOutput = FileHandle.nullDevice
            return try milliseconds {
                try process.run()
                process.waitUntilExit()
            }
        }
        return samples?.median
    }
}
