/// A set of comment indices as a bitset: folding or filtering every comment of a
/// 100,000-comment thread touches a few kilobytes, not a hash table.
public struct CommentSet: Sendable, Equatable {
    private var words: [UInt64]

    public init(capacity: Int) {
        words = Array(repeating: 0, count: (max(0, capacity) + 63) / 64)
    }

    /// The comments below `capacity` that `isMember` picks, asked in order: a word is filled at a time, where
    /// inserting them one by one would check the words are not shared at each.
    public init(capacity: Int, where isMember: (Int32) -> Bool) {
        words = (0..<(max(0, capacity) + 63) / 64).map { word in
            var bits: UInt64 = 0
            for bit in 0..<min(64, capacity - word * 64) where isMember(Int32(word * 64 + bit)) { bits |= 1 << UInt64(bit) }
            return bits
        }
    }

    public init(capacity: Int, members: some Sequence<Int32>) {
        self.init(capacity: capacity)
        for member in members { insert(member) }
    }

    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    public func contains(_ index: Int32) -> Bool {
        let (word, bit) = Self.place(index)
        return word < words.count && words[word] & bit != 0
    }

    public mutating func insert(_ index: Int32) {
        let (word, bit) = Self.place(index)
        words[word] |= bit
    }

    public mutating func remove(_ index: Int32) {
        let (word, bit) = Self.place(index)
        words[word] &= ~bit
    }

    public mutating func toggle(_ index: Int32) {
        let (word, bit) = Self.place(index)
        words[word] ^= bit
    }

    public mutating func removeAll() {
        for index in words.indices { words[index] = 0 }
    }

    /// The comments in either set.
    public func union(_ other: CommentSet) -> CommentSet {
        var union = words.count >= other.words.count ? self : other
        for (index, word) in (words.count >= other.words.count ? other : self).words.enumerated() { union.words[index] |= word }
        return union
    }

    /// The comments in the set, in order.
    public var members: [Int32] {
        var found: [Int32] = []
        for (index, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                found.append(Int32(index * 64 + bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        return found
    }

    private static func place(_ index: Int32) -> (Int, UInt64) {
        (Int(index) >> 6, UInt64(1) << UInt64(Int(index) & 63))
    }
}
