/// Per-comment furniture found by its rhythm rather than its wording. A short line whose shape
/// (numbers, month names and runs of symbols masked, counts dropped, so "12 Likes" and "Likes", "★★★★★" and
/// "★★★★☆" are one shape) repeats through the page is furniture when it mostly stands between a
/// body and the next name (a footer: "Reply ↓", "Report abuse", "▲ 14 ▼", which ends a comment) or
/// between a name and its body (a header: "November 4, 2024 at 7:12 am", "3 hours ago"). Neighbours
/// are looked for past other repeated shapes, so a block of them ("Like", "Reply", "14 Likes") acts as one.
struct Furniture {
    /// Lines of `lines` that are furniture, and of those the footers that end a comment.
    private(set) var isFurniture: [Bool]
    private(set) var isFooter: [Bool]

    /// `lines` carry their `nameScore`.
    init(_ lines: [PageLine], rules: PlainTextRules = .standard) {
        // A letter glued above the name it starts is an avatar, furniture whatever its rhythm.
        isFurniture = lines.indices.map { index in
            index + 1 < lines.count && lines[index + 1].blanksBefore == 0 && ChromeLine.isLetterAvatar(lines[index].text, of: lines[index + 1].text)
        }
        isFooter = Array(repeating: false, count: lines.count)
        let shapeOf = [String?](count: lines.count, concurrentlyInPieces: PageLine.pieces(for: lines.count),
                                state: { LineMemo<String?>(maximumBytes: rules.maxFurnitureLength * 4) }) { index, shapes in
            guard index > 0, lines[index].isShort else { return nil }
            return shapes.value(of: lines[index].text) { Self.shape($0, rules: rules) }
        }
        // Each shape numbered once, found by a hash of its bytes: a Dictionary of Strings would hash every short line of the
        // page again, one of other letters than ASCII through Unicode normalisation.
        let numbered = Self.number(shapeOf)
        let isRepeated = numbered.places.map { $0.count >= rules.furnitureMinimumRepeats }
        var repeated: [String: [Int]] = [:]
        for (number, places) in numbered.places.enumerated() where isRepeated[number] {
            repeated[numbered.shapes[number], default: []] += places
        }
        guard !repeated.isEmpty else { return }
        // A name recurs as the same text; a shape whose lines differ ("Recommend 212", "Recommend 87") is no name.
        let varies = zip(numbered.places, isRepeated).map { places, isRepeated in
            isRepeated && places.dropFirst().contains { lines[$0].text != lines[places[0]].text }
        }
        @Sendable func isName(_ index: Int) -> Bool {
            (lines[index].nameScore ?? 0) >= rules.titleCaseWord && (numbered.ofLine[index] < 0 || !varies[Int(numbered.ofLine[index])])
        }
        // Names repeat too: only repeated lines that are no name are stepped over, and the furniture
        // already found. The most repeated shapes go first: a name-like "Reply · Share" under every
        // comment is found before the names it stands above.
        // So is a reply marker between a name and its header ("Ann" / "↳ In reply to Bob" / "2025/03/12 08:03").
        let repeatedLine = lines.indices.map { numbered.ofLine[$0] >= 0 && isRepeated[Int(numbered.ofLine[$0])] }
        let stepOver = [Bool](count: lines.count, concurrentlyInPieces: PageLine.pieces(for: lines.count)) { index in
            repeatedLine[index] && !isName(index) || lines[index].isShort && ShownReplies.opening(of: lines[index].text, rules: rules) != nil
        }
        // A shape weighed before the one beside it was found may pass once that one is stepped over ("Recommend 12"
        // under "Reply | Share", each as often as the other): shapes are weighed again until no more are found.
        var waiting = repeated.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }).map(\.value)
        var foundAny = true
        while foundAny {
            foundAny = false
            waiting.removeAll { found in
                guard isFurnitureShape(found) else { return false }
                for index in found { isFurniture[index] = true }
                foundAny = true
                return true
            }
        }
        let foundShapes = repeated.filter { isFurniture[$0.value[0]] }
        setExtensionsAside(of: foundShapes, in: lines, shapes: shapeOf, repeated: repeatedLine, rules: rules)
        setBadgesAside(in: lines, headers: foundShapes.values.filter { !isFooter[$0[0]] }, rules: rules)
        func isFurnitureShape(_ found: [Int]) -> Bool {
            var leading = 0, trailing = 0
            // What follows a footer is the next comment's author, a different one each time; a name with
            // the same line after it every time is followed by its own badge ("Verified", "Author"). (A date
            // followed by the same name-like "Reply | Report" each time is no sure name, and stays furniture.)
            var followers: [String: Int] = [:]
            for index in found {
                var before = index - 1, after = index + 1
                while before > 0, stepOver[before] || isFurniture[before] { before -= 1 }
                while after < lines.count, stepOver[after] || isFurniture[after] { after += 1 }
                let afterName = isName(before)
                let beforeName = after == lines.count || isName(after)
                if afterName && !beforeName { leading += 1 }
                if !afterName && beforeName {
                    trailing += 1
                    if after < lines.count { followers[lines[after].text, default: 0] += 1 }
                }
            }
            guard Double(leading + trailing) >= Double(found.count) * rules.furnitureShare else { return false }
            let share = { (count: Int) in Double(count) >= Double(found.count) * rules.furnitureShare }
            if trailing > leading, let same = followers.values.max(), Double(same) >= Double(trailing) * rules.furnitureShare,
               share(found.count { (lines[$0].nameScore ?? 0) >= rules.sureNameScore }) {
                return false
            }
            for index in found { isFooter[index] = trailing > leading }
            return true
        }
    }

    /// The distinct shapes of `shapeOf` in order of first use, the lines of each, and each line's shape's number (-1: none).
    private static func number(_ shapeOf: [String?]) -> (shapes: [String], places: [[Int]], ofLine: [Int32]) {
        var numbers = TextNumbers(capacity: shapeOf.count { $0 != nil })
        var places: [[Int]] = [], ofLine = [Int32](repeating: -1, count: shapeOf.count)
        for (index, shape) in shapeOf.enumerated() {
            guard let shape else { continue }
            let number = numbers.add(shape)
            if number == places.count { places.append([]) }
            places[number].append(index)
            ofLine[index] = Int32(number)
        }
        return (numbers.texts, places, ofLine)
    }

    /// A found shape with a word or two more ("Like · Reply · 2w · Edited" beside "Like · Reply · 2w") is the same furniture.
    private mutating func setExtensionsAside(of found: [String: [Int]], in lines: [PageLine], shapes: [String?],
                                             repeated: [Bool], rules: PlainTextRules) {
        for index in lines.indices where !isFurniture[index] && !repeated[index] {
            // The longest found shape it extends, the same whatever order the dictionary keeps (it decides footer or not).
            guard let shape = shapes[index],
                  let base = found.filter({ shape.hasPrefix($0.key + " ") }).max(by: { ($0.key.count, $1.key) < ($1.key.count, $0.key) }),
                  shape.dropFirst(base.key.count).split(separator: " ").count <= rules.furnitureExtraWords else { continue }
            isFurniture[index] = true
            isFooter[index] = isFooter[base.value[0]]
        }
    }

    /// A commenter's badge under the name: a line that is no name, once between a sure name and its header (`headers`:
    /// "Retired Teacher From Leeds" / "Meridian pick" / "Yesterday 21:14"; not under a footer, whose recurring word scores
    /// as a sure name: in "Report" / "not from round here" / "2 days ago" the line is the next comment's name); or one that
    /// recurs, like a name, but each time glued under a sure name, never opening a comment ("Staff", "Season Ticket Holder").
    private mutating func setBadgesAside(in lines: [PageLine], headers: [[Int]], rules: PlainTextRules) {
        for header in headers.joined() where header >= 2 && !isFurniture[header - 1] && !isFurniture[header - 2] && lines[header - 1].isShort
            && lines[header - 1].blanksBefore == 0 && lines[header].blanksBefore == 0
            && (lines[header - 2].nameScore ?? 0) >= rules.sureNameScore && (lines[header - 1].nameScore ?? 0) < rules.titleCaseWord {
            isFurniture[header - 1] = true
        }
        var glued: [String: [Int]] = [:]
        for index in lines.indices.dropFirst() where lines[index].blanksBefore == 0 && !isFurniture[index] && !isFurniture[index - 1]
            && (lines[index].nameScore ?? 0) >= rules.nameScore && (lines[index - 1].nameScore ?? 0) >= rules.sureNameScore
            && lines[index - 1].text != lines[index].text && index + 1 < lines.count {
            glued[lines[index].text, default: []].append(index)
        }
        var recurrences: [String: Int] = [:]
        if !glued.isEmpty { for line in lines where line.isShort && glued[line.text] != nil { recurrences[line.text, default: 0] += 1 } }
        for (text, places) in glued where places.count >= rules.badgeMinimumRepeats && places.count == recurrences[text] {
            for index in places { isFurniture[index] = true }
        }
    }

    /// Too many words of letters, or a sentence's close: a repeated body, not a label or a count.
    private static func readsAsProse(_ words: [Substring], rules: PlainTextRules) -> Bool {
        if words.count(where: isLetterWord) > rules.maxFurnitureLetterWords { return true }
        guard words.count >= rules.furnitureSentenceWords, let last = words.last, let mark = last.last, ".!?".contains(mark) else {
            return false
        }
        return last.filter(\.isLetter).count >= 3 && last.dropLast().allSatisfy { $0.isLetter || $0 == "." || $0 == "!" || $0 == "?" }
    }

    /// Letters, and punctuation around or among them ("Reply", "(edited)"); an ASCII word by its bytes.
    private static func isLetterWord(_ word: Substring) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.contains { ($0 | 0x20) &- 0x61 < 26 } && word.utf8.allSatisfy { ($0 | 0x20) &- 0x61 < 26 || isASCIIPunctuation($0) }
        }
        if let scalars = word.simpleScalars {
            let traits = scalars.map { SimpleScalars.traits($0.value) }
            return traits.contains { $0.contains(.letter) } && traits.allSatisfy { !$0.isDisjoint(with: [.letter, .punctuation]) }
        }
        return word.contains(where: \.isLetter) && word.allSatisfy { $0.isLetter || $0.isPunctuation }
    }

    /// The line with its variable parts masked, for lines short enough to be furniture; nil for others.
    static func shape(_ text: String, rules: PlainTextRules = .standard) -> String? {
        let bytes = text.utf8
        // Marks between the words are no words ("Like · Reply · 14 · 2d · Edited" has five).
        guard bytes.count <= rules.maxFurnitureLength * 4, !text.hasMoreWords(than: rules.maxFurnitureWords * 2) else { return nil }
        let words = text.words
        guard words.count(where: \.hasLetterOrFigure) <= rules.maxFurnitureWords,
              !readsAsProse(words, rules: rules) else { return nil }
        var shape = ""
        var lastWasSymbol = false
        for word in words {
            if !shape.isEmpty { shape += " " }
            let bare = String.bare(word)
            // "4h", "45m", "2d": a compact age has one shape whatever its unit.
            if bare.isCompactAge(rules) {
                shape += "<age>"
                lastWasSymbol = false
                continue
            }
            if let mask = rules.monthNames.contains(bare) ? "<month>" : rules.timeUnits.contains(bare) ? "<unit>" : nil {
                shape += mask + word[word.index(word.startIndex, offsetBy: word.count - word.drop { $0.isLetter }.count)...]
                lastWasSymbol = false
                continue
            }
            // An ASCII word by its bytes, as the Characters below would read it: their properties are slow.
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                for byte in word.utf8 {
                    if byte &- 0x30 < 10 {
                        if shape.utf8.last != UInt8(ascii: "#") { shape.append("#") }
                        lastWasSymbol = false
                    } else if (byte | 0x20) &- 0x61 < 26 || isASCIIPunctuation(byte) {
                        shape.unicodeScalars.append(Unicode.Scalar(byte))
                        lastWasSymbol = false
                    } else if !lastWasSymbol {
                        shape.append("◆")
                        lastWasSymbol = true
                    }
                }
                continue
            }
            if let scalars = word.simpleScalars {
                for scalar in scalars {
                    let traits = SimpleScalars.traits(scalar.value)
                    if traits.contains(.number) {
                        if shape.utf8.last != UInt8(ascii: "#") { shape.append("#") }
                        lastWasSymbol = false
                    } else if !traits.isDisjoint(with: [.letter, .punctuation]) || scalar.value == 0x20 {
                        shape.unicodeScalars.append(Unicode.Scalar(scalar.value)!)
                        lastWasSymbol = false
                    } else if !lastWasSymbol {
                        shape.append("◆")
                        lastWasSymbol = true
                    }
                }
                continue
            }
            for character in word {
                if character.isNumber {
                    if !shape.hasSuffix("#") { shape.append("#") }
                    lastWasSymbol = false
                } else if character.isLetter || character.isPunctuation || character == " " {
                    shape.append(character)
                    lastWasSymbol = false
                } else if !lastWasSymbol {
                    shape.append("◆")
                    lastWasSymbol = true
                }
            }
        }
        // A count may be left out at zero ("Recommend 212", "Recommend"): a line of words and counts is one shape with
        // or without them.
        // The marks on either side of a count left out are one ("Like · Reply · 14 · 2d", "Like · Reply · 1d"). So is a
        // count in brackets ("Like (12) · Reply", "Like · Reply").
        var uncounted: [Substring] = []
        for word in shape.words where word != "#" && word != "(#)" && word != "[#]" {
            if let last = uncounted.last, last == word, !word.contains(where: \.isLetter) { continue }
            uncounted.append(word)
        }
        return uncounted.isEmpty ? shape : uncounted.joined(separator: " ")
    }
}
