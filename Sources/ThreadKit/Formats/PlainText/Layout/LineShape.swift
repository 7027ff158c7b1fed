/// A short line reduced to its shape: the parts that vary from comment to comment masked, so that
/// every comment's header of a page ("Ann said...", "Bob Lee said...") has one shape (`N said...`).
///
/// Words the page repeats often are kept as they are (`said...`, `Reply`, `Join Date:`): the page itself
/// tells which words are its layout's (`LineShape.Vocabulary`). Other words are names; numbers are counts;
/// dates, clock times and ages ("3 hours ago", "3y") are times; marks (`•`, `|`, `[–]`) are kept.
struct LineShape: Hashable, CustomStringConvertible {
    enum Token: Hashable {
        /// A word of the page's layout, lower-cased.
        case word(String)
        /// A run of words that vary: a name, a title, a flair.
        case name
        case count
        /// A date, a clock time or an age, however many words it takes.
        case time
        /// Punctuation standing alone: `•`, `|`, `»`, `[–]`, `:`.
        case mark(String)
    }

    var tokens: [Token]
    /// What a text browser's image stand-in is masked as: an avatar beside a name, not a mark of the layout.
    static let imageMark = "[image]"
    /// What a fediverse handle beside a display name is masked as.
    static let handleMark = "@handle"
    /// What a mail address in angle brackets is masked as.
    static let addressMark = "<address>"
    /// What words in brackets after a name are masked as ("[score hidden]", "[mod]").
    static let asideMark = "[…]"
    /// What every dash before a signature is masked as.
    static let dashMark = "—"
    /// What a post's number opening its header ("#12  Ann Lee") is masked as: a mark of the header, not a count.
    static let postNumberMark = "#N"

    var description: String {
        tokens.map { token in
            switch token {
            case .word(let word): return word
            case .name: return "NAME"
            case .count: return "N"
            case .time: return "DATE"
            case .mark(let mark): return mark
            }
        }.joined(separator: " ")
    }

    var hasName: Bool { tokens.contains(.name) }
    /// How many tokens the line is made of, an aside in brackets ("[flat|nested]") not counted: it adds to a line, not to its form.
    var structuralCount: Int { tokens.reduce(0) { $1 == .mark(Self.asideMark) ? $0 : $0 + 1 } }
    var hasTime: Bool { tokens.contains(.time) }
    /// Only a name: the name-lines layout's own author line.
    var isBareName: Bool { tokens == [.name] }

    /// The words of the page's layout: those that recur on many short lines.
    struct Vocabulary {
        var words: Set<String> = []
        /// Layout words that stand on short lines more often than in paragraphs ("said...", "»"), unlike "the" or "by".
        var labels: Set<String> = []

        /// Words on at least `minimum` short lines and on at least `share` of as many lines as the commonest word:
        /// a prolific commenter's name recurs too, but on fewer lines than the words of every header.
        /// The vocabulary of `lines`, their words cut here.
        init(lines: ArraySlice<PageLine>, rules: PlainTextRules) {
            self.init(lines: lines, shortWords: lines.map { $0.isShort ? ShapedLine.words(of: $0.text, rules: rules) : nil }, rules: rules)
        }

        /// `shortWords`: each short line's words as `ShapedLine.words` cuts them (what a text browser glued together apart),
        /// nil for the other lines.
        init(lines: ArraySlice<PageLine>, shortWords: [[Substring]?], rules: PlainTextRules) {
            var counts: [String: Int] = [:]
            // A word ending in a colon that opens a line is a field's label by its form ("From:", "Location:").
            var fields: [String: Int] = [:]
            for (offset, line) in shortWords.enumerated() {
                guard let words = line else { continue }
                var seen: Set<String> = []
                for word in words {
                    let key = LineShape.key(word)
                    if !key.isEmpty, seen.insert(key).inserted { counts[key, default: 0] += 1 }
                    if seen.count == 1, key.count > 1, key.last == ":", key.dropLast().allSatisfy(\.isLetter) { fields[key, default: 0] += 1 }
                }
                // So is a word alone on its line with a date or count glued under it, indented deeper: a text browser's definition
                // list ("Joined" / "    Oct 28, 2023", "Posts" / "    267"). (Not a name over its text or its menu: "jakob" /
                // "    I agree…", "Seasha" / "   + View Profile".)
                let index = lines.startIndex + offset
                if words.count == 1, index + 1 < lines.endIndex, lines[index + 1].blanksBefore == 0, lines[index + 1].indent > lines[index].indent,
                   lines[index + 1].isShort, lines[index + 1].text.listItem == nil, lines[index + 1].text.utf8.contains(where: { $0 &- 0x30 < 10 }),
                   case let key = LineShape.key(words[0]), key.count > 1, key.allSatisfy(\.isLetter) {
                    fields[key, default: 0] += 1
                }
            }
            let most = counts.values.max() ?? 0
            let floor = max(rules.layoutMinimumRepeats, Int((Double(most) * rules.layoutWordShare).rounded(.up)))
            // A participle of posting ("answered", "posted") or a verb of saying ("dijo:") is a header's word wherever it
            // recurs: on a page of few posts it recurs less than the words of the comments' signatures or of the site's menus.
            words = Set(counts.filter { count in
                count.value >= floor || count.value >= rules.layoutMinimumRepeats
                    && (rules.postingParticiples.contains(count.key) || rules.sayingVerbs.contains(count.key) || rules.replyButtons.contains(count.key))
            }.keys)
                .union(fields.filter { $0.value >= rules.layoutMinimumRepeats }.keys)
            var inParagraphs: [String: Int] = [:]
            for line in lines.lazy.filter({ !$0.isShort }).prefix(rules.layoutSampleParagraphs) {
                for word in line.text.words {
                    let key = LineShape.key(word)
                    if words.contains(key) { inParagraphs[key, default: 0] += 1 }
                }
            }
            labels = words.filter { (inParagraphs[$0] ?? 0) < counts[$0]! && !rules.proseWords.contains($0) }
        }

    }

    /// A word as the vocabulary knows it: lower case, without a text browser's link number (`[12]`).
    static func key(_ word: Substring) -> String {
        withoutReference(word).lowercasedQuickly
    }

    /// `[12]Ann` as `Ann`: `lynx -dump` numbers each link where it stands.
    static func withoutReference(_ word: Substring) -> Substring {
        guard word.first == "[", let close = word.firstIndex(of: "]"), close > word.index(after: word.startIndex),
              word[word.index(after: word.startIndex)..<close].allSatisfy(\.isASCIIDigit) else { return word }
        return word[word.index(after: close)...]
    }

    init(tokens: [Token]) { self.tokens = tokens }

    static func classify(_ word: Substring, vocabulary: Vocabulary, rules: PlainTextRules) -> Token {
        // Most words are letters of ASCII only, two or more: their own bare form and key, no count, mark or figure of a time.
        if word.utf8.count > 1, word.utf8.allSatisfy({ ($0 | 0x20) &- 0x61 < 26 }) {
            let lower = word.lowercased()
            if rules.layoutTimeTokens.contains(lower) { return .time }
            return vocabulary.words.contains(lower) ? .word(lower) : .name
        }
        // "[cc7cab]", "[icon_delete13.gif]", "[userpic-us]": a text browser's stand-in for an image (an avatar, an icon), named
        // as a file is.
        // (Not a toggle, "[-]", "[+]": a file's name joins words with its dash.)
        if word.first == "[", word.last == "]", word.contains(where: { $0.isASCIIDigit || $0 == "." }) || word.isJoinedFileName {
            return .mark(imageMark)
        }
        let bare = word.trimmingPunctuation
        // "@" or "#" alone is punctuation ("Ann @ 2019-03-05"), not a handle.
        if bare.isEmpty || bare == "@" || bare == "#" { return .mark(String(word)) }
        // "@ann@example.social" after a display name: the poster's handle on the fediverse, a mark of the header.
        if bare.first == "@", bare.dropFirst().contains("@"), bare.contains(".") { return .mark(handleMark) }
        if bare.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." }) { return .count }
        // "#2": a post's number.
        if bare.first == "#", bare.count > 1, bare.dropFirst().allSatisfy(\.isASCIIDigit) { return .count }
        if isNumericTime(bare) { return .time }
        if rules.layoutTimeTokens.contains(bare.lowercased()) { return .time }
        let key = key(word)
        if vocabulary.words.contains(key) { return .word(key) }
        // "1.2k" points, "+12"; not "K" alone, an initial ("K Lee").
        if bare.count > 1, bare.last.map({ "kK".contains($0) }) == true, bare.dropLast().allSatisfy({ $0.isASCIIDigit || $0 == "." }) {
            return .count
        }
        return .name
    }

    /// `5:00`, `17:02`, `03-03-2019`, `2019-03-03`, `3/3/19`, `3y`, `2h`, `10min`, `1mo`: figures with the
    /// separators or unit letters of dates, clocks and ages.
    private static func isNumericTime(_ word: Substring) -> Bool {
        // "@11h29": "at", before a clock's time (SPIP's "22 juin 2018 @11h29").
        let word = word.first == "@" ? word.dropFirst() : word
        guard let first = word.first, first.isASCIIDigit else { return false }
        let digits = word.prefix { $0.isASCIIDigit }
        let rest = word.dropFirst(digits.count)
        if rest.isEmpty { return false }
        if rest.allSatisfy({ $0.isASCIIDigit || ":-/.".contains($0) }) {
            return rest.contains { ":-/".contains($0) } && rest.contains { $0.isASCIIDigit }
        }
        // "08h07", "14h30": a clock's time as French and other languages write it.
        if digits.count <= 2, rest.count == 3, rest.first == "h", rest.dropFirst().allSatisfy(\.isASCIIDigit) { return true }
        let unit = rest.lowercased()
        return word.isCompactAge(.standard) || unit == "am" || unit == "pm"
            || (unit.first == ":" && (unit.hasSuffix("am") || unit.hasSuffix("pm")))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    /// "[userpic-us]", "[icon_smile]": words joined by a dash or an underscore inside brackets, as a file's name is.
    fileprivate var isJoinedFileName: Bool {
        guard first == "[", last == "]", count > 4 else { return false }
        let inner = dropFirst().dropLast()
        return inner.first?.isLetter == true && inner.last.map { $0.isLetter || $0.isNumber } == true && inner.contains { $0 == "-" || $0 == "_" }
    }

    /// Without the punctuation around a word ("(Ann)," as "Ann"); `@`, `#`, `_` and `/` stay, being parts of handles.
    var trimmingPunctuation: Substring {
        if let scalars = simpleScalars {
            let keep = { (scalar: (value: UInt16, offset: Int)) in
                !SimpleScalars.traits(scalar.value).isDisjoint(with: [.letter, .number]) || "@#_/".utf16.contains(scalar.value)
            }
            guard let first = scalars.firstIndex(where: keep), let last = scalars.lastIndex(where: keep) else { return self[endIndex...] }
            return bytes(scalars[first].offset, last + 1 < scalars.count ? scalars[last + 1].offset : utf8.count)
        }
        let keep: (Character) -> Bool = { $0.isLetter || $0.isNumber || "@#_/".contains($0) }
        guard let first = firstIndex(where: keep), let last = lastIndex(where: keep) else { return self[endIndex...] }
        return self[first...last]
    }
}
