import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a thread from a path (or `-` for standard input) with messages a person can act on.
public enum ThreadFile {
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Larger inputs are refused rather than read until memory runs out (`/dev/zero`, a disk image).
    public static let maximumSize = 1 << 30

    /// The bytes of a file, a FIFO or (for `-`) standard input, read with plain POSIX calls so
    /// every failure has the system's own reason.
    public static func read(_ path: String) throws -> [UInt8] {
        let fd = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, reason: systemReason(errno)) }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw Failure(path: path, reason: "is a directory, not a file")
        }
        let tooLarge = Failure(path: path, reason: "too large (over 1 GB)")
        // A regular file is read straight into an array of its size, not copied through a chunk; what
        // else there is (a file still growing, a FIFO, stdin) in chunks after that.
        let expected = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        if expected > maximumSize { throw tooLarge }
        var bytes = try [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            while count < expected {
                let read = try readSome(fd, path: path, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])))
                if read == 0 { break }
                count += read
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= maximumSize {
            let count = try chunk.withUnsafeMutableBytes { try readSome(fd, path: path, into: $0) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        if bytes.count > maximumSize { throw tooLarge }
        return bytes
    }

    /// One `read(2)` into `buffer`, retried when interrupted: the count read, 0 at the end.
    private static func readSome(_ fd: Int32, path: String, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw Failure(path: path, reason: "cannot be read: " + systemReason(errno)) }
        }
    }

    private static func systemReason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "cannot be read (permission denied)"
        case EISDIR: return "is a directory, not a file"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// Reads and parses, reporting any failure as `path: reason`.
    public static func load(_ path: String, options: ParseOptions = ParseOptions()) throws -> Thread {
        try parse(try read(path), path: path, options: options)
    }

    /// Parses bytes read from `path`, reporting any failure as `path: reason`.
    public static func parse(_ bytes: [UInt8], path: String, options: ParseOptions = ParseOptions()) throws -> Thread {
        try reporting(path) { try FormatDetector.parse(bytes: bytes, options: options) }
    }

    /// Every thread in bytes read from `path` (see `FormatDetector.parseEvery`), failures as `path: reason`.
    public static func parseEvery(_ bytes: [UInt8], path: String, options: ParseOptions = ParseOptions()) throws -> [Thread] {
        try reporting(path) { try FormatDetector.parseEvery(bytes: bytes, options: options) }
    }

    private static func reporting<T>(_ path: String, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as ThreadError {
            throw Failure(path: path, reason: error.description)
        }
    }
}
