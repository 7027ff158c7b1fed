/// A map from 64-bit hashes of text to comment numbers, open-addressed and filled to 7/8 before it
/// grows. A 100k-comment page records ~440k sentences; a `Dictionary` (at most 3/4 full, so 2^20
/// slots for them) took twice the memory of this table's 2^19.
struct CommentsByHash {
    private var keys: [UInt64]
    private var comments: [Int32]
    private var count = 0
    /// Keys are stored as non-zero; zero marks an empty slot.
    private static let empty: UInt64 = 0

    /// Room for `expected` entries without growing: growing by doubling would hold the table twice.
    init(expecting expected: Int) {
        var capacity = 16
        while capacity / 8 * 7 < expected { capacity *= 2 }
        keys = Array(repeating: Self.empty, count: capacity)
        comments = Array(repeating: 0, count: capacity)
    }

    subscript(hash: UInt64) -> Int32? {
        get {
            let key = Self.stored(hash)
            var slot = slot(of: key)
            while keys[slot] != Self.empty {
                if keys[slot] == key { return comments[slot] }
                slot = (slot + 1) & (keys.count - 1)
            }
            return nil
        }
        set {
            guard let comment = newValue else { preconditionFailure("entries are never removed") }
            if count + 1 > keys.count / 8 * 7 { grow() }
            let key = Self.stored(hash)
            var slot = slot(of: key)
            while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
            if keys[slot] == Self.empty { count += 1 }
            keys[slot] = key
            comments[slot] = comment
        }
    }

    private static func stored(_ hash: UInt64) -> UInt64 { hash == empty ? 1 : hash }

    /// The high bits of the hash times the golden ratio: well mixed even when the low bits are not.
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - keys.count.trailingZeroBitCount))
    }

    private mutating func grow() {
        var larger = CommentsByHash(expecting: keys.count)
        for slot in keys.indices where keys[slot] != Self.empty { larger[keys[slot]] = comments[slot] }
        self = larger
    }
}
