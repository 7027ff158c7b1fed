/// The width at which a text browser or a browser's Save-as-text broke the page's paragraphs into lines (lynx 79 columns,
/// w3m 80, Firefox 72), found from the page's own lines: many lines of text end a few columns short of it and hardly any
/// goes past it. A page copied from a browser's window has none: each paragraph is a line of its own, however long.
struct WrapWidth {
    let columns: Int

    init?(_ lines: [PageLine], rules: PlainTextRules) {
        var widths: [Int] = []
        // A page is wrapped alike throughout: its first lines of text tell.
        for line in lines where line.text.utf8.count >= rules.wrapSampleLength {
            widths.append(line.width)
            if widths.count == rules.wrapSampleLines { break }
        }
        guard widths.count >= rules.wrapMinimumLines else { return nil }
        widths.sort()
        // The widest lines but a few (a long address, a table row).
        let columns = widths[widths.count * 99 / 100]
        guard columns <= rules.wrapMaximumColumns,
              let edge = widths.firstIndex(where: { $0 >= columns - rules.wrapRaggedEdge }),
              Double(widths.count - edge) >= Double(widths.count) * rules.wrapEdgeShare
        else { return nil }
        self.columns = columns
    }

    /// Whether `line` ended only because the first word of `next` would not fit: the same paragraph goes on under it, as
    /// indented. A list's next item, a quoted line or a line set apart starts anew.
    func goesOn(_ line: PageLine, in next: PageLine) -> Bool {
        guard next.blanksBefore == 0, next.indent == line.indent, let word = next.text.split(separator: " ", maxSplits: 1).first,
              !word.isListBullet, String(word).listNumber == nil, word.first != ">" else { return false }
        // A line whose link numbers were taken out was wider as printed.
        return line.width + 1 + word.count > columns || line.widerAsPrinted
    }

    /// What joins `next` to the paragraph `line` ends: a space, or nothing where the copy broke an address too long for its
    /// line ("https://nodejs.org/api/esm.html#" / "esm_enabling"): the line goes on with the address's rest, a piece with a
    /// mark of addresses in it and no space.
    /// (Asked at every join of a wrapped paragraph: the line's last word and the next line's first are found without
    /// cutting either line into words.)
    static func joint(after line: PageLine, before next: PageLine) -> String {
        let text = line.text
        let last = text.lastIndex(of: " ").map { text[text.index(after: $0)...] } ?? text[...]
        let first = next.text.prefix { $0 != " " }
        guard last.holds("://"), first.contains(where: { "/#?=&%_-".contains($0) }), !first.holds("://") else { return " " }
        return ""
    }

    /// Paragraphs of `lines`, each wrapped paragraph joined into one.
    func paragraphs(_ lines: ArraySlice<PageLine>) -> [String] {
        var paragraphs: [String] = []
        var previous: PageLine?
        for line in lines {
            if let previous, goesOn(previous, in: line) {
                paragraphs[paragraphs.count - 1] += Self.joint(after: previous, before: line) + line.text
            } else {
                paragraphs.append(line.text)
            }
            previous = line
        }
        return paragraphs
    }
}

extension Optional where Wrapped == WrapWidth {
    /// Paragraphs of `lines`: one per line where the page was not wrapped.
    func paragraphs(_ lines: ArraySlice<PageLine>) -> [String] {
        self?.paragraphs(lines) ?? lines.map(\.text)
    }
}
