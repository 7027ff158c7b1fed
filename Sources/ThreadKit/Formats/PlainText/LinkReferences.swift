/// A text browser's links: `lynx -dump` and `w3m -dump` number each link where it stands (`[12]Ann said...`) and
/// list the addresses at the end under "References". The list is the page's own; the numbers go, so that the page
/// reads as a browser's copy of it does.
enum LinkReferences {
    /// Removes the list (returned, for the page's chrome) and every link number from `lines`.
    static func setAside(_ lines: inout [PageLine]) -> [String] {
        guard let heading = lines.lastIndex(where: { $0.text == "References" }), heading + 1 < lines.count,
              // lynx may put "Visible links:" over the list.
              lines[(heading + 1)...].prefix(4).filter(isReference).count >= 2 else { return [] }
        let list = lines[heading...].map(\.text)
        lines.removeSubrange(heading...)
        for index in lines.indices where lines[index].text.contains("[") {
            let line = lines[index]
            let text = withoutNumbers(line.text)
            if text != line.text {
                lines[index] = PageLine(text: text, number: line.number, blanksBefore: Int(line.blanksBefore), indent: Int(line.indent))
                lines[index].reachedWrapWidth = line.reachedWrapWidth
            }
        }
        return list
    }

    /// "1. https://example.org/feed", "12. file:///tmp/x.html"
    private static func isReference(_ line: PageLine) -> Bool {
        guard let number = line.text.listNumber, number > 0 else { return false }
        return line.text.contains("://") || line.text.contains("mailto:")
    }

    /// The text without `[12]` before a link; an image's `[name.gif]` stays.
    static func withoutNumbers(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "]"), close > after.startIndex, after[..<close].allSatisfy(\.isASCIIDigit) {
                rest = after[after.index(after: close)...]
            } else {
                result.append("[")
                rest = after
            }
        }
        result += rest
        return result
    }
}
