/// Small integers looked up by a 64-bit hash that is already well mixed (`fnv1a`), with open addressing.
///
/// Hand-written because it is hot: a large page's every name line is looked up here on its first screen, and
/// `Dictionary` hashes its keys again (SipHash), which cost as much as the rest of the lookup.
struct HashedIndex {
    private var hashes: [UInt64]
    private var values: [Int32]
    private let mask: Int

    /// Room for `capacity` entries at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The value stored under `hash`; nil when there is none.
    subscript(hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while values[slot] >= 0 {
            if hashes[slot] == hash { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` (not negative) under `hash`, unless a value is stored there already.
    mutating func insert(_ value: Int, for hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while values[slot] >= 0 {
            if hashes[slot] == hash { return }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        values[slot] = Int32(value)
    }
}
