/// Names for a thread and its comments that stay the same when the thread is saved again, grown or edited:
/// what read marks are kept under. The source's own ids where it has them (Reddit's `t1_…`, Hacker News
/// item ids, Message-IDs, a saved page's address); for text, the title and first comment, and for each
/// comment its author, a hash of its words and which occurrence of that pair it is.
extension Thread {
    public var identityKey: String {
        if let sourceID { return format + ":" + sourceID }
        let first = comments.first.map { Self.contentKey($0) } ?? ""
        return "text:" + Self.hex(Self.fnv1a(((title ?? "") + "\u{1F}" + first).utf8))
    }

    /// One key per comment, in order: a 64-bit hash of the source's id, else of the author and the words, with
    /// equal comments (same author and words) told apart by occurrence. Numbers, not strings: a 100,000-comment
    /// thread is keyed, and its keys matched against the store's, at every opening.
    public var commentKeys: [UInt64] {
        var seen: [UInt64: UInt64] = [:]
        seen.reserveCapacity(comments.count)
        return comments.map { comment in
            if let id = comment.sourceID { return Self.commentKey(sourceID: id) }
            let content = Self.commentKey(author: comment.author ?? "", words: Self.wordsHash(comment))
            let occurrence = seen[content, default: 0]
            seen[content] = occurrence + 1
            return Self.commentKey(content, occurrence: occurrence)
        }
    }

    /// The key of a comment as stores before schema 4 wrote it, as text (`id:ID`, or `AUTHOR|WORDS` in hex with
    /// `#N` for the Nth repeat), turned into the number `commentKeys` gives the same comment now.
    public static func commentKey(stored: String) -> UInt64? {
        if stored.hasPrefix("id:") { return commentKey(sourceID: stored.dropFirst(3)) }
        guard let bar = stored.lastIndex(of: "|") else { return nil }
        let tail = stored[stored.index(after: bar)...].split(separator: "#", maxSplits: 1)
        guard let words = tail.first.flatMap({ UInt64($0, radix: 16) }) else { return nil }
        let occurrence = tail.count > 1 ? UInt64(tail[1]) ?? 0 : 0
        return commentKey(commentKey(author: stored[..<bar], words: words), occurrence: occurrence)
    }

    static func commentKey(sourceID: some StringProtocol) -> UInt64 {
        fnv1a(sourceID.utf8, from: fnv1a("id:".utf8))
    }

    static func commentKey(author: some StringProtocol, words: UInt64) -> UInt64 {
        withUnsafeBytes(of: words.littleEndian) { fnv1a($0, from: fnv1a(author.utf8, from: fnv1a([0x7C]))) }
    }

    static func commentKey(_ content: UInt64, occurrence: UInt64) -> UInt64 {
        occurrence == 0 ? content : withUnsafeBytes(of: occurrence.littleEndian) { fnv1a($0, from: content) }
    }

    /// Author and a hash of the words: what names a plain-text thread by its first comment (`identityKey`).
    static func contentKey(_ comment: Comment) -> String {
        (comment.author ?? "") + "|" + hex(wordsHash(comment))
    }

    /// A hash of the words, ASCII case, spacing and punctuation aside: a re-save that rewraps or re-escapes a
    /// comment keeps its key. On bytes: every comment of a thread is hashed at every opening.
    static func wordsHash(_ comment: Comment) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var gap = false
        func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes {
                let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
                let isWordByte = folded >= 0x80 || (folded &- 0x61 < 26) || (folded &- 0x30 < 10)
                guard isWordByte else { gap = true; continue }
                if gap { hash = (hash ^ 0x20) &* 0x100_0000_01b3; gap = false }
                hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
            }
        }
        for block in comment.blocks {
            // Through the string's own storage: walking its UTF8View byte by byte took about twice as long.
            var text = block.text
            text.withUTF8(add)
            gap = true
        }
        return hash
    }

    private static func fnv1a(_ bytes: some Sequence<UInt8>, from start: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = start
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    private static func hex(_ value: UInt64) -> String { String(value, radix: 16) }
}
