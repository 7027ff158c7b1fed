extension StringProtocol {
    /// Words split on spaces.
    var words: [Substring] { pieces(between: 0x20, keepingEmpty: false) }

    /// More than `limit` words split on spaces, counted on the bytes up to `limit + 1`.
    func hasMoreWords(than limit: Int) -> Bool {
        withBytes { bytes in
            var count = 0, inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count > limit { return true }
                }
            }
            return false
        }
    }

    /// At most `limit` characters. Counting Characters is slow: bytes answer first (there are never
    /// fewer bytes than characters, and as many in ASCII).
    func hasAtMost(characters limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        let settled: Bool? = withBytes { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) { return false }
            // Nor fewer scalars (bytes that open one) than characters.
            if bytes.count(where: { $0 & 0xC0 != 0x80 }) <= limit { return true }
            return Self.characterStarts(bytes, upTo: limit + 1) > limit ? false : nil
        }
        if let settled { return settled }
        var characters = 0
        for _ in self {
            characters += 1
            if characters > limit { return false }
        }
        return true
    }

    /// Scalars of `bytes` that surely open a Character, counted up to `limit`: a simple scalar (`SimpleScalars`) that
    /// joins no neighbour does, unless the one before it may join it. So most text is counted without breaking it into graphemes.
    private static func characterStarts(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var count = 0, index = 0, previousJoins = false
        while index < bytes.count, count < limit {
            let (value, length) = SimpleScalars.scalar(in: bytes, at: index)
            let stands = value.flatMap(SimpleScalars.traits(of:)).map { !$0.contains(.joins) } ?? false
            if stands && !previousJoins { count += 1 }
            previousJoins = !stands
            index += length
        }
        return count
    }

    /// Words split on spaces, one at a time: for questions about the first few, no array of all of them.
    var lazyWords: LazyWords { LazyWords(Substring(self)) }

    /// The first of `words`, without splitting the rest.
    var firstWord: Substring? {
        var words = lazyWords
        return words.next()
    }

    /// Lines split on LF, empty ones kept.
    var lines: [Substring] { pieces(between: 0x0A, keepingEmpty: true) }

    /// Split on an ASCII byte, scanning UTF-8: an ASCII byte is never inside another character.
    private func pieces(between separator: UInt8, keepingEmpty: Bool) -> [Substring] {
        let text = Substring(self)
        if let pieces = text.utf8.withContiguousStorageIfAvailable({ bytes in
            text.pieces(of: bytes, between: separator, keepingEmpty: keepingEmpty)
        }) {
            return pieces
        }
        var result: [Substring] = []
        var start = text.utf8.startIndex
        var index = start
        let end = text.utf8.endIndex
        while index < end {
            if text.utf8[index] == separator {
                if keepingEmpty || start < index { result.append(text[start..<index]) }
                start = text.utf8.index(after: index)
            }
            index = text.utf8.index(after: index)
        }
        if keepingEmpty || start < end { result.append(text[start..<end]) }
        return result
    }
}

/// The words of a text split on spaces, as `words` splits them, read one at a time.
struct LazyWords: Sequence, IteratorProtocol {
    private let text: Substring
    private var position: String.Index

    init(_ text: Substring) {
        self.text = text
        position = text.utf8.startIndex
    }

    mutating func next() -> Substring? {
        let bytes = text.utf8
        while position < bytes.endIndex, bytes[position] == 0x20 { bytes.formIndex(after: &position) }
        guard position < bytes.endIndex else { return nil }
        let start = position
        while position < bytes.endIndex, bytes[position] != 0x20 { bytes.formIndex(after: &position) }
        return text[start..<position]
    }
}

extension Substring {
    /// `pieces(between:keepingEmpty:)` read from the text's own bytes, `bytes`: a byte offset is an index
    /// there, so no index is stepped through byte by byte.
    fileprivate func pieces(of bytes: UnsafeBufferPointer<UInt8>, between separator: UInt8, keepingEmpty: Bool) -> [Substring] {
        var result: [Substring] = []
        let base = utf8.startIndex
        func piece(_ start: Int, _ end: Int) -> Substring {
            self[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: end)]
        }
        var start = 0
        for offset in 0..<bytes.count where bytes[offset] == separator {
            if keepingEmpty || start < offset { result.append(piece(start, offset)) }
            start = offset + 1
        }
        if keepingEmpty || start < bytes.count { result.append(piece(start, bytes.count)) }
        return result
    }
}

extension StringProtocol {
    /// The first letter, if any: read from the bytes while they are ASCII, as Characters only after.
    /// (For case questions: a combining mark after an ASCII letter changes neither answer.)
    var firstLetter: Character? {
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0x80 {
                let rest = Substring(self[index...])
                if let scalars = rest.simpleScalars {
                    return scalars.first { SimpleScalars.traits($0.value).contains(.letter) }.map { Character(Unicode.Scalar($0.value)!) }
                }
                return rest.first(where: \.isLetter)
            }
            if (byte | 0x20) &- 0x61 < 26 { return Character(Unicode.Scalar(byte)) }
            index = utf8.index(after: index)
        }
        return nil
    }
}

/// a-z, A-Z or 0-9.
func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

extension Substring {
    /// Some character of it is a letter or a figure; an all-ASCII word is answered from its bytes.
    var hasLetterOrFigure: Bool {
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.contains(where: isASCIIAlphanumeric) }
        if let scalars = Substring(self).simpleScalars {
            return scalars.contains { !SimpleScalars.traits($0.value).isDisjoint(with: [.letter, .number]) }
        }
        return contains { $0.isLetter || $0.isNumber }
    }
}

/// An ASCII byte whose character `Character.isPunctuation` calls punctuation, from a mask: the property lookup is slow.
func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    byte < 0x40 ? asciiPunctuationMask.low >> byte & 1 == 1 : byte < 0x80 && asciiPunctuationMask.high >> (byte - 0x40) & 1 == 1
}

private let asciiPunctuationMask: (low: UInt64, high: UInt64) = ##"!"#%&'()*,-./:;?@[\]_{}"##.utf8.reduce((0, 0)) { mask, byte in
    byte < 0x40 ? (mask.0 | 1 << byte, mask.1) : (mask.0, mask.1 | 1 << (byte - 0x40))
}

extension Substring {
    /// The word without the punctuation around it: `(Hunter),` → `Hunter`. Bytes for an ASCII word:
    /// Character properties are slow.
    var alphanumericCore: Substring {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard let first = utf8.firstIndex(where: isASCIIAlphanumeric), let last = utf8.lastIndex(where: isASCIIAlphanumeric) else {
                return self[endIndex...]
            }
            return self[first...last]
        }
        if let scalars = simpleScalars {
            let isAlphanumeric = { (scalar: (value: UInt16, offset: Int)) in !SimpleScalars.traits(scalar.value).isDisjoint(with: [.letter, .number]) }
            guard let first = scalars.firstIndex(where: isAlphanumeric), let last = scalars.lastIndex(where: isAlphanumeric) else {
                return self[endIndex...]
            }
            return bytes(scalars[first].offset, last + 1 < scalars.count ? scalars[last + 1].offset : utf8.count)
        }
        let isAlphanumeric = { (character: Character) in character.isLetter || character.isNumber }
        guard let first = firstIndex(where: isAlphanumeric), let last = lastIndex(where: isAlphanumeric) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}

/// Small questions about a line of text that several passes ask.
extension String {
    /// Lower-cased word with surrounding punctuation removed: "Thanks!" → "thanks".
    static func bare(_ word: Substring) -> String {
        if let ascii = asciiBare(word) { return ascii }
        let core = word.alphanumericCore
        return core.isEmpty ? "" : core.lowercasedQuickly
    }

    /// `bare` on bytes for the common all-ASCII word; nil when the word has other characters.
    private static func asciiBare(_ word: Substring) -> String? {
        word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let first = bytes.firstIndex(where: isASCIIAlphanumeric), let last = bytes.lastIndex(where: isASCIIAlphanumeric) else {
                return ""
            }
            // Written straight into the String: no array in between.
            return String(unsafeUninitializedCapacity: last - first + 1) { buffer in
                for offset in 0...(last - first) {
                    let byte = bytes[first + offset]
                    buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return last - first + 1
            }
        } ?? nil
    }

    var firstBareWord: String? {
        // Leading dots and ellipses ("………….well") are decoration, not a word.
        lazyWords.lazy.map { String.bare($0) }.first { !$0.isEmpty }
    }

    var startsLowercase: Bool { firstLetter?.isLowercase ?? false }

    /// The first number written in figures ("38" in "Comments (38)", "1204" in "1,204 comments"), commas inside it let go.
    var firstFigure: Int? {
        var value: Int?
        for byte in utf8 {
            if byte &- 0x30 < 10 {
                let (times, overflow) = (value ?? 0).multipliedReportingOverflow(by: 10)
                if overflow { return value }
                value = times &+ Int(byte &- 0x30)
            } else if value != nil, byte != UInt8(ascii: ",") {
                break
            }
        }
        return value
    }

    var containsQuestion: Bool { holds("?") }

    /// ":)", ";(", ":D", or an emoji at the very end.
    var endsWithSmiley: Bool {
        // The smileys' last bytes are the last Characters: a mark combining with them would come after them.
        if [":)", ";)", ":(", ";(", ":D", ":P", ":-)", ";-)", ":-("].contains(where: { utf8.reversed().starts(with: $0.utf8.reversed()) }) {
            return true
        }
        guard let last = unicodeScalars.last(where: { $0.value != 0xFE0F && $0.value != 0x200D }) else { return false }
        return last.properties.isEmojiPresentation
    }

    /// Emoji alone ("❤️", "👍🏻 🙂"): a reaction written as a comment's whole text, no mark of a page's layout ("•", "|").
    var isEmojiOnly: Bool {
        let scalars = unicodeScalars.filter { $0 != " " && $0.value != 0xFE0F && $0.value != 0x200D && !(0x1F3FB...0x1F3FF).contains($0.value) }
        return !scalars.isEmpty && scalars.allSatisfy(\.isPictograph)
    }

    /// Sentence punctuation at the end, but for the full stop of a name's initial or title ("Gus H.", "Ann Lee Jr.").
    var endsLikeASentence: Bool {
        guard endsWithSentencePunctuation else { return false }
        guard last == ".", let word = split(separator: " ").last, word.count > 1 else { return true }
        return !AuthorLine.isInitialOrTitleStop(Substring(word))
    }

    /// A sentence's end, or a quotation's or an aside's closed after one ("… for a living.\"", "… so cool.)"), or a smiley.
    /// (Asked of the line over every glued line that may be a header: the last Character first, most lines end in none.)
    var closesASentence: Bool {
        if endsWithSentencePunctuation { return true }
        guard let last else { return false }
        let closers = ")\"'”’»]"
        if closers.contains(last), String(reversed().drop(while: closers.contains).reversed()).endsWithSentencePunctuation { return true }
        return endsWithSmiley
    }

    /// Western or full-width (CJK) sentence punctuation: `。！？` end sentences, never names.
    var endsWithSentencePunctuation: Bool {
        // An ASCII last byte is the last Character (a mark combining with it would come after it), as most lines end.
        if let byte = utf8.last, byte < 0x80 {
            return byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A || byte == 0x3B || byte == 0x2C
        }
        // The others are scalars of three bytes: a line ending in one of two bytes (a letter, or a mark on one) ends in none.
        if let lead = utf8.reversed().first(where: { $0 & 0xC0 != 0x80 }), lead < 0xE0 { return false }
        guard let last = last else { return false }
        return ".!?…:;,。！？；：，、".contains(last)
    }

    /// Letters from scripts without case (CJK, Arabic, Hebrew, Thai…): such names cannot be title case.
    var isCaselessScript: Bool {
        // An ASCII letter has a case: most names answer on their bytes.
        if utf8.contains(where: { ($0 | 0x20) &- 0x61 < 26 }) { return false }
        if let scalars = Substring(self).simpleScalars {
            let letters = scalars.map { SimpleScalars.traits($0.value) }.filter { $0.contains(.letter) }
            return !letters.isEmpty && letters.allSatisfy { $0.isDisjoint(with: [.uppercase, .lowercase]) }
        }
        let letters = filter { $0.isLetter }
        return !letters.isEmpty && letters.allSatisfy { !$0.isUppercase && !$0.isLowercase }
    }

    /// Collapsed white space, for comparing text that was repeated.
    var normalisedForComparison: String {
        // Most text has single spaces between words and none at the ends: then it is its own form.
        let singleSpaced = withBytes { bytes in
            var previous: UInt8 = 0x20
            for byte in bytes {
                if byte == 0x20 && previous == 0x20 { return false }
                previous = byte
            }
            return previous != 0x20
        }
        return singleSpaced ? self : words.joined(separator: " ")
    }

    /// Sentences split after `.`, `?`, `!` or `…` followed by a space; found on UTF-8 bytes.
    /// Read from the text's own bytes, where a byte offset is an index: no index is stepped through byte by byte.
    var sentences: [Substring] {
        let text = Substring(self)
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var result: [Substring] = []
            let base = text.utf8.startIndex
            func piece(_ start: Int, _ end: Int) -> Substring { text[text.utf8.index(base, offsetBy: start)..<text.utf8.index(base, offsetBy: end)] }
            var start = 0, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var next = index + 1
                // `…` is E2 80 A6.
                let isEllipsis = byte == 0xE2 && next + 1 < bytes.count && bytes[next] == 0x80 && bytes[next + 1] == 0xA6
                if isEllipsis { next += 2 }
                if byte == 0x2E || byte == 0x3F || byte == 0x21 || isEllipsis, next < bytes.count, bytes[next] == 0x20 {
                    result.append(piece(start, next))
                    start = next + 1
                    index = start
                    continue
                }
                index = next
            }
            if start < bytes.count { result.append(piece(start, bytes.count)) }
            return result
        } ?? String(text).sentences // a native copy's bytes are contiguous
    }
}

extension StringProtocol {
    /// "4h", "45m", "10min", "1mo": figures and a unit of a compact age (`PlainTextRules.compactAgeUnits`), one reading
    /// for furniture shapes and layout shapes alike.
    func isCompactAge(_ rules: PlainTextRules) -> Bool {
        guard let unit = firstIndex(where: { !$0.isASCIIDigit }), unit > startIndex else { return false }
        // "1990s", "1800s": a decade or century, not seconds.
        if distance(from: startIndex, to: unit) == 4, self[index(before: unit)] == "0", self[unit...].lowercased() == "s" { return false }
        return rules.compactAgeUnits.contains(self[unit...].lowercased())
    }
}

extension StringProtocol {
    /// `lowercased()`, from the table of small scalars where the text has only those (ASCII is quick already).
    var lowercasedQuickly: String {
        let text = Substring(self)
        if !text.utf8.allSatisfy({ $0 < 0x80 }), let scalars = text.simpleScalars, let lowered = SimpleScalars.lowercased(scalars) {
            return lowered
        }
        return text.lowercased()
    }
}

extension String {
    /// The text up to the end of its `count`th word (words split on spaces), found on the bytes: the line is not split.
    func firstWords(_ count: Int) -> Substring {
        var words = 0, inWord = false
        for index in utf8.indices {
            if utf8[index] == 0x20 {
                if inWord, words == count { return self[..<index] }
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return self[...]
    }

    /// The last of `words`, found from the end of the bytes: the line is not split.
    var lastWord: Substring? {
        let bytes = utf8
        guard let last = bytes.lastIndex(where: { $0 != 0x20 }) else { return nil }
        let start = bytes[..<last].lastIndex(of: 0x20).map(bytes.index(after:)) ?? bytes.startIndex
        return self[start..<bytes.index(after: last)]
    }
}

extension Unicode.Scalar {
    /// An emoji as a person types one: drawn so by default, or one of the symbols past the ASCII-like marks that may be ("❤").
    var isPictograph: Bool { properties.isEmojiPresentation || properties.isEmoji && value > 0x2000 }
}
