/// Small integers looked up by a 64-bit hash that is already well mixed (`fnv1a`), with open addressing.
///
/// Hand-written because it is hot: a large page's every name line is looked up here on its first screen, and
/// `Dictionary` hashes its keys again (SipHash), which cost as much as the rest of the lookup.
struct HashedIndex {
    private var hashes: [UInt64]
    private var values: [Int32]
    private let mask: Int
    /// How many entries it was made for (it holds no more than half as many as it has room for).
    let capacity: Int

    /// Room for `capacity` entries at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        self.capacity = size / 2
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

/// Strings numbered in the order they were first added, found by the hash of their bytes, so that no lookup hashes a
/// String through Unicode normalisation as `Dictionary` does (strings are told apart by their bytes). Another string of
/// the same hash goes on to the next hash of a fixed sequence, where lookups follow it.
struct TextNumbers {
    private var index: HashedIndex
    private(set) var texts: [String] = []

    /// Room for `capacity` strings: no more may be added.
    init(capacity: Int) { index = HashedIndex(capacity: capacity) }

    /// The number of `text`; nil when it was never added.
    func number(of text: String) -> Int? {
        var hash = text.utf8.fnv1a
        while let number = index[hash] {
            if texts[number].utf8.elementsEqual(text.utf8) { return number }
            hash = Self.next(hash)
        }
        return nil
    }

    /// The number of `text`, added if it is new.
    mutating func add(_ text: String) -> Int {
        var hash = text.utf8.fnv1a
        while let number = index[hash] {
            if texts[number].utf8.elementsEqual(text.utf8) { return number }
            hash = Self.next(hash)
        }
        precondition(texts.count < index.capacity, "more strings than room was made for")
        index.insert(texts.count, for: hash)
        texts.append(text)
        return texts.count - 1
    }

    private static func next(_ hash: UInt64) -> UInt64 { hash &* 0x100_0000_01B3 &+ 1 }
}
