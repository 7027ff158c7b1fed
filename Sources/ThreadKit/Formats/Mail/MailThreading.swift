/// Threads messages by Message-ID, References and In-Reply-To (after JWZ): a message hangs under its
/// nearest ancestor present in the file, else at top level; repeated Message-IDs keep the first copy.
enum MailThreading {
    static func thread(_ messages: [MailMessage], format: String) -> Thread {
        var indexOfID = [UInt64: Int](minimumCapacity: messages.count)
        var isFirstCopy = [Bool](repeating: true, count: messages.count)
        for index in messages.indices {
            guard let id = messages[index].messageID else { continue }
            if indexOfID[id] == nil { indexOfID[id] = index } else { isFirstCopy[index] = false }
        }
        // Most mailboxes repeat no message: they are threaded as they are, not copied (a 100,000-message copy is
        // 10 MB more at the parse's peak).
        let repeats = isFirstCopy.contains(false)
        let unique = repeats ? zip(messages, isFirstCopy).filter(\.1).map(\.0) : messages
        if repeats {
            indexOfID.removeAll(keepingCapacity: true)
            for index in unique.indices { if let id = unique[index].messageID { indexOfID[id] = index } }
        }
        // Each message's parent and comment are found on every core: a large mailbox's threading was most of what
        // its parse did on one.
        let pieces = piecesWorthMaking(for: unique.count, smallest: 4_000)
        let parents = [Int?](count: unique.count, concurrentlyInPieces: pieces) { [indexOfID] index in
            unique[index].ancestors.reversed().lazy.compactMap { indexOfID[$0] }.first { $0 != index }
        }
        let (order, parentPosition) = PreOrder.arrange(parents: parents)
        let comments = [Comment](count: order.count, concurrentlyInPieces: pieces) { position in
            comment(of: unique[order[position]], parent: parentPosition[position])
        }
        let title = order.first.flatMap { unique[$0].subject }.map { withoutReplyPrefixes(EncodedWords.decode($0).trimmingBlanks) }
        var thread = Thread(format: format, title: title, comments: comments)
        // Whoever started the thread: the author of its first message that answers none.
        thread.submitter = comments.first { $0.parent == nil }?.author
        thread.sourceID = comments.first { $0.parent == nil }?.sourceID
        return thread
    }

    private static func comment(of message: MailMessage, parent: Int?) -> Comment {
        var comment = message.deferredBody.map { Comment(author: message.author, deferred: $0, parent: parent, date: message.date) }
            ?? Comment(author: message.author, body: message.body, parent: parent, date: message.date)
        comment.sourceID = message.messageID.map { String($0, radix: 16) }
        return comment
    }

    /// `Re: RE: Fwd: Subject` → `Subject`.
    static func withoutReplyPrefixes(_ subject: String) -> String {
        var rest = subject[...]
        while let colon = rest.firstIndex(of: ":"),
              ["re", "fw", "fwd", "aw", "sv", "antw"].contains(rest[..<colon].lowercased().trimmingBlanks) {
            rest = rest[rest.index(after: colon)...].drop { $0 == " " }
        }
        return rest.isEmpty ? subject : String(rest)
    }
}
