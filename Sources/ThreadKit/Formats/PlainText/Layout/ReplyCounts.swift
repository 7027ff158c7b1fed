/// Replies a page lists under a count of them, as YouTube and many comment widgets show them: "38 replies" under a
/// comment, the replies expanded below it, "Show more replies" (or "Hide replies") where the list stops.
enum ReplyCounts {
    /// "38 replies", "1 reply", "Hide 3 replies", "▼ 12 replies": how many replies are listed under the comment above; 0
    /// for a button that would show them ("View 6 replies": the copy holds none); nil for any other line ("View 3 more
    /// replies" is no count of a comment's replies but a button in the list).
    static func count(in text: String, rules: PlainTextRules) -> Int? {
        guard text.utf8.count <= 40, text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        // The noun right after the number: in "▲ 88 ▼ Reply" the number counts votes.
        var number: Int?
        var previous: Substring = ""
        var noun = false, showing = false
        for word in text.lowercased().words {
            if let value = Int(word.filter { $0 != "," }) {
                guard number == nil else { return nil }
                number = value
            } else if rules.replyCountNouns.contains(String(word)) {
                guard number != nil, !noun, Int(previous.filter { $0 != "," }) != nil else { return nil }
                noun = true
            } else if rules.replyShowingVerbs.contains(String(word)) {
                showing = true
            } else if !rules.replyHidingVerbs.contains(String(word)), word.hasLetterOrFigure {
                return nil
            }
            previous = word
        }
        return noun ? (showing ? 0 : number) : nil
    }

    /// "Show more replies", "Hide replies", "View 3 more replies": the replies listed under a comment stop here.
    static func closes(_ text: String, rules: PlainTextRules) -> Bool {
        // Asked of every furniture line ("Reply", "Share"): the last word first, before any lower-cased copy of the line.
        guard text.utf8.count <= 40, let last = text.split(separator: " ").last, rules.replyCountNouns.contains(last.lowercased()) else {
            return false
        }
        return text.lowercased().words.dropLast().contains { rules.replyListClosers.contains(String($0)) }
    }

    /// Each comment's parent by the counts: a comment with a count is top level, and the comments after it, up to that
    /// many, none with a count of its own and no closing line before it, are its replies. `counts[i]`: comment i's count;
    /// `closedBefore[i]`: a closing line stands between comment i − 1 and comment i. nil: shown as top level.
    static func parents(counts: [Int?], closedBefore: [Bool]) -> [ShownReplies.Link?] {
        var head: (comment: Int, left: Int)?
        return counts.indices.map { index in
            if counts[index] != nil || closedBefore[index] { head = nil }
            defer { if let count = counts[index] { head = (index, count) } }
            guard let open = head, open.left > 0 else { return nil }
            head = (open.comment, open.left - 1)
            return ShownReplies.Link(parent: open.comment, kind: .replyCount)
        }
    }
}

/// The links Hacker News puts in each comment's header ("user 3 hours ago | root | parent | prev | next [–]"): "parent" on
/// every reply, "root" on a reply to a reply, "prev" on a comment with an earlier sibling, "next" on one with a later one.
/// In page order (a tree walked depth first) they bound every parent, whatever the copy kept of the indentation: a reply
/// without an earlier sibling follows its parent; one with an earlier sibling answers one of the comments the one above
/// it answers, or their parents.
enum NavigationLinks {
    struct Header { var isReply: Bool, hasPrevious: Bool, hasNext: Bool, hasRoot = false }

    /// The links of a header line, nil when it shows none.
    static func header(_ text: String, rules: PlainTextRules) -> Header? {
        guard text.holdsByte(UInt8(ascii: "|")) else { return nil }
        let links = Set(text.lowercased().split(separator: "|").map { part in
            // Its first word ("━━━━ parent": a rule w3m drew in the margin is none).
            String(part.split(separator: " ").first(where: { $0.contains(where: \.isLetter) }).map(LineShape.key) ?? "")
        })
        let header = Header(isReply: links.contains(rules.navigationParent), hasPrevious: links.contains(rules.navigationPrevious),
                            hasNext: links.contains(rules.navigationNext), hasRoot: links.contains(rules.navigationRoot))
        return header.isReply || header.hasPrevious || header.hasNext ? header : nil
    }

    /// Each comment's parent: a reply without an earlier sibling follows its parent; one with an earlier sibling follows the
    /// last of that sibling's replies, and shares its parent: the deepest comment above it still waiting for a later sibling.
    /// Where the page links the root, a reply without that link answers a comment at the top, one with it a reply: the
    /// earlier sibling stands as deep as that. Among the comments it may answer, one it quotes (`quoted[index]`, "> Truffle is
    /// a framework …") is the one; else the deepest.
    static func parents(_ headers: [Header?], quoted: [[Int]] = []) -> [ShownReplies.Link?] {
        var path: [(comment: Int, waiting: Bool)] = []
        let rootsShown = headers.contains { $0?.hasRoot == true }
        return headers.enumerated().map { index, header in
            guard let header, header.isReply, !path.isEmpty else {
                path = [(index, header?.hasNext ?? false)]
                return nil
            }
            if header.hasPrevious {
                // The earlier sibling: at the second place of the path for a reply to a comment at the top, deeper for the others.
                let deepest = rootsShown && !header.hasRoot ? 2 : path.count
                let shallowest = rootsShown && header.hasRoot ? 3 : 1
                let answers = index < quoted.count ? quoted[index] : []
                if let quotedParent = path.indices.dropLast().last(where: { $0 + 2 >= shallowest && $0 + 2 <= deepest && answers.contains(path[$0].comment) }) {
                    path.removeLast(path.count - quotedParent - 1)
                } else {
                    if path.count > deepest { path.removeLast(path.count - deepest) }
                    while path.count > shallowest, let last = path.last, !last.waiting { path.removeLast() }
                    if !path.isEmpty { path.removeLast() }
                }
            }
            guard let parent = path.last else {
                path = [(index, header.hasNext)]
                return nil
            }
            path.append((index, header.hasNext))
            return ShownReplies.Link(parent: parent.comment, kind: .navigationLinks)
        }
    }
}
