/// A word of a paragraph (split on spaces) as the reply passes compare it: by a 64-bit hash of its bare,
/// lower-cased form, never by a String of it. Hand-written because every word of a large page passes
/// here several times: an ASCII word is read from its bytes once, with no allocation; other words take
/// the Character path of `String.bare`, so both give the same key.
struct KeyedWord {
    /// The word as written, punctuation and all.
    let text: Substring
    /// `String.bare(text).utf8.fnv1a`.
    let key: UInt64
    /// Characters in the bare form.
    let bareLength: Int
    /// Its first letter is upper case.
    let isCapitalised: Bool
    /// The bare form mixes letters and digits ("2h40", "A320").
    let mixesLettersAndDigits: Bool
    /// First word of a sentence: the paragraph's first, or after a word ending in `.`, `?`, `!` or `…`.
    let opensSentence: Bool
}

extension StringProtocol {
    /// The words of the text, keyed.
    var keyedWords: [KeyedWord] {
        var cache = KeyedWord.Cache()
        return keyedWords(cache: &cache)
    }

    /// The words of the text, keyed, with the facts of words other than ASCII kept in `cache` for
    /// their next time: working them out takes Characters, which are slow, and words recur.
    /// Words are cut from the text's own bytes as they are read, with no array of them made first.
    func keyedWords(cache: inout KeyedWord.Cache) -> [KeyedWord] {
        let text = Substring(self)
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            forEachWord(in: bytes) { _ in count += 1; return true }
            var result: [KeyedWord] = []
            result.reserveCapacity(count)
            var opensSentence = true
            let base = text.utf8.startIndex
            forEachWord(in: bytes) { range in
                let word = text[text.utf8.index(base, offsetBy: range.lowerBound)..<text.utf8.index(base, offsetBy: range.upperBound)]
                let wordBytes = UnsafeBufferPointer(rebasing: bytes[range])
                let facts = KeyedWord.readASCII(wordBytes) ?? cache.facts(of: word)
                result.append(KeyedWord(text: word, facts: facts, opensSentence: opensSentence))
                opensSentence = KeyedWord.endsSentence(wordBytes)
                return true
            }
            return result
        } ?? String(text).keyedWords(cache: &cache) // a native copy's bytes are contiguous
    }
}

extension StringProtocol {
    /// Some word of the text has its key (as `keyedWords` keys it) in `keys`. Read from the bytes, with no
    /// array of words made: most lines are asked this only to be passed over.
    func hasWord(keyedIn keys: KeySet, cache: inout KeyedWord.Cache) -> Bool {
        let text = Substring(self)
        let base = text.utf8.startIndex
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var found = false
            forEachWord(in: bytes) { range in
                let key = KeyedWord.readASCII(UnsafeBufferPointer(rebasing: bytes[range]))?.key
                    ?? cache.facts(of: text[text.utf8.index(base, offsetBy: range.lowerBound)..<text.utf8.index(base, offsetBy: range.upperBound)]).key
                found = keys.contains(key)
                return !found
            }
            return found
        } ?? text.keyedWords(cache: &cache).contains { keys.contains($0.key) }
    }
}

/// Each word's range in `bytes` (split on spaces), in order, while `body` asks for more.
private func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Bool) {
    var start = 0
    for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
        defer { start = end + 1 }
        if start < end, !body(start..<end) { return }
    }
}

extension KeyedWord {
    /// What a word's own letters say, whatever its place.
    struct Facts {
        var key: UInt64
        var bareLength: Int
        var isCapitalised: Bool
        var mixesLettersAndDigits: Bool
    }

    /// Facts of words other than ASCII already worked out, up to a bound so that a page of ever new
    /// words cannot grow it without end.
    struct Cache {
        /// By a hash of the word's bytes: hashing a String of other letters than ASCII normalises it first,
        /// which is slow. (One hash for two words would mix them up, as `KeySet` would.)
        private var known: [UInt64: Facts] = [:]
        private static let limit = 1 << 12

        mutating func facts(of word: Substring) -> Facts {
            let hash = word.utf8.fnv1a
            if let facts = known[hash] { return facts }
            let bare = String.bare(word)
            var (length, numbers, letters) = (0, false, false)
            if let scalars = Substring(bare).simpleScalars {
                length = scalars.count
                numbers = scalars.contains { SimpleScalars.traits($0.value).contains(.number) }
                letters = scalars.contains { SimpleScalars.traits($0.value).contains(.letter) }
            } else {
                // One walk over the Characters for their count and kinds: each walk breaks the text into graphemes again.
                for character in bare {
                    length += 1
                    if !numbers, character.isNumber { numbers = true }
                    if !letters, character.isLetter { letters = true }
                }
            }
            let facts = Facts(key: bare.utf8.fnv1a, bareLength: length, isCapitalised: word.firstLetter?.isUppercase == true,
                              mixesLettersAndDigits: numbers && letters)
            // Full: started afresh, so it keeps the words of the comments at hand rather than the page's first.
            if known.count == Self.limit { known.removeAll(keepingCapacity: true) }
            known[hash] = facts
            return facts
        }
    }

    /// Two words in a row, one key: only whether two texts share the pair matters, so no String is made.
    static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 { first &* 0x9E37_79B9_7F4A_7C15 ^ second }

    init(text: Substring, facts: Facts, opensSentence: Bool) {
        self.text = text
        key = facts.key
        bareLength = facts.bareLength
        isCapitalised = facts.isCapitalised
        mixesLettersAndDigits = facts.mixesLettersAndDigits
        self.opensSentence = opensSentence
    }

    /// The facts of an all-ASCII word, from its bytes in one pass; nil for other words. The bare form runs from the first
    /// letter or figure to the last: the hash is taken on from the first, and kept as it stood after the last.
    static func readASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Facts? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325, key = hash
        var length = 0, bareLength = 0, started = false
        var capitalised: Bool?
        var letters = false, digits = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            let isLetter = lower &- 0x61 < 26, isDigit = lower &- 0x30 < 10
            if isLetter, capitalised == nil { capitalised = byte < 0x61 }
            if isLetter || isDigit { started = true }
            guard started else { continue }
            hash = (hash ^ UInt64(lower)) &* 0x100_0000_01B3
            length += 1
            if isLetter || isDigit {
                (key, bareLength) = (hash, length)
                if isLetter { letters = true } else { digits = true }
            }
        }
        return Facts(key: key, bareLength: bareLength, isCapitalised: capitalised ?? false, mixesLettersAndDigits: letters && digits)
    }
}

extension KeyedWord {
    /// The word's bytes end with the mark `String.sentences` splits after: `.`, `?`, `!` or `…` (E2 80 A6).
    static func endsSentence(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = word.last else { return false }
        return last == 0x2E || last == 0x3F || last == 0x21
            || last == 0xA6 && word.count >= 3 && word[word.count - 2] == 0x80 && word[word.count - 3] == 0xE2
    }
}

extension [KeyedWord] {
    /// The words of the first sentence, as `String.sentences` cuts it: up to the next word that opens one.
    var firstSentence: ArraySlice<KeyedWord> { self[..<(dropFirst().firstIndex(where: \.opensSentence) ?? count)] }
}

/// A set of word keys (`KeyedWord.key`), open-addressed. Hand-written because it is asked about every
/// word of a page: the key is already a hash, so it needs no hashing again. Two words with one 64-bit
/// key would be taken for each other; against lists of a few hundred words that does not happen in practice.
struct KeySet: Sendable {
    private var slots: [UInt64]
    private var hasZero = false

    init(_ words: some Sequence<String>) {
        self.init(keys: words.map(\.utf8.fnv1a))
    }

    /// The phrases of exactly two words, each pair keyed as `KeyedWord.pairKey` keys two words of a text.
    init(pairsIn phrases: some Sequence<String>) {
        self.init(keys: phrases.compactMap { phrase in
            let words = phrase.split(separator: " ", omittingEmptySubsequences: false)
            return words.count == 2 ? KeyedWord.pairKey(words[0].utf8.fnv1a, words[1].utf8.fnv1a) : nil
        })
    }

    init(keys: some Collection<UInt64>) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        for key in keys { insert(key) }
    }

    mutating func insert(_ key: UInt64) {
        guard key != 0 else { return hasZero = true }
        var slot = slot(of: key)
        while slots[slot] != 0 {
            if slots[slot] == key { return }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = key
    }

    func contains(_ key: UInt64) -> Bool {
        guard key != 0 else { return hasZero }
        var slot = slot(of: key)
        while slots[slot] != 0 {
            if slots[slot] == key { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }

    /// FNV's low bits are its weakest: the high bits of a multiply pick the slot.
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slots.count - 1)
    }
}
