#if canImport(Glibc)
import Glibc
#endif
import ThreadKit

/// Everything search looks at in one document, lower-cased (ASCII) once into a flat UTF-8 buffer,
/// so a keystroke scans bytes instead of decoding and folding 100,000 strings again.
///
/// Segments in order: the article heading (title, byline, caption), each article block, then each
/// comment (author and body). Fields are separated by 0xFF, a byte UTF-8 never contains, so a query
/// never matches across two fields.
struct SearchText: Sendable {
    private let bytes: [UInt8]
    /// Segment `s` is `bytes[starts[s]..<starts[s + 1]]`.
    private let starts: [Int]
    let articleBlocks: Int

    static let separator: UInt8 = 0xFF

    init(_ thread: ThreadKit.Thread) {
        articleBlocks = thread.article.blocks.count
        let article = thread.article
        let headings = [thread.title, article.byline, article.caption].compactMap { $0 }
        // Sized first (a String's UTF-8 count is stored), copied field by field, then lower-cased in one
        // pass: no key is read while it is built (in idle time, or by the first search), so it must be quick.
        let fields = headings + article.blocks.map(\.text)
        let size = thread.comments.reduce(fields.reduce(0) { $0 + $1.utf8.count + 1 }) { sum, comment in
            comment.blocks.reduce(sum + (comment.author?.utf8.count ?? 0) + 1) { $0 + $1.text.utf8.count + 1 }
        }
        var starts: [Int] = []
        starts.reserveCapacity(2 + article.blocks.count + thread.comments.count)
        bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, written in
            func write(_ field: String) {
                var field = field
                field.withUTF8 { source in
                    guard let from = source.baseAddress else { return }
                    (buffer.baseAddress! + written).initialize(from: from, count: source.count)
                    written += source.count
                }
                buffer[written] = Self.separator
                written += 1
            }
            starts.append(written)
            headings.forEach(write)
            for block in article.blocks {
                starts.append(written)
                write(block.text)
            }
            for comment in thread.comments {
                starts.append(written)
                if let author = comment.author { write(author) }
                for block in comment.blocks { write(block.text) }
            }
            starts.append(written)
            Self.lowercaseASCII(UnsafeMutableBufferPointer(rebasing: buffer[..<written]))
        }
        self.starts = starts
    }

    /// A-Z to a-z in place: a loop without branches or bounds checks, which the compiler vectorises.
    private static func lowercaseASCII(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        for index in 0..<bytes.count {
            let byte = base[index]
            base[index] = byte &- 65 < 26 ? byte | 0x20 : byte
        }
    }

    /// The query as the buffer spells it: UTF-8 with ASCII letters lower-cased.
    static func needle(_ query: String) -> [UInt8] {
        query.utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
    }

    /// Segments containing `needle`, ascending, each once; one pass over the buffer.
    func segments(containing needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty else { return [] }
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                var from = 0
                while let hit = Self.firstOffset(of: needle, in: haystack, from: from) {
                    let segment = self.segment(at: hit)
                    found.append(segment)
                    // One match per segment is all search needs: skip to the next one.
                    from = starts[segment + 1]
                }
            }
        }
        return found
    }

    /// A first-byte scan with memchr (vectorised in glibc), then a compare of the rest.
    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                                    from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
        let last = haystack.count - needle.count
        var from = start
        while from <= last {
            guard let hit = memchr(base + from, Int32(pattern[0]), last - from + 1) else { return nil }
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if needle.count == 1 || memcmp(base + offset + 1, pattern + 1, needle.count - 1) == 0 { return offset }
            from = offset + 1
        }
        return nil
    }

    /// The segment holding byte `offset` (binary search over the starts).
    private func segment(at offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return low
    }

    /// Which comment a segment is, or nil for the article's.
    func comment(inSegment segment: Int) -> Int32? {
        segment > articleBlocks ? Int32(segment - articleBlocks - 1) : nil
    }
}
