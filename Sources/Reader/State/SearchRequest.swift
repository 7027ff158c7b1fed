/// A search the reader waits for (`ReaderSession.takeSearchRequest`): the query and the file as they were when
/// it was asked for. The driver runs it off the key path and answers with `ReaderSession.found(_:for:)`.
public struct SearchRequest: Sendable {
    public let number: Int
    let query: String
    let document: DocumentView
    /// The matches of a shorter query that this one holds, when they were found: the comments among them are the
    /// only ones read again.
    let within: [SearchMatch]?

    /// The matches in display order, or nil when `isStale` said to stop before the end (a newer query came).
    public func matches(stoppingWhen isStale: @escaping @Sendable () -> Bool) -> [SearchMatch]? {
        SearchIndex.matches(of: query, document: document, among: within.map(Self.comments), stoppingWhen: isStale)
    }

    private static func comments(of matches: [SearchMatch]) -> [Int32] {
        matches.compactMap { if case .comment(let comment) = $0 { comment } else { nil } }
    }
}
