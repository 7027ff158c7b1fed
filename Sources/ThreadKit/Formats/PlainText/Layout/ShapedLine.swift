/// A short line's shape with the words behind each token, so that a header's name slot can be read back.
struct ShapedLine {
    var shape: LineShape
    /// The line's words (without `lynx` link numbers) and, per token, the words it took.
    var words: [Substring]
    var spans: [Range<Int>]

    init(_ text: String, vocabulary: LineShape.Vocabulary, rules: PlainTextRules) {
        self.init(words: Self.words(of: text, rules: rules), vocabulary: vocabulary, rules: rules)
    }

    /// The shape of a line of `words`, as `words(of:rules:)` cut them.
    init(words: [Substring], vocabulary: LineShape.Vocabulary, rules: PlainTextRules) {
        self.words = words
        var tokens: [LineShape.Token] = []
        spans = []
        var addressEnd = -1
        var leadingMarks = 0
        for (index, word) in words.enumerated() {
            // A mail address in angle brackets, however an archive disguises it ("<ann () example ! org>"), is one mark:
            // it ends the name before it.
            if index <= addressEnd { continue }
            if word.first == "<", word.count > 1, let close = words[index...].prefix(8).firstIndex(where: { $0.last == ">" }) {
                tokens.append(.mark(LineShape.addressMark))
                spans.append(index..<close + 1)
                addressEnd = close
                continue
            }
            // "acore8604 [score hidden] 2 hours ago", "ann [mod] 3 points": words in brackets between a name and the rest of the
            // header are an aside (a hidden score, a badge), which ends the name, in any language. At the line's end they may be
            // the name's or a mark the page's other lines end with ("` Ann Lee [this message]").
            if tokens.last == .name, let close = Self.bracketAside(from: index, in: words), close + 1 < words.count {
                tokens.append(.mark(LineShape.asideMark))
                spans.append(index..<close + 1)
                addressEnd = close
                continue
            }
            // A list's number or bullet says how the comments nest, not how their headers look (`lynx -dump` bullets
            // each level of a nested list with its own mark: `*`, `+`, `o`, `#`, `@`).
            // So do the marks after it before the header's first word: a permalink's "#", a link to the parent's "^"
            // ("+ [38]# [39]^ Le 2 juillet…" under "* [27]# Le 17 juillet…").
            // So does a mail address before a name (no word of the page's layout: "ann@example.org wrote:" names its poster), an
            // avatar's alt text ("drzhutchinson@att.net' Roberta says:").
            func isLeadingMark() -> Bool {
                if word.isReplyArrow || word == "^" { return true }
                if index == 0 ? String(word).listNumber != nil || word.isListBullet : word == "#" { return true }
                guard word.isMailAddress, let next = words[(index + 1)...].first(where: { !$0.isMailAddress }) else { return false }
                return next.first?.isLetter == true && !vocabulary.words.contains(LineShape.key(next))
            }
            if index == leadingMarks, index + 1 < words.count, isLeadingMark() {
                leadingMarks += 1
                continue
            }
            // A signature's dash, however typed ("—Tom", "-- Tom", "– Tom"), is one mark; not a minus ("-1", a score).
            if index == 0, let dash = word.prefix(while: { "—–―-~".contains($0) }).nilIfEmpty, dash.count < word.count || words.count > 1,
               word.dropFirst(dash.count).first?.isASCIIDigit != true {
                tokens.append(.mark(LineShape.dashMark))
                spans.append(index..<index)
                if dash.count == word.count { continue }
                let rest = word.dropFirst(dash.count)
                tokens.append(LineShape.classify(rest, vocabulary: vocabulary, rules: rules))
                spans.append(index..<index + 1)
                continue
            }
            var token = LineShape.classify(word, vocabulary: vocabulary, rules: rules)
            // "18. Oktober 2023", "3 mai 2019 à 14h", an archive's "Oktober (3)": a month of another language is a date's beside a
            // figure, though the page repeats it.
            if token == .name || token.isWord,
               tokens.last == .count || index + 1 < words.count && words[index + 1].drop(while: { $0 == "(" }).first?.isASCIIDigit == true,
               rules.otherMonthNames.contains(word.trimmingPunctuation.lowercased()) {
                token = .time
            }
            // "March 1st", "1er juillet", "1º de março": a day's ordinal beside a month is the date's figure.
            if token == .name, word.isOrdinal(rules),
               tokens.last == .time || words[(index + 1)...].prefix(2).contains(where: { rules.isMonth($0.trimmingPunctuation.lowercased()) }) {
                token = .count
            }
            if index == 0, word.count > 1, word.first == "#", word.dropFirst().allSatisfy(\.isASCIIDigit), words.count > 1 {
                token = .mark(LineShape.postNumberMark)
            }
            // After a field's label ("From:"), a capitalised word the page repeats is its value, a prolific poster's name.
            if case .word(let label)? = tokens.first, label.hasSuffix(":"), token.isWord, index > 0,
               word.first?.isUppercase == true, !word.hasSuffix(":") {
                token = .name
            }
            // A unit with no count before it ("the Sunday folk hour"), or "am" and "pm" with no clock's figures ("what am I
            // doing"), is a word.
            if token == .time, tokens.last != .count, tokens.last != .time {
                let lower = word.trimmingPunctuation.lowercased()
                let unitAlone = rules.layoutTimeUnits.contains(lower) && (index == 0 || !["a", "an"].contains(words[index - 1].lowercased()))
                    && (index + 1 == words.count || !rules.agoWords.contains(words[index + 1].trimmingPunctuation.lowercased()))
                if unitAlone || rules.clockHalves.contains(lower) {
                    // German "am" before a date ("Ann Lee am 18. Oktober 2023") is the header's small word, not the name's.
                    let isProse = rules.proseWords.contains(lower) && tokens.last == .name && index + 1 < words.count
                        && words[index + 1].first?.isASCIIDigit == true
                    token = vocabulary.words.contains(LineShape.key(word)) || isProse ? .word(LineShape.key(word)) : .name
                }
            }
            // "June Whitaker", "Jan Kowalski": a month's or a day's name before a capitalised word that dates nothing, with no
            // figure or time before it, is a first name.
            if token == .time, tokens.last != .count, tokens.last != .time, word.first?.isUppercase == true, word.allSatisfy(\.isLetter),
               index + 1 < words.count, words[index + 1].first?.isUppercase == true,
               !rules.layoutTimeTokens.contains(words[index + 1].trimmingPunctuation.lowercased()) {
                let lower = word.lowercased()
                if rules.monthNames.contains(lower) || rules.dayNames.contains(lower) { token = .name }
            }
            // "85 years old": an age, no date; nor is "58 seconds." closing a sentence (a unit spelt out, its full stop after it,
            // the line's last word: "6 yr." abbreviates one).
            if token == .time, rules.layoutTimeUnits.contains(word.trimmingPunctuation.lowercased()),
               index + 1 < words.count && rules.ageWords.contains(words[index + 1].trimmingPunctuation.lowercased())
                || index + 1 == words.count && word.count > 4 && word.last == "." && word.dropLast().allSatisfy(\.isLetter) {
                token = .word(LineShape.key(word))
            }
            // "2 days ago · edited", "Mar 3 · 5:00 pm": times either side of a separator are one.
            if token == .time, tokens.count >= 2, tokens[tokens.count - 2] == .time, case .mark(let mark)? = tokens.last,
               ["·", "•", "|"].contains(mark) {
                tokens.removeLast()
                spans.removeLast()
                spans[spans.count - 1] = spans[spans.count - 1].lowerBound..<index + 1
                continue
            }
            // Runs collapse: a name of three words is one name, "Mar 3, 2019 at 5:00 pm" two times around "at"; not a handle
            // that ends the line ("Quinn Harlow @qharlow"), which is read as the display name's below.
            let endsWithHandle = index > 0 && index == words.count - 1 && word.isLocalHandle
            switch (tokens.last, token) {
            case (.name?, .name) where endsWithHandle:
                tokens.append(token)
                spans.append(index..<index + 1)
            case (.name?, .name), (.time?, .time), (.time?, .count), (.count?, .count):
                spans[spans.count - 1] = spans[spans.count - 1].lowerBound..<index + 1
                continue
            case (let last?, .time) where last == .count || spans[spans.count - 1].count == 1 && ["a", "an"].contains(words[index - 1].lowercased()):
                // "3 hours ago", and "a year ago": the article counts one.
                tokens[tokens.count - 1] = .time
                spans[spans.count - 1] = spans[spans.count - 1].lowerBound..<index + 1
                continue
            default:
                tokens.append(token)
                spans.append(index..<index + 1)
            }
        }
        // "Mireille Fontaine @mireille": a handle of the poster's own instance, which names no instance, ends a display name as
        // a remote one does ("@kestrel@fedi.example").
        if tokens.count >= 2, spans.last?.count == 1, let last = spans.last?.lowerBound, last == words.count - 1,
           words[last].isLocalHandle, tokens.dropLast().contains(where: { $0 == .name || $0.isWord }) {
            tokens[tokens.count - 1] = .mark(LineShape.handleMark)
        }
        shape = LineShape(tokens: tokens)
    }

    /// The fediverse handle right after the words of `slot` ("@ann@example.social", or "@ann" ending the line), if one is there.
    func handle(after slot: Range<Int>) -> Substring? {
        guard let token = spans.firstIndex(where: { $0.lowerBound == slot.upperBound }),
              shape.tokens[token] == .mark(LineShape.handleMark) else { return nil }
        return words[slot.upperBound].trimmingPunctuation
    }

    /// The index of the word that closes a bracket opened at `index` within a few words ("[score" "hidden]", "[S]"), when the
    /// words in it have letters: not a text browser's stand-in for an image ("[cc7cab]"), nor a box ("[ ]").
    private static func bracketAside(from index: Int, in words: [Substring]) -> Int? {
        guard words[index].first == "[", words[index].count > 1,
              let close = words[index...].prefix(3).firstIndex(where: { $0.last == "]" }),
              !words[index...close].contains(where: { $0.contains(where: { $0.isASCIIDigit || $0 == "." }) }),
              words[index...close].contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        return close
    }

    /// A name goes on past an initial or a short title ("J. Smith", "Revd. Susan Hale"), not past a sentence's end ("Thanks.
    /// I'm fine now" in a reply's text).
    static func endsSentence(_ word: Substring, rules: PlainTextRules) -> Bool {
        guard let close = word.last, ".!?".contains(close) else { return false }
        let letters = word.filter(\.isLetter)
        guard close == ".", let first = letters.first else { return true }
        return first.isLowercase ? letters.count >= 3 : letters.count >= 5 && rules.nameTitles[letters.lowercased()] == nil
    }

    /// The words of a line as the shapes read them: without `lynx` link numbers, and what a text browser glued
    /// together apart.
    static func words(of text: String, rules: PlainTextRules) -> [Substring] {
        var words: [Substring] = []
        for piece in text.words {
            // A number in brackets standing alone ("[224]") is no link's number, which lynx glues to the link's text: an image's
            // stand-in named by figures (w3m's), as "[71d]" is.
            let word = piece.last == "]" ? piece : LineShape.withoutReference(piece)
            if mayBeGlued(word) { words += unglued(word, rules: rules) } else { words.append(word) }
        }
        // "Lennie10 March 2019", "Sana6. Juni 2015": the day of a date glued to the name before it (w3m); the month after it
        // tells, when no day follows the month ("dave_k78 October 12, 2023" is a name and a date).
        for index in words.indices.dropLast().reversed() {
            let word = words[index]
            // A figure ends the word, or does before a dot: read on the last bytes, as most words end otherwise.
            let tail = word.utf8.last == UInt8(ascii: ".") ? word.utf8.dropLast() : word.utf8[...]
            guard let last = tail.last, last &- 0x30 < 10 else { continue }
            let dot = word.last == "." ? 1 : 0
            let digits = word.dropLast(dot).reversed().prefix { $0.isASCII && $0.isNumber }.count
            guard (1...2).contains(digits), word.count > digits + dot, word.dropLast(digits + dot).last?.isLetter == true,
                  let day = Int(word.dropLast(dot).suffix(digits)), (1...31).contains(day),
                  rules.isMonth(words[index + 1].trimmingPunctuation.lowercased()),
                  index + 2 == words.count || !isDay(words[index + 2]) else { continue }
            let split = word.index(word.endIndex, offsetBy: -(digits + dot))
            words.replaceSubrange(index...index, with: [word[..<split], word[split...]])
        }
        return words
    }

    /// "12," or "3": a day of a month after its name.
    private static func isDay(_ word: Substring) -> Bool {
        let digits = word.prefix { $0.isASCIIDigit }
        return (1...2).contains(digits.count) && word.dropFirst(digits.count).allSatisfy { $0 == "," }
    }

    /// Each word of every short line is asked: the commonest, short or of small letters only, are no two words glued.
    private static func mayBeGlued(_ word: Substring) -> Bool {
        word.utf8.count > 4 && !word.hasAtMost(characters: 4)
            && (word.utf8.dropFirst().contains(where: { $0 >= 0x80 || $0 & 0xE0 == 0x40 || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
                || word.first == "[")
    }

    /// "SinclairMarch" as "Sinclair" and "March": a text browser prints a name and the date after it with no space
    /// between where the page's markup has none (so too an image before the name, a verb after it).
    static func unglued(_ word: Substring, rules: PlainTextRules) -> [Substring] {
        guard mayBeGlued(word) else { return [word] }
        // "[e07d98e0]Priyanka": an image's stand-in glued to the name after it.
        if word.first == "[", let close = word.firstIndex(of: "]"), word.index(after: close) < word.endIndex,
           word[word.index(after: close)].isLetter {
            return [word[...close]] + unglued(word[word.index(after: close)...], rules: rules)
        }
        // "Deshmukhsays:": a header's verb glued to the name before it (a word that ends as none does is passed over).
        if let last = word.utf8.last, rules.headerVerbs.contains(where: { $0.utf8.last == last }) {
            let lowercased = word.lowercased()
            for verb in rules.headerVerbs where word.count > verb.count && lowercased.hasSuffix(verb) {
                let split = word.index(word.endIndex, offsetBy: -verb.count)
                if word[word.index(before: split)].isLetter { return [word[..<split], word[split...]] }
            }
        }
        // The rest splits before a capital: a word with none after its first letter, nor a letter other than ASCII, has none.
        guard word.utf8.dropFirst().contains(where: { $0 >= 0x80 || $0 &- 0x41 < 26 }) else { return [word] }
        var previous = word.startIndex
        for index in word.indices.dropFirst() {
            defer { previous = index }
            // "BDecember" too: an initial ends the name ("Lorna B"); so may figures ("Dave_1962March").
            guard word[index].isUppercase, word[previous].isLetter || word[previous].isASCIIDigit,
                  word[word.index(after: index)...].first?.isLowercase == true else { continue }
            let rest = word[index...].trimmingPunctuation.lowercased()
            if rules.monthNames.contains(rest) || rules.dayNames.contains(rest) { return [word[..<index], word[index...]] }
        }
        return [word]
    }

    /// Where `template` matches the start of this line (the whole line when `whole`): the words its name
    /// slot took, which may be several tokens (a prolific commenter's name is a word the page repeats), or
    /// an empty range when the template has no name, and the token after the match. nil when it does not match.
    /// The name may take words of `labels` (a prolific commenter's name is one), and words of prose ("on", "the") only
    /// between words of a name. With `followers`, the token after the match must be one of them: the name takes what
    /// it must for the header to go on as the page's headers do ("Winnie on the Southside on DATE said:"). `placed`: the
    /// slot holds the poster's place after the name (`PageLayout.placeAfterComma`). `longNames`: a name the page's words cut
    /// into small words may fill the slot (not on the rest of a wrapped line); asked only of a line that may hold one.
    func match(_ template: LineShape, whole: Bool, labels: Set<String>, rules: PlainTextRules,
               followers: Set<LineShape.Token?>? = nil, placed: Bool = false,
               longNames: @autoclosure () -> Bool = true) -> (name: Range<Int>, end: Int)? {
        var nameWords: Range<Int>?
        var matchEnd = 0
        // "Fifth Street Neighbor Since Before The Stop Sign says:": a long name opening the line, every word capitalised.
        func isLongName(_ range: Range<Int>) -> Bool {
            range.lowerBound == 0 && range.count <= rules.maxLongNameWords && words[range].allSatisfy { $0.first?.isUppercase == true }
                && words[range].reduce(range.count - 1) { $0 + $1.count } <= rules.maxLongNameLength
        }
        func step(_ t: Int, _ l: Int) -> Bool {
            let tokens = shape.tokens
            if t == template.tokens.count {
                matchEnd = l
                // Where the page's headers go on with a name (a place, "Ann | Leeds | DATE"), a capitalised word the page repeats
                // goes on as one ("Mirela Stanković | Commonweal Post staff | …", the site's own name).
                // An aside in brackets may follow any header's name ("[score hidden]" where the others have a score).
                if let followers, !followers.contains(l < tokens.count ? tokens[l] : nil), l == tokens.count || tokens[l] != .mark(LineShape.asideMark),
                   !(followers.contains(.name) && l < tokens.count && tokens[l].isWord && words[spans[l].lowerBound].first?.isUppercase == true) {
                    return false
                }
                return !whole || l == tokens.count || isAside(from: l)
            }
            guard l < tokens.count else { return false }
            if template.tokens[t] == .name {
                // Between two words of the header ("posted by … at"), the slot takes whatever words stand there, up to the closing
                // word: "posted by the quidnunc kid at", "posted by So You're Saying These Are Pants? at".
                if t > 0, template.tokens[t - 1].isWord, t + 1 < template.tokens.count, template.tokens[t + 1].isWord,
                   let close = tokens[(l + 1)...].firstIndex(of: template.tokens[t + 1]),
                   case let name = spans[l].lowerBound..<spans[close].lowerBound, name.count <= rules.maxLongNameWords,
                   words[name].reduce(name.count - 1, { $0 + $1.count }) <= rules.maxLongNameLength,
                   !words[name].dropLast().contains(where: { Self.endsSentence($0, rules: rules) }), step(t + 1, close) {
                    nameWords = name
                    return true
                }
                // The name takes one to four tokens of names, label words or, after its first, figures ("Sal at No. 22").
                var end = l
                // After a user name, a flair may follow it up to the header's next mark ("u/ann Oulu, FI | 12 winters •").
                let flair = tokens[l].isName(labels: labels) && spans[l].count == 1 && words[spans[l].lowerBound].isUserName
                let next = t + 1 < template.tokens.count ? template.tokens[t + 1] : nil
                // A small word inside a name ("dave in suffolk", "Gord from Keewatin") is the name's too, and so is an emoji
                // a person puts in their name ("Benedikt ✒️").
                func isEmoji(_ token: LineShape.Token) -> Bool {
                    guard case .mark(let mark) = token, next != token else { return false }
                    return mark.unicodeScalars.contains(where: \.isPictograph)
                }
                func inner(_ index: Int) -> Bool {
                    // An emoji may open the name too, before its first word ("⛴ Ferry Watcher NL").
                    guard index > l else { return index + 1 < tokens.count && isEmoji(tokens[index]) && tokens[index + 1].isName(labels: labels) }
                    if isEmoji(tokens[index]) { return true }
                    // Small words in a row ("on the") may stand between the name's words too.
                    var after = index
                    while after < tokens.count, isSmallWord(tokens[after]), after - index < 2 { after += 1 }
                    return after > index && after < tokens.count && isNamePart(tokens[after])
                }
                // Where the header must go on as the page's do, a word the page repeats may follow a small word in the name
                // ("Winnie on the Southside", when Winnie signs so again and again).
                func isNamePart(_ token: LineShape.Token) -> Bool { token.isName(labels: labels) || followers != nil && token.isWord }
                func isSmallWord(_ token: LineShape.Token) -> Bool {
                    if case .word(let word) = token { return rules.proseWords.contains(word) }
                    return false
                }
                // A slot that ends the header takes the whole name ("by Gwen Parry", when Gwen writes so often that "Parry" is a
                // word of the page), not its first word only.
                let wholeName = followers == nil && t + 1 == template.tokens.count
                while end < tokens.count, end - l < (flair ? 7 : 4),
                      tokens[end].isName(labels: labels) || inner(end) || end > l && isSmallWord(tokens[end - 1]) && isNamePart(tokens[end])
                        || end > l && (tokens[end] == .count || flair && tokens[end] != next && tokens[end] != .time) {
                    end += 1
                    // A name has a few words, a sentence many ("Our convent has two old … many years ago").
                    // With the poster's place after a comma ("Retired Surveyor, Not A Councillor, Johnstone,"), a few more.
                    let most = rules.layoutMaxNameWords + (placed ? rules.layoutMaxPlaceWords : 0)
                    if !flair, spans[end - 1].upperBound - spans[l].lowerBound > most, !isLongName(spans[l].lowerBound..<spans[end - 1].upperBound) {
                        return false
                    }
                    if words[spans[l].lowerBound..<spans[end - 1].upperBound - 1].contains(where: { Self.endsSentence($0, rules: rules) }) {
                        return false
                    }
                    if wholeName, end < tokens.count, tokens[end].isName(labels: labels),
                       spans[end].upperBound - spans[l].lowerBound <= most { continue }
                    if step(t + 1, end) {
                        nameWords = spans[l].lowerBound..<spans[end - 1].upperBound
                        return true
                    }
                }
                // A name the page's words cut into small words and figures ("The Person Who Fixed Your Nan's Toaster In 2019 •",
                // "Post by The Oracle »": "The", "In" and "2019" are no name's tokens) fills the slot all the same: the longest
                // run of capitalised words and figures after which the rest of the header goes on from a token of its own.
                let first = spans[l].lowerBound
                let run = words[first...].prefix { word in
                    if word.first?.isUppercase == true { return true }
                    let figures = word.trimmingPunctuation
                    return !figures.isEmpty && figures.allSatisfy(\.isNumber)
                }.count
                // Most lines open with no two such words: asked whether the line may hold one only then.
                guard run >= 2, longNames() else { return false }
                // Not past the header's date ("— The Oracle, March 4, 2024").
                let dated = tokens[l...].firstIndex(of: .time) ?? tokens.count
                guard dated > l else { return false }
                for boundary in (l + 1...dated).reversed() {
                    let last = boundary < tokens.count ? spans[boundary].lowerBound : words.count
                    guard last - first >= 2, last - first <= min(run, rules.maxLongNameWords),
                          words[first..<last].reduce(last - first - 1, { $0 + $1.count }) <= rules.maxLongNameLength else { continue }
                    if step(t + 1, boundary) {
                        nameWords = first..<last
                        return true
                    }
                }
                return false
            }
            return tokens[l] == template.tokens[t] && step(t + 1, l + 1)
        }
        guard step(0, 0) else { return nil }
        return (nameWords ?? 0..<0, matchEnd)
    }

    /// The line's words from token `index` on are a word or two in parentheses: an edit's mark after a header, in any
    /// language ("vor 3 Stunden (bearbeitet)", "2 days ago (edited)"), which the whole header still is.
    private func isAside(from index: Int) -> Bool {
        let rest = words[spans[index].lowerBound...]
        return rest.count <= 2 && rest.first?.first == "(" && rest.last?.last == ")"
    }
}

extension Substring {
    /// "@mireille": a handle with no instance, as a fediverse server shows its own users'.
    var isLocalHandle: Bool {
        first == "@" && count > 2 && dropFirst().allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    }
}

extension LineShape.Token {
    var isWord: Bool {
        if case .word = self { return true }
        return false
    }

    var isMark: Bool {
        if case .mark = self { return true }
        return false
    }

    func isName(labels: Set<String>) -> Bool {
        switch self {
        case .name: return true
        case .word(let word): return labels.contains(word)
        default: return false
        }
    }
}

extension Substring {
    /// `lynx -dump` bullets a nested list's levels `*`, `+`, `o`, `#`, `@`; `w3m -dump` `•`, `□`, `☆`, `○`, `■`, `★`, `◎`, `●`.
    /// (The character is looked for among the bullets: a string looked for in a string is Foundation's search, slow.)
    var isListBullet: Bool { count == 1 && first.map { Self.listBullets.contains($0) } == true }
    /// The marks a text browser or a page opens a list's item with.
    static let listBullets = "*+o#@•◦▪‣□■☆○★◎●"
    /// "↳ Ann | Leeds | DATE": an arrow before a reply's header, one step deeper than a header without it.
    var isReplyArrow: Bool { ["↳", "↪", "⤷", "⮡", "└", "└─", "╰", "╰─"].contains(self) }

    /// A day's figure with an ordinal's ending ("1st", "1er"; `PlainTextRules.ordinalSuffixes`).
    func isOrdinal(_ rules: PlainTextRules) -> Bool {
        let digits = prefix(while: \.isASCIIDigit)
        return (1...2).contains(digits.count) && rules.ordinalSuffixes.contains(dropFirst(digits.count).trimmingPunctuation.lowercased())
    }

    var nilIfEmpty: Substring? { isEmpty ? nil : self }
}

extension PageLine {
    /// Where a list item's text starts after its bullet or number ("  □ Ann Lee" wrapped onto "    says:"); nil without one.
    var itemTextColumn: Int? {
        text.listItem.map { Int(indent) + text.distance(from: text.startIndex, to: $0.startIndex) }
    }

    /// How deep a header stands: its indentation, and a step more after a reply's arrow ("  ↳ Ann" under "↳ Bob" under "Cy").
    /// A list's item stands where its text does: a text browser puts a number one column left of a bullet ("    1. oli" and
    /// "     * oli", both top level).
    var depth: Int {
        if let item = text.listItem { return Int(indent) + text.distance(from: text.startIndex, to: item.startIndex) }
        return Int(indent) + (text.utf8.first.map { $0 >= 0x80 } == true && text.split(separator: " ", maxSplits: 1).first?.isReplyArrow == true ? 1 : 0)
    }
}
