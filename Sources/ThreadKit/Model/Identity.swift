/// Names for a thread and its comments that stay the same when the thread is saved again, grown or edited:
/// what read marks are kept under. The source's own ids where it has them (Reddit's `t1_…`, Hacker News
/// item ids, Message-IDs, a saved page's address); for text, the title and first comment, and for each
/// comment its author, a hash of its words and which occurrence of that pair it is.
extension Thread {
    public var identityKey: String {
        if let sourceID { return format + ":" + sourceID }
        let first = comments.first.map { Self.contentKey($0) } ?? ""
        return "text:" + Self.hex(Self.fnv1a((title ?? "") + "\u{1F}" + first))
    }

    /// One key per comment, in order; equal comments (same author and words) are told apart by occurrence.
    public var commentKeys: [String] {
        var seen: [String: Int] = [:]
        return comments.map { comment in
            if let id = comment.sourceID { return "id:" + id }
            let content = Self.contentKey(comment)
            let occurrence = seen[content, default: 0]
            seen[content] = occurrence + 1
            return occurrence == 0 ? content : content + "#\(occurrence)"
        }
    }

    /// Author and a hash of the words, ASCII case, spacing and punctuation aside: a re-save that rewraps or
    /// re-escapes a comment keeps its key. On bytes: a 100,000-comment thread is keyed at every opening.
    static func contentKey(_ comment: Comment) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var gap = false
        for block in comment.blocks {
            for byte in block.text.utf8 {
                let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
                let isWordByte = folded >= 0x80 || (folded &- 0x61 < 26) || (folded &- 0x30 < 10)
                guard isWordByte else { gap = true; continue }
                if gap { hash = (hash ^ 0x20) &* 0x100_0000_01b3; gap = false }
                hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
            }
            gap = true
        }
        return (comment.author ?? "") + "|" + hex(hash)
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    private static func hex(_ value: UInt64) -> String { String(value, radix: 16) }
}
