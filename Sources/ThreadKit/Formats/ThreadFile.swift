import Foundation

/// Reads a thread from a path (or `-` for standard input) with messages a person can act on.
public enum ThreadFile {
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw Failure(path: path, reason: "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(path: path, reason: "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw Failure(path: path, reason: "cannot be read: \(error.localizedDescription)")
        }
    }

    /// Reads and parses, reporting any failure as `path: reason`.
    public static func load(_ path: String, options: ParseOptions = ParseOptions()) throws -> Thread {
        let bytes = try read(path)
        do {
            return try FormatDetector.parse(bytes: bytes, options: options)
        } catch let error as ThreadError {
            throw Failure(path: path, reason: error.description)
        }
    }
}
