import Foundation

/// Tells an author's name line from a short comment body ("Exactly", "Well said").
///
/// Each feature of a line is evidence with a weight from `PlainTextRules`, which also says how much is enough.
/// A name that recurs on lines of its own is the strongest evidence there is.
struct AuthorLine {
    /// Names known from elsewhere on the page (the article's byline).
    let knownNames: Set<String>
    let rules = PlainTextRules.standard

    init(lines: [PageLine], knownNames: Set<String>) {
        // Counted by a hash of the bytes (checked against the line first seen): hashing Strings of other
        // letters than ASCII is slow. Only lines seen twice or more are kept: the rest count for nothing.
        // (A `Dictionary` of the hashes would hash each again.)
        var seen = HashedIndex(capacity: lines.count(where: \.isShort))
        var firsts: [Int32] = [], counts: [Int32] = []
        let hashes = [UInt64](count: lines.count, concurrentlyInPieces: PageLine.pieces(for: lines.count)) {
            lines[$0].isShort ? lines[$0].text.utf8.fnv1a : 0
        }
        for (index, line) in lines.enumerated() where line.isShort {
            let hash = hashes[index]
            if let entry = seen[hash] {
                if lines[Int(firsts[entry])].text.utf8.elementsEqual(line.text.utf8) { counts[entry] += 1 }
            } else {
                seen.insert(firsts.count, for: hash)
                firsts.append(Int32(truncatingIfNeeded: index))
                counts.append(1)
            }
        }
        let recurring = zip(firsts, counts).filter { $0.1 >= 2 }.map { (lines[Int($0.0)].text, Int($0.1)) }
        self.init(recurrences: Dictionary(recurring, uniquingKeysWith: +), knownNames: knownNames)
    }

    init(recurrences: [String: Int], knownNames: Set<String>) {
        self.knownNames = knownNames
        var numbers = TextNumbers(capacity: recurrences.count)
        var counts = [Int](repeating: 0, count: recurrences.count)
        for (text, count) in recurrences { counts[numbers.add(text)] += count }
        (recurring, recurringCounts) = (numbers, counts)
    }

    /// How often each short line stands alone in the page, by the line's bytes: every short line of a page is looked up.
    private let recurring: TextNumbers
    private let recurringCounts: [Int]

    /// How often `text` stands alone in the page.
    private func recurrenceCount(of text: String) -> Int { recurring.number(of: text).map { recurringCounts[$0] } ?? 0 }

    /// How often each short line of `lines` occurs in `bytes`, a whole page of which `lines` are the
    /// start: lines are matched by a hash of their bytes, and no String is made of the rest. A large
    /// page is counted in pieces of at least `pieceSize` bytes on every core: its first screen waits on this.
    static func recurrences(of lines: [PageLine], in bytes: [UInt8], pieceSize: Int = 4 << 20) -> [String: Int] {
        // Each wanted line by the hash of its bytes: counted by that hash, and its bytes compared as bytes (a
        // String key would be hashed through Unicode normalisation at every name line of the page).
        let short = lines.filter(\.isShort)
        var wanted = HashedIndex(capacity: short.count)
        var texts: [String] = []
        var wantedBytes: [[UInt8]] = []
        // Most lines of a page differ from every wanted one in length or in their first or last byte:
        // two table lookups rule them out before any hashing.
        var lengths = [Bool](repeating: false, count: PlainTextRules.standard.maxNameLength * 4 + 1)
        var ends = [Bool](repeating: false, count: 1 << 16)
        for line in short {
            let utf8 = line.text.utf8
            guard wanted[utf8.fnv1a] == nil else { continue }
            wanted.insert(texts.count, for: utf8.fnv1a)
            texts.append(line.text)
            wantedBytes.append(Array(utf8))
            lengths[utf8.count] = true
            ends[Int(utf8.first!) << 8 | Int(utf8.last!)] = true
        }
        let (wantedIndex, wantedText, wantedLength, wantedEnds) = (wanted, wantedBytes, lengths, ends) // not vars: no boxes, no access checks
        @Sendable func count(_ piece: UnsafeBufferPointer<UInt8>) -> [Int] {
            var counts = [Int](repeating: 0, count: wantedText.count)
            PageLine.forEachLine(in: piece) { range, _, _ in
                guard range.count < wantedLength.count, wantedLength[range.count],
                      wantedEnds[Int(piece[range.lowerBound]) << 8 | Int(piece[range.upperBound - 1])] else { return }
                let line = UnsafeBufferPointer(rebasing: piece[range])
                guard let index = wantedIndex[line.fnv1a], wantedText[index].withUnsafeBufferPointer({
                    $0.count == line.count && memcmp($0.baseAddress!, line.baseAddress!, line.count) == 0
                }) else { return }
                counts[index] += 1
            }
            return counts
        }
        let pieces = bytes.withUnsafeBufferPointer {
            PageLine.pieces(of: $0, count: piecesWorthMaking(for: bytes.count, smallest: pieceSize))
        }
        let counts = [[Int]](count: pieces.count, concurrentlyInPieces: pieces.count) { piece in
            bytes.withUnsafeBufferPointer { count(UnsafeBufferPointer(rebasing: $0[pieces[piece]])) }
        }
        var total: [String: Int] = [:]
        for (index, text) in texts.enumerated() {
            let count = counts.reduce(0) { $0 + $1[index] }
            if count > 0 { total[text] = count }
        }
        return total
    }

    /// Short enough to be a name; the byte length first, since counting the characters of every long
    /// paragraph is slow.
    private static func couldBeName(_ text: String) -> Bool {
        let maximum = PlainTextRules.standard.maxNameLength
        let bytes = text.utf8.count
        return bytes <= maximum * 4 && text.hasAtMost(characters: maximum)
    }

    /// Sets each line's `nameScore`, the lines shared out among the cores: every line of a page is weighed.
    func score(_ lines: inout [PageLine]) {
        let pieces = PageLine.pieces(for: lines.count)
        lines.withUnsafeMutableBufferPointer { lines in
            lines.updateConcurrently(inPieces: pieces) { run, buffer in
                var scores = LineMemo<Int?>(maximumBytes: rules.maxNameLength * 4)
                for index in run where buffer[index].isShort {
                    // A line the poster's status stood beside ("dragonexpert Offline") is a name, however weakly it scores alone.
                    buffer[index].nameScore = scores.value(of: buffer[index].text, score).map { buffer[index].hadStatus ? max($0, rules.nameScore) : $0 }
                }
            }
        }
    }

    /// nil when the line cannot be a name at all; otherwise how name-like it is by its own shape.
    func score(_ text: String) -> Int? {
        var tally = Tally(recording: false)
        weigh(text, into: &tally)
        return tally.isVetoed ? nil : tally.total
    }

    /// The evidence that `text`, a line standing alone, is its author's name; `line` is where it stands.
    /// "July 7, 2022", "Tuesday 4 March", "Sept. 2, 2021": a month's or a day's name and figures only, however title case.
    static func isCalendarDate(_ text: String, rules: PlainTextRules) -> Bool {
        // Asked of every name-like line: most have no figure, which a date must.
        guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return false }
        // Each word lower case, less the full stops and commas at its ends (bytes of their own in UTF-8).
        let words = text.words.map { word in
            let lower = word.lowercased().utf8
            let isMark = { (byte: UInt8) in byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") }
            guard let first = lower.firstIndex(where: { !isMark($0) }), let last = lower.lastIndex(where: { !isMark($0) }) else { return "" }
            return String(Substring(lower[first...last]))
        }
        guard (2...5).contains(words.count) else { return false }
        let named = words.filter { rules.isMonth($0) || rules.dayNames.contains($0) }.count
        let figures = words.filter { word in
            word.first?.isASCIIDigit == true && word.allSatisfy { $0.isASCIIDigit || "stndrh".contains($0) }
        }.count
        return words.contains(where: rules.isMonth) && figures >= 1 && named + figures == words.count
    }

    func weigh(_ text: String, line: Int = 0, into tally: inout Tally) {
        let rules = self.rules
        guard Self.couldBeName(text) else { return tally.add(.prose, PlainTextRules.veto, line: line) }
        if Self.isPlaceholder(text) { return tally.add(.placeholder, PlainTextRules.veto, line: line) }
        // "Author          Message", "Top          Profile": a table's heading or buttons, a word in each cell, which no name
        // spreads over (a name in a table's first cell has the cell's other text beside it: "Ann Lee      Re: the tank").
        if TableColumns.isOneWordCells(text, rules: rules) {
            return tally.add(.tableCells, PlainTextRules.veto, line: line)
        }
        // "____________________ (BUTTON) Get great content", "Your name * [      ]": a text browser's form, no one's name.
        if text.holdsInputBox || text.holds("(BUTTON)") { return tally.add(.formControl, PlainTextRules.veto, line: line) }
        // "(Ducks.)", "(sigh)": an aside closing a comment.
        if text.first == "(", text.last == ")" { return tally.add(.aside, PlainTextRules.veto, line: line) }
        // "Alpine Ridge LP 2016] (rev 01)": the rest of a line cut inside its brackets, which no name closes without opening.
        if let close = text.utf8.firstIndex(of: UInt8(ascii: "]")), !text.utf8[..<close].contains(UInt8(ascii: "[")) {
            return tally.add(.closedBracket, PlainTextRules.veto, line: line)
        }
        if Self.isCalendarDate(text, rules: rules) { return tally.add(.calendarDate, PlainTextRules.veto, line: line) }
        let count = recurrenceCount(of: text)
        if Self.looksLikeProse(text, recurring: count >= 2) { return tally.add(.prose, PlainTextRules.veto, line: line) }
        if rules.interjections.contains(Self.reactionKey(text)) { return tally.add(.interjection, PlainTextRules.veto, line: line) }
        let known = knownNames.contains(text)
        let words = text.words
        // "Post subject: Re: …", "Location: Dundee": a field's label and its value.
        if let label = words.prefix(2).firstIndex(where: { $0.count > 1 && $0.hasSuffix(":") }), label < words.count - 1 {
            return tally.add(.field, PlainTextRules.veto, line: line)
        }
        // "Common Mistake #0: Programming in Python": a title and its subtitle, parted by a colon further in; not an emoji's
        // code (":blobfox:").
        if words.dropFirst(2).dropLast(2).contains(where: { $0.count > 1 && $0.hasSuffix(":") && !$0.hasPrefix(":") }) {
            return tally.add(.field, PlainTextRules.veto, line: line)
        }
        if words.count > 1, let first = text.firstBareWord, rules.bodyOpeners.contains(first), !known, count < 2 {
            return tally.add(.bodyOpener, PlainTextRules.veto, line: line, detail: first)
        }
        if Signature.isSignature(text, of: nil, rules: rules) { return tally.add(.signature, PlainTextRules.veto, line: line) }
        // "↳ In reply to Ann", "Originally posted by Ann": names the one answered or quoted, not the one writing.
        if ShownReplies.opening(of: text, rules: rules) != nil { return tally.add(.replyMarker, PlainTextRules.veto, line: line) }
        let recurs = count >= 2 || known
        if words.count == 1, !recurs, Self.isOneWordBody(text) { return tally.add(.oneWordBody, PlainTextRules.veto, line: line) }
        if words.count > 1, !recurs, Self.isShouted(text) { tally.add(.shouted, rules.shouted, line: line) }
        guard text.contains(where: { $0.isLetter }) else { return tally.add(.emojiOnly, PlainTextRules.veto, line: line) }
        if known { tally.add(.knownName, rules.knownName, line: line) } else if recurs {
            tally.add(.recurs, rules.recurs, line: line, detail: "\(count) times")
        }
        // Before the first parenthesis (after those opening the line), as `split(separator: "(")` cuts it; on bytes. Not where a
        // sentence goes on after it ("produces (initializes) a different kind of object than …"): a name's aside ends it.
        let open = text.utf8.firstIndex(of: UInt8(ascii: "(")).flatMap { open in
            text.utf8[open...].firstIndex(of: UInt8(ascii: ")")).map { close in
                text.utf8[close...].dropFirst().split(separator: UInt8(ascii: " ")).count <= rules.wordsAfterNameAside
            } ?? true ? open : nil
        }
        let core = open == nil ? Substring(text).trimmingSpaces
            : Substring(text.utf8.drop(while: { $0 == UInt8(ascii: "(") }).prefix(while: { $0 != UInt8(ascii: "(") })).trimmingSpaces
        if let open {
            let inside = text[text.index(after: open)...].prefix { $0 != ")" }
            if !text.holds(")") {
                // Not a parenthesis a text browser's wrap left open with nothing in it ("… license. (").
                // A phrase cut off there ("modified ('[n for n in") is a wrapped sentence's as much as a name's.
                if inside.contains(where: \.isLetter) {
                    tally.add(.cutOffParenthesis, inside.holds(" ") ? rules.phraseInParentheses : rules.cutOffParenthesis, line: line)
                }
            } else {
                tally.add(.handleInParentheses, inside.holds(" ") ? rules.phraseInParentheses : rules.handleInParentheses, line: line)
            }
        }
        let coreWords = core.words.filter(\.hasLetterOrFigure) // emoji are no words of a name
        if coreWords.count == 1, let word = coreWords.first,
           word.dropFirst().dropLast().contains(where: { $0.isNumber || $0 == "_" || $0 == "." || $0 == "@" }) {
            tally.add(.handleShape, rules.handleShape, line: line)
        } else if core.isCaselessScript, core.count <= rules.maxCaselessNameLength {
            tally.add(.caselessScript, rules.caselessScript, line: line)
        } else if coreWords.count == 1, coreWords.first.map(Self.isBareInitials) == true {
            // No name's shape either way: initials where the page's names stand.
        } else if Self.isTitleCase(coreWords) {
            tally.add(.titleCase, coreWords.count >= 2 ? rules.titleCaseWords : rules.titleCaseWord, line: line)
            if let first = coreWords.first, rules.headingOpeners.contains(first.lowercased()) {
                tally.add(.headingOpener, rules.headingOpener, line: line)
            }
        } else if coreWords.count == 1, core.count >= 4, core.allSatisfy({ $0.isLetter }) {
            tally.add(.lowercaseHandle, rules.lowercaseHandle, line: line)
        } else if coreWords.count == 2, coreWords[0].count >= 3, coreWords[0].allSatisfy(\.isLetter), coreWords[1].count == 1,
                  coreWords[1].allSatisfy(\.isLetter), !["a", "i", "x"].contains(coreWords[1].lowercased()) {
            // "sumathi s", "perry e": a name in small letters and an initial without its full stop (not a sign-off's kiss,
            // "Margaret x").
            tally.add(.lowercaseNameAndInitial, rules.lowercaseHandle, line: line)
        }
        if text.count > rules.longNameLength, !recurs { tally.add(.longName, rules.longName, line: line) }
        if text.endsWithSmiley, !recurs { tally.add(.emojiEnd, rules.endsWithEmoji, line: line) }
    }

    /// "Ollie Brandt Mod", "Blogger Hilary Wren": a name less the badges a widget sets beside it.
    static func withoutBadges(_ words: ArraySlice<Substring>) -> ArraySlice<Substring> {
        var words = words
        // WordPress's "Post author" beside the blog's author: a badge of two words.
        if words.count > 2, PlainTextRules.badges.contains(words.suffix(2).joined(separator: " ").lowercased()) { words = words.dropLast(2) }
        while words.count > 1, let last = words.last, isBadge(last) { words = words.dropLast() }
        while words.count > 1, let first = words.first, isBadge(first) { words = words.dropFirst() }
        return words
    }

    /// "Mod", or "(staff)" in parentheses after the name.
    private static func isBadge(_ word: Substring) -> Bool { PlainTextRules.badges.contains(badgeKey(word)) }

    /// A badge's word as the lists hold it: lower case, without the parentheses around it.
    private static func badgeKey(_ word: Substring) -> String {
        (word.first == "(" && word.last == ")" && word.count > 2 ? word.dropFirst().dropLast() : word).lowercased()
    }

    /// A name less its badges, and the role a badge gives its poster ("Isla Drummond Mod": a moderator), shown as the
    /// reader marks it.
    static func badged(_ name: String) -> (name: String, role: Comment.Role?) {
        // Asked of every comment's name: one word has no badge beside it.
        guard name.holdsByte(0x20) else { return (name, nil) }
        let words = name.words
        let kept = withoutBadges(words[...])
        guard kept.count < words.count else { return (name, nil) }
        let badges = (words[..<kept.startIndex] + words[kept.endIndex...]).map(badgeKey)
        let role: Comment.Role? = badges.contains(where: PlainTextRules.moderatorBadges.contains) ? .moderator
            : badges.contains(where: PlainTextRules.adminBadges.contains) ? .admin : nil
        return (kept.joined(separator: " "), role)
    }

    /// The author a comment's name stands for: none where the page calls its poster "Anonymous".
    static func author(named name: String?) -> String? {
        guard let name, name.utf8.count <= 16, PlainTextRules.anonymousNames.contains(name.lowercased()) else { return name }
        return nil
    }

    /// An image's or avatar's stand-in where a name might stand: "User", "[hqdefault]" (a text browser's image, named by
    /// its file), "[Image]". Not "[deleted]": a deleted author's comment is a comment.
    static func isPlaceholder(_ text: String) -> Bool {
        // The longest stand-in is a short phrase ("profile picture"), a bracketed one a file's name: most lines are neither.
        guard text.utf8.count <= 32 || text.first == "[" else { return false }
        // "1. [fdb1e5]", "□ [member]": the stand-in as a list's item, a text browser's copy of a list of comments.
        if text.last == "]", text.first != "[", let rest = text.listItem, rest.first == "[" { return isPlaceholder(String(rest)) }
        if text.count > 2, text.first == "[", text.last == "]", !text.dropFirst().dropLast().contains(where: { $0 == " " || $0 == "[" }),
           !PlainTextRules.deletedAuthors.contains(text.lowercased()) {
            return true
        }
        // The stand-ins are ASCII, which only ASCII (or the Kelvin sign, E2 84 AA, "k") lower-cases to.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) || text.holds("\u{212A}") else { return false }
        return PlainTextRules.placeholderNames.contains(text.lowercased())
    }

    /// Sentence-like lines are bodies: final punctuation (but "Kevin D."), inner sentence breaks, commas,
    /// links, and lines opening with quotation marks, list marks, dashes or a sign-off's dash.
    /// A `recurring` line may describe its poster after a name, between commas ("Dr. Ann Lee, nephrologist, Vega Hospital").
    static func looksLikeProse(_ text: String, recurring: Bool = false) -> Bool {
        if text.hasMoreWords(than: PlainTextRules.standard.maxNameWords) { return true }
        if text.holds("?") || text.holds("!") || text.holds("http") || text.holds("www.") { return true }
        // Cut into words only where a test below reads them: a line with no full stop holds no title or initial, nor
        // closes a sentence with one; a line with no apostrophe no contraction. (Most short lines have neither.)
        let hasStop = text.holdsByte(UInt8(ascii: ".")), hasApostrophe = text.holdsByte(UInt8(ascii: "'")) || text.holds("’")
        let words = hasStop || hasApostrophe ? text.words : []
        // "You're on", "We'll see": a contraction of the language's pronouns and verbs is no word of a name.
        if hasApostrophe, words.contains(where: { word in
            let lower = word.lowercased()
            return PlainTextRules.standard.contractionEndings.contains { lower.hasSuffix($0) }
        }) { return true }
        // Commas belong to sentences, except inside a parenthesis or between capitalised words
        // ("Ray Dobbs (Ward 3 council, 1998", "Retired Bridge Inspector, Not Your Enemy"), or after a name of two words or
        // more on a line that recurs: the poster's description ("Dr. Ann Lee, nephrologist, Vega Hospital").
        if text.holdsByte(UInt8(ascii: ",")) {
            // Cut on the bytes: stepping through Characters cost more than the rest of the test.
            let outsideParentheses = text[..<(text.utf8.firstIndex(of: UInt8(ascii: "(")) ?? text.endIndex)]
            let beforeComma = outsideParentheses[..<(outsideParentheses.utf8.firstIndex(of: UInt8(ascii: ",")) ?? outsideParentheses.endIndex)].words
            if outsideParentheses.holds(","), !isTitleCase(outsideParentheses.words), !recurring || !isTitleCase(beforeComma) || beforeComma.count < 2 {
                return true
            }
        }
        // An ASCII letter or figure first (most names) is none of these marks: the byte answers before a Character is made.
        // Nor is any other letter: those marks beyond ASCII open with the bytes E2 or C2.
        if let byte = text.utf8.first, byte >= 0x80 ? byte == 0xE2 || byte == 0xC2 : !isASCIIAlphanumeric(byte), let first = text.first,
           "\"“”‘'«„>-–—~*•".contains(first) { return true }
        if text.endsWithSentencePunctuation {
            // "Kevin D.", and in a short lower-case name "jonah w."
            guard text.last == ".", let last = words.last,
                  Self.isInitialOrTitle(last) || words.count <= 3 && last.count == 2 && last.first?.isLetter == true else { return true }
        }
        // Titles opening a name: "Eng. Kiprotich Langat", "Capt. Ray Moss", "Retd. Col. V. S. Menon".
        let isTitle = { (word: Substring) in
            word.hasSuffix(".") && word.count <= 5 && word.first?.isUppercase == true && word.dropLast().allSatisfy(\.isLetter)
        }
        let titles = words.prefix(while: isTitle).count
        for (index, word) in words.enumerated().dropLast() where index >= titles && word.utf8.last == UInt8(ascii: ".") && word.hasSuffix(".") {
            if words[index + 1].first?.isUppercase == true, !isInitialOrTitle(word) { return true }
        }
        return false
    }

    /// "D.", "J.R.", "Jr.", "Dr."
    private static func isInitialOrTitle(_ word: Substring) -> Bool {
        let letters = word.filter { $0.isLetter }
        return (letters.count <= 2 && letters.first?.isUppercase == true) || nameTitles.contains(word.lowercased())
    }

    /// "H.", "J.R.", "Jr.": the full stop of an initial or a title, not of a sentence.
    static func isInitialOrTitleStop(_ word: Substring) -> Bool {
        nameTitles.contains(word.lowercased())
            || word.last == "." && word.split(separator: ".").allSatisfy { $0.count == 1 && $0.first?.isUppercase == true }
    }

    private static let nameTitles: Set<String> = ["jr.", "sr.", "dr.", "mr.", "mrs.", "ms.", "st.", "prof.", "rev."]

    static func isTitleCase(_ words: [Substring]) -> Bool {
        var capitalised = 0
        for word in words {
            if PlainTextRules.standard.nameParticles.contains(word.lowercased()) { continue }
            guard let first = word.first(where: { $0.isLetter || $0.isNumber }) else { continue }
            guard first.isUppercase || first.isNumber else { return false }
            capitalised += 1
        }
        return capitalised > 0
    }

    /// "GO WOLVES GO": every cased letter in capitals, in words of two letters or more.
    private static func isShouted(_ text: String) -> Bool {
        // A small ASCII letter is a letter in lower case: most lines answer on their bytes.
        if text.utf8.contains(where: { $0 &- 0x61 < 26 }) { return false }
        if let scalars = Substring(text).simpleScalars {
            let traits = scalars.map { SimpleScalars.traits($0.value) }
            let letters = traits.filter { $0.contains(.letter) }
            guard letters.count >= 4, letters.allSatisfy({ $0.contains(.uppercase) || !$0.contains(.lowercase) }),
                  letters.contains(where: { $0.contains(.uppercase) }) else { return false }
            // Every word has other than one letter: count the letters between spaces.
            var inWord = 0
            for (scalar, trait) in zip(scalars, traits) {
                if scalar.value == 0x20 {
                    if inWord == 1 { return false }
                    inWord = 0
                } else if trait.contains(.letter) {
                    inWord += 1
                }
            }
            return inWord != 1
        }
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy { $0.isUppercase || !$0.isLowercase } && letters.contains(where: \.isUppercase)
            && text.words.allSatisfy { $0.filter(\.isLetter).count != 1 }
    }

    /// "SPOILERS", "Also": a shouted word or a function word standing alone is a paragraph, not a name.
    private static func isOneWordBody(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        // Initials are a name, not a shout: each with its full stop ("T.J."), or two or three capitals alone ("VK"), which
        // score as no name's shape (`isBareInitials`) and so are a name only where the page's names stand.
        let isInitials = word.count == letters.count * 2 && zip(word, word.dropFirst()).enumerated().allSatisfy { $0.offset % 2 == 1 || $0.element.1 == "." }
        if letters.count >= 2, letters.allSatisfy(\.isUppercase), !isInitials, !isBareInitials(word) { return true }
        let bare = String.bare(Substring(word))
        let rules = PlainTextRules.standard
        return rules.continuationOpeners.contains(bare) || rules.stopWords.contains(bare)
    }

    /// Two or three capital letters alone ("VK", "AJ"): initials, or a shout.
    static func isBareInitials<S: StringProtocol>(_ word: S) -> Bool {
        (2...3).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// The line as the interjection list spells it: lower case, no trailing punctuation or emoji.
    static func reactionKey(_ text: String) -> String {
        text.words.map { String.bare($0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension Substring {
    var trimmingSpaces: String {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 }) else { return "" }
        return String(self[first..<bytes.index(after: last)])
    }
}
