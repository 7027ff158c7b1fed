import ThreadKit

/// The file layouts the generator writes, each one a format skein reads.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, reddit, mbox, html

    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .reddit: return "json"
        case .mbox: return "mbox"
        case .html: return "html"
        }
    }

    public func render(_ thread: ThreadKit.Thread) -> String {
        var out = ""
        switch self {
        case .text: NameLinesWriter.write(thread, to: &out)
        case .reddit: RedditWriter.write(thread, to: &out)
        case .mbox: MboxWriter.write(thread, to: &out)
        case .html: OldRedditPageWriter.write(thread, to: &out)
        }
        return out
    }
}
