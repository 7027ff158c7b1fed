/// Threads messages by Message-ID, References and In-Reply-To (after JWZ): a message hangs under its
/// nearest ancestor present in the file, else at top level; repeated Message-IDs keep the first copy.
enum MailThreading {
    static func thread(_ messages: [MailMessage], format: String) -> Thread {
        var seen = Set<UInt64>(minimumCapacity: messages.count)
        let isFirstCopy = messages.map { message in message.messageID.map { seen.insert($0).inserted } ?? true }
        // Most mailboxes repeat no message: they are threaded as they are, not copied (a 100,000-message copy is
        // 10 MB more at the parse's peak).
        let unique = isFirstCopy.allSatisfy { $0 } ? messages : zip(messages, isFirstCopy).filter(\.1).map(\.0)
        var indexOfID: [UInt64: Int] = [:]
        for (index, message) in unique.enumerated() { if let id = message.messageID { indexOfID[id] = index } }
        let parents = unique.enumerated().map { index, message in
            message.ancestors.reversed().lazy.compactMap { indexOfID[$0] }.first { $0 != index }
        }
        let (order, parentPosition) = PreOrder.arrange(parents: parents)
        let comments = zip(order, parentPosition).map { index, parent in
            let message = unique[index]
            var comment = message.deferredBody.map { Comment(author: message.author, deferred: $0, parent: parent, date: message.date) }
                ?? Comment(author: message.author, body: message.body, parent: parent, date: message.date)
            comment.sourceID = message.messageID.map { String($0, radix: 16) }
            return comment
        }
        let title = order.first.flatMap { unique[$0].subject }.map(withoutReplyPrefixes)
        var thread = Thread(format: format, title: title, comments: comments)
        // Whoever started the thread: the author of its first message that answers none.
        thread.submitter = comments.first { $0.parent == nil }?.author
        thread.sourceID = comments.first { $0.parent == nil }?.sourceID
        return thread
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
