/// One thread of a Disqus export, as `DisqusExport.threads(in:)` lists them.
public struct DisqusThreadSummary: Sendable, Equatable {
    /// The thread's `dsq:id`.
    public var id: String
    /// The site's own identifier (`<id>`), if it set one.
    public var identifier: String?
    public var title: String?
    public var link: String?
    /// Posts that will be shown (deleted and spam posts left out).
    public var postCount: Int
}

/// A Disqus XML export (`<disqus>`): many threads, posts joined to them by `<thread dsq:id>` and to
/// each other by `<parent dsq:id>`. Opens the thread with the most posts unless
/// `ParseOptions.threadSelector` names one by dsq:id, `<id>` or `<link>`. Deleted and spam posts are
/// left out; their replies move up to the nearest ancestor that is kept.
public enum DisqusExport: ThreadFormat {
    public static let name = "disqus-xml"

    public static func recognises(_ input: SourceText) -> Recognition {
        guard input.firstSignificantByte == UInt8(ascii: "<") else { return .no }
        return JSONInput.head(of: input, contains: ["<disqus"]) ? .certain : .no
    }

    /// Every thread in the export, in file order, with how many posts it shows.
    public static func threads(in input: SourceText) throws -> [DisqusThreadSummary] {
        summaries(of: try DisqusDocument(input, format: name))
    }

    /// Every thread that shows a post, busiest first, for a reader that offers them all.
    public static func everyThread(in input: SourceText) throws -> [Thread] {
        let document = try DisqusDocument(input, format: name)
        var postsByThread: [String: [DisqusDocument.Post]] = [:]
        for post in document.posts { postsByThread[post.threadID, default: []].append(post) }
        let summaries = summaries(of: document)
        let busiest = summaries.indices.filter { summaries[$0].postCount > 0 }
            .sorted { summaries[$0].postCount > summaries[$1].postCount }
        return busiest.map { thread(for: document.threads[$0], posts: postsByThread[document.threads[$0].dsqID] ?? []) }
    }

    public static func parse(_ input: SourceText, options: ParseOptions) throws -> Thread {
        try thread(in: DisqusDocument(input, format: name), selector: options.threadSelector)
    }

    static func summaries(of document: DisqusDocument) -> [DisqusThreadSummary] {
        var counts: [String: Int] = [:]
        for post in document.posts where !post.hidden { counts[post.threadID, default: 0] += 1 }
        return document.threads.map {
            DisqusThreadSummary(id: $0.dsqID, identifier: $0.identifier, title: $0.title, link: $0.link, postCount: counts[$0.dsqID] ?? 0)
        }
    }

    static func thread(in document: DisqusDocument, selector: String?) throws -> Thread {
        guard let entry = try chosenThread(in: document, selector: selector) else {
            return Thread(format: name)
        }
        return thread(for: entry, posts: document.posts)
    }

    /// `entry` with its posts, which may be all the export's: those of other threads are left out.
    static func thread(for entry: DisqusDocument.ThreadEntry, posts: [DisqusDocument.Post]) -> Thread {
        var thread = Thread(format: name, title: entry.title.map(HTML.text),
                            article: Article(caption: entry.link, body: HTML.body(entry.message ?? "")))
        thread.comments = comments(of: entry.dsqID, in: posts)
        return thread
    }

    static func chosenThread(in document: DisqusDocument, selector: String?) throws -> DisqusDocument.ThreadEntry? {
        if let selector {
            func bare(_ link: String?) -> String? { link.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } }
            guard let entry = document.threads.first(where: {
                $0.dsqID == selector || $0.identifier == selector || bare($0.link) == bare(selector)
            }) else { throw ThreadError.threadNotFound(selector) }
            return entry
        }
        let summaries = summaries(of: document)
        guard let best = summaries.indices.max(by: { summaries[$0].postCount < summaries[$1].postCount || 
            (summaries[$0].postCount == summaries[$1].postCount && $0 > $1) }) else { return nil }
        return document.threads[best]
    }

    /// The thread's kept posts in pre-order; a reply to a hidden post hangs under the hidden post's nearest kept ancestor.
    static func comments(of threadID: String, in allPosts: [DisqusDocument.Post]) -> [Comment] {
        let threadPosts = allPosts.filter { $0.threadID == threadID }
        var postByID: [String: DisqusDocument.Post] = [:]
        for post in threadPosts where postByID[post.dsqID] == nil { postByID[post.dsqID] = post }
        let kept = threadPosts.filter { !$0.hidden }
        var indexOfID: [String: Int] = [:]
        for (index, post) in kept.enumerated() where indexOfID[post.dsqID] == nil { indexOfID[post.dsqID] = index }
        let parents: [Int?] = kept.map { post in
            var ancestor = post.parentID
            var steps = 0
            while let id = ancestor, steps <= threadPosts.count {
                if let index = indexOfID[id] { return index }
                ancestor = postByID[id]?.parentID
                steps += 1
            }
            return nil
        }
        let (order, parentPosition) = PreOrder.arrange(parents: parents)
        return zip(order, parentPosition).map { index, parent in
            let post = kept[index]
            return Comment(author: post.author, body: HTML.body(post.message), parent: parent, date: post.date)
        }
    }
}
