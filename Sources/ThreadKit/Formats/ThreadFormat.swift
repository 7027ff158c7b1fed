/// A parser for one kind of saved thread.
///
/// Formats are chosen by content, never by file name: each one says how sure it
/// is that the bytes are its kind, and `FormatDetector` asks them all.
public protocol ThreadFormat: Sendable {
    /// Stable name used in dumps and messages, e.g. `plain-text`.
    static var name: String { get }
    /// How confident the format is that `input` is its kind.
    static func recognises(_ input: SourceText) -> Recognition
    /// Takes the input, so a parser may let its bytes go once it holds the text in its own form.
    static func parse(_ input: consuming SourceText, options: ParseOptions) throws -> Thread
}

public enum Recognition: Int, Comparable, Sendable {
    case no = 0
    /// Could be, if nothing else claims it (plain text claims everything this way).
    case fallback
    case likely
    case certain

    public static func < (a: Recognition, b: Recognition) -> Bool { a.rawValue < b.rawValue }
}

public struct ParseOptions: Sendable {
    /// For files holding several threads (Disqus exports): the id or link of the one to open.
    public var threadSelector: String?
    /// Keep the evidence behind every decision of the plain-text parser (`Thread.explanation`).
    public var explain: Bool

    public init(threadSelector: String? = nil, explain: Bool = false) {
        self.threadSelector = threadSelector
        self.explain = explain
    }
}

public enum ThreadError: Error, Equatable, CustomStringConvertible, Sendable {
    case empty
    case binary
    case unrecognised(String)
    case malformed(format: String, reason: String)
    case threadNotFound(String)

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary: return "this looks like a binary file, not a saved thread"
        case .unrecognised(let why): return why
        case .malformed(let format, let reason): return "not a valid \(format) file: \(reason)"
        case .threadNotFound(let selector): return "no thread matches '\(selector)'"
        }
    }
}
