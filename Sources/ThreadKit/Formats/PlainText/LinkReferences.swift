/// A text browser's links: `lynx -dump` and `w3m -dump` number each link where it stands (`[12]Ann said...`) and
/// list the addresses at the end under "References". The list is the page's own; the numbers go, so that the page
/// reads as a browser's copy of it does.
enum LinkReferences {
    /// Removes the list (returned, for the page's chrome) and every link number from `lines`; each line's links (by its
    /// number in the file) go to `links`.
    static func setAside(_ lines: inout [PageLine], links: inout [Int32: [Link]]) -> [String] {
        guard let heading = lines.lastIndex(where: { $0.text == "References" }), heading + 1 < lines.count,
              // lynx may put "Visible links:" over the list.
              lines[(heading + 1)...].prefix(4).filter(isReference).count >= 2 else { return [] }
        let list = lines[heading...].map(\.text)
        var addresses: [Int: String] = [:]
        for line in lines[heading...] where isReference(line) {
            if let number = referenceNumber(line.text), let space = line.text.firstIndex(of: " ") {
                addresses[number] = String(line.text[line.text.index(after: space)...])
            }
        }
        lines.removeSubrange(heading...)
        // lynx prints the apostrophe a page escapes ("&#x27;", as Hacker News does) as the modifier letter "ʼ": read as the
        // apostrophe it stands for, so that "donʼt" is found by "don't".
        for index in lines.indices where lines[index].text.holdsByte(0xCA) {
            lines[index].text = String(lines[index].text.map { $0 == "\u{02BC}" ? "'" : $0 })
        }
        var emptied: [Int] = []
        // lynx numbers its links one after another down the page: a "[1]" or "[0]" after "[350]" is the text's own (a
        // commenter's footnote: "a Chuwi Lapbook[0]"), and so is a "[445]" after "[393]" (an encyclopaedia's, quoted). Not in
        // several copies one after another (a mail archive's messages, each with its list and its numbers from 1).
        var last = lines[..<heading].contains { $0.text == "References" } ? nil : Optional(0)
        for index in lines.indices where lines[index].text.holdsByte(UInt8(ascii: "[")) {
            let line = lines[index]
            let (text, numbered) = withoutNumbers(line.text, after: &last)
            if text.isEmpty {
                // A link with no text (an image or an icon lynx printed as its number alone): nothing is left of the line.
                emptied.append(index)
            } else if text != line.text {
                lines[index] = PageLine(text: text, number: line.number, blanksBefore: Int(line.blanksBefore), indent: Int(line.indent))
                lines[index].reachedWrapWidth = line.reachedWrapWidth
                let found = numbered.compactMap { number, text in addresses[number].map { Link(text: text, url: $0) } }
                if !found.isEmpty { links[line.number, default: []] += found }
            }
        }
        for index in emptied.reversed() {
            // The line under it stands where it stood: as far below the text above as the emptied line did, or further.
            if index + 1 < lines.count, lines[index].blanksBefore > lines[index + 1].blanksBefore {
                lines[index + 1].blanksBefore = lines[index].blanksBefore
            }
            lines.remove(at: index)
        }
        return list
    }

    /// How far past the last link's number the next may be (numbers a link hidden from the text took between).
    private static let linkNumberGap = 10

    /// "1. https://example.org/feed", "12. file:///tmp/x.html", "1369. https://…" (a long page's list passes a thousand).
    private static func isReference(_ line: PageLine) -> Bool {
        guard let number = referenceNumber(line.text), number > 0 else { return false }
        return line.text.holds("://") || line.text.holds("mailto:")
    }

    /// The number opening a line of the list: figures and a full stop.
    private static func referenceNumber(_ text: String) -> Int? {
        guard let word = text.split(separator: " ", maxSplits: 1).first, word.count <= 8, word.last == "." else { return nil }
        return Int(word.dropLast())
    }

    /// The text without `[12]` before a link (an image's `[name.gif]` stays), and each number with the link's text: the
    /// words after it up to the next link or a mark (`|`, `•`), a few at most, since lynx does not say where a link ends.
    /// `last`: the number of the link before the line's; only one a little later is a link's (it is moved on): a link hidden
    /// from the text may take a number or two between. nil: any number is a link's.
    static func withoutNumbers(_ text: String, after last: inout Int?) -> (String, [(Int, String)]) {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var numbered: [(Int, String)] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "]"), close > after.startIndex, after[..<close].allSatisfy(\.isASCIIDigit),
               let number = Int(after[..<close]), last.map({ number > $0 && number - $0 <= linkNumberGap }) ?? true {
                if last != nil { last = number }
                rest = after[after.index(after: close)...]
                let words = rest.prefix { $0 != "[" }.split(separator: " ").prefix { !"|•·»".contains($0) }.prefix(8)
                if !words.isEmpty { numbered.append((number, words.joined(separator: " "))) }
            } else {
                result.append("[")
                rest = after
            }
        }
        result += rest
        return (result, numbered)
    }
}

/// A browser's "Save as text" prints each link's address after its text (`Home <https://example.org/>`), and wraps the
/// line where the address made it long. The addresses go and the lines they broke are joined again, so that the page
/// reads as a copy of it does; they are returned for the page's chrome.
enum InlineAddresses {
    static func setAside(_ lines: inout [PageLine], links: inout [Int32: [Link]], rules: PlainTextRules) -> [String] {
        guard lines.contains(where: { hasAddress($0.text) }) else { return [] }
        var addresses: [String] = []
        var kept: [PageLine] = []
        kept.reserveCapacity(lines.count)
        var blanksCarried = 0
        var open: PageLine?
        // The last line kept, when an address made it as long as a wrapped line: the browser may have broken it there
        // ("* Finbar <https://…> in" / "reply to Ann"). A line glued under it that goes on in small letters, or under a small
        // word of prose ("… in reply to" / "Finbar"), goes back on it.
        var broken = false
        func goesOnBroken(_ text: String, _ line: PageLine) -> Bool {
            guard broken, line.blanksBefore == 0, blanksCarried == 0, let above = kept.last, line.indent >= above.indent else { return false }
            return text.first?.isLowercase == true || above.text.split(separator: " ").last.map { rules.proseWords.contains($0.lowercased()) } == true
        }
        for var line in lines {
            // An address the browser broke over lines ("<https://example.org/2022/04/re-cording-" / "the-back.html>"): one line again.
            if var start = open.take() {
                if line.blanksBefore == 0 {
                    start.text += line.text
                    line = start
                } else {
                    kept.append(carrying(blanksCarried, start))
                    blanksCarried = 0
                }
            }
            if hasOpenAddress(line.text) {
                open = line
                continue
            }
            // As long as a wrapped line: asked only of a line an address was taken from.
            let wrapped = { !line.text.hasAtMost(characters: rules.wrappedLineLength - Int(line.indent) - 1) }
            var text = line.text
            if hasAddress(line.text) {
                let (stripped, everyFound) = withoutAddresses(line.text)
                let found = everyFound.filter { !$0.url.hasPrefix("javascript:") }
                addresses += found.map(\.url)
                let attached = found.filter { !$0.text.isEmpty }
                if !attached.isEmpty { links[line.number, default: []] += attached }
                if stripped.isEmpty {
                    // A line of addresses only: the next line stands where it stood, on a line of its own.
                    blanksCarried = max(blanksCarried, Int(line.blanksBefore))
                    broken = false
                    continue
                }
                text = stripped
            }
            // The address began this line: the browser broke the line before it.
            let opensWithAddress = text != line.text && line.text.hasPrefix("<")
            if opensWithAddress && line.blanksBefore == 0 && blanksCarried == 0 || goesOnBroken(text, line), var last = kept.popLast() {
                last.text += " " + text
                kept.append(last)
                broken = text != line.text && wrapped()
                continue
            }
            kept.append(carrying(blanksCarried, text == line.text ? line
                : PageLine(text: text, number: line.number, blanksBefore: Int(line.blanksBefore), indent: Int(line.indent))))
            blanksCarried = 0
            broken = text != line.text && wrapped()
        }
        if let open { kept.append(carrying(blanksCarried, open)) }
        lines = kept
        return addresses
    }

    /// `javascript:` too: a script's button ("save <javascript:void(0)>") is printed as a link, though it leads nowhere.
    private static let schemes: [StaticString] = ["<http://", "<https://", "<mailto:", "<ftp://", "<file://", "<javascript:"]

    private static func hasAddress(_ text: String) -> Bool {
        text.holdsByte(UInt8(ascii: "<")) && schemes.contains { text.holds($0) }
    }

    /// An address opens on the line and does not close on it.
    private static func hasOpenAddress(_ text: String) -> Bool {
        guard hasAddress(text), let open = text.lastIndex(of: "<") else { return false }
        let tail = text[open...]
        return schemes.contains { tail.begins(with: $0) } && !tail.contains(">") && !tail.contains(" ")
    }

    private static func carrying(_ blanks: Int, _ line: PageLine) -> PageLine {
        guard blanks > Int(line.blanksBefore) else { return line }
        var line = line
        line.blanksBefore = UInt8(min(blanks, Int(UInt8.max)))
        return line
    }

    /// The text without `<scheme:…>` (and the space before it), and the links: each address with the words before it
    /// since the last one, a few at most (the link's text as the page shows it; empty when the line opens with it).
    private static func withoutAddresses(_ text: String) -> (String, [Link]) {
        var result = ""
        var found: [Link] = []
        var rest = Substring(text)
        var sinceLast = ""
        while let open = rest.firstIndex(of: "<") {
            let candidate = rest[open...]
            guard schemes.contains(where: { candidate.begins(with: $0) }), let close = candidate.firstIndex(of: ">"),
                  !candidate[..<close].contains(" ") else {
                result += rest[...open]
                sinceLast += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += rest[..<open]
            sinceLast += rest[..<open]
            let words = sinceLast.split(separator: " ").suffix(6).joined(separator: " ")
            found.append(Link(text: words, url: String(candidate[candidate.index(after: candidate.startIndex)..<close])))
            sinceLast = ""
            rest = candidate[candidate.index(after: close)...]
            // "*Ann <https://ann.example>* says:": the mark closing the link's text goes back on it (a word after it does not:
            // "[–] <javascript:void(0)>ann").
            if let next = rest.first, next != " ", !next.isLetter, !next.isNumber, result.last == " " { result.removeLast() }
        }
        result += rest
        return (result.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "), found)
    }
}
