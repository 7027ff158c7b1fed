/// What a pass worked out for a short line, kept for the line's next appearance: names, footers and
/// headers recur through a page, hundreds of times on a large one. Found by a hash of the line's bytes,
/// checked against the bytes, since hashing a String of letters other than ASCII normalises it first.
struct LineMemo<Value> {
    private var known: [UInt64: (text: String, value: Value)] = [:]
    /// Lines longer than this are worked out every time: they are paragraphs, and seldom recur.
    private let maximumBytes: Int
    /// So that a page of ever new lines cannot grow it without end.
    private static var limit: Int { 1 << 12 }

    init(maximumBytes: Int) { self.maximumBytes = maximumBytes }

    mutating func value(of text: String, _ work: (String) -> Value) -> Value {
        guard text.utf8.count <= maximumBytes else { return work(text) }
        let hash = text.utf8.fnv1a
        if let entry = known[hash], entry.text.utf8.elementsEqual(text.utf8) { return entry.value }
        let value = work(text)
        if known.count < Self.limit { known[hash] = (text, value) }
        return value
    }
}
