/// "Finbar in reply to Ann Lee": a poster's name with the reply marker that names whom they answer on the same line, as
/// a copy prints a header's spans side by side. Split into the name's line and the marker's ("in reply to Ann Lee"), the
/// two lines every layout already reads: the name as the author, the marker as the parent the page shows.
enum GluedReplyMarkers {
    static func split(_ lines: inout [PageLine], rules: PlainTextRules) {
        guard lines.contains(where: { $0.isShort && marker(in: $0.text, rules: rules) != nil }) else { return }
        var split: [PageLine] = []
        split.reserveCapacity(lines.count + 16)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard line.isShort, let (at, tail) = marker(in: line.text, rules: rules) else {
                split.append(line)
                continue
            }
            // A header that goes on after the answered name ("Dave N. replied to comment from Dana | DATE | Reply") keeps its
            // rest beside the poster's name, as the page's other headers have it, with the line it wrapped onto; the marker
            // goes under it.
            var name = String(line.text[..<at]) + (tail.map { " " + line.text[$0...] } ?? "")
            if tail != nil, line.reachedWrapWidth, index < lines.count, lines[index].blanksBefore == 0, lines[index].isShort {
                name += " " + lines[index].text
                index += 1
            }
            let rest = String(line.text[line.text.index(after: at)..<(tail.map { line.text.index(before: $0) } ?? line.text.endIndex)])
            split.append(PageLine(text: name, number: line.number, blanksBefore: Int(line.blanksBefore), indent: Int(line.indent)))
            // Under a list's bullet ("* Finbar"), where the item's text stands.
            let bullet = name.split(separator: " ", maxSplits: 1).first.map { $0.isListBullet ? $0.count + 1 : 0 } ?? 0
            split.append(PageLine(text: rest, number: line.number, blanksBefore: 0, indent: Int(line.indent) + bullet))
        }
        lines = split
    }

    /// The space before a reply marker's opener that follows a name, or nil: the words before it are a name (a few, none
    /// ending a sentence or a clause, a capitalised word or a user name first), those after it a name too, up to the end
    /// or to a mark that parts a header's fields ("|", "·", "•"), where the header's rest starts (`tail`).
    private static func marker(in text: String, rules: PlainTextRules) -> (at: String.Index, tail: String.Index?)? {
        guard text.utf8.count > 12, mentionsReply(text) else { return nil }
        let lower = text.lowercased()
        // "reply to" after a name is the end of "in reply to", or a button's words ("Quick reply to this topic").
        for opener in rules.replyMarkerOpeners where !rules.replyMarkerOpeners.contains(where: { $0 != opener && $0.hasSuffix(opener) }) {
            guard let found = lower.range(of: " " + opener), found.lowerBound > lower.startIndex else { continue }
            let at = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: found.lowerBound))
            var name = text[..<at].split(separator: " ")
            if name.first?.isListBullet == true || name.first?.isReplyArrow == true { name.removeFirst() }
            let after = text[text.index(at, offsetBy: opener.count + 1)...]
            let separator = after.split(separator: " ").first { rules.headerSeparators.contains($0) }.map { $0.startIndex }
            let answered = after[..<(separator ?? after.endIndex)].split(separator: " ")
            guard let first = name.first, name.count <= rules.layoutMaxNameWords, !answered.isEmpty,
                  answered.count <= rules.layoutMaxNameWords,
                  first.first?.isUppercase == true || name.count == 1 && first.isUserName || name.count == 1 && first.allSatisfy(\.isLetter),
                  // An initial ends a name ("Dave N."), not a sentence.
                  !name.contains(where: { $0.last.map { ".!?,:;".contains($0) } == true && !($0.count == 2 && $0.first?.isUppercase == true) }),
                  !answered.contains(where: { $0.last.map { "!?".contains($0) } == true }),
                  !(name.count == 1 && rules.proseWords.contains(first.lowercased())) else { continue }
            return (at, separator)
        }
        return nil
    }

    /// "reply" or "replied" in any case: a scan of the bytes, since every short line of a page is asked (a substring search on
    /// each cost more than the rest of this pass).
    private static func mentionsReply(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 5 else { return false }
            for index in 1..<(bytes.count - 3) where bytes[index] == UInt8(ascii: "e") && bytes[index + 1] == UInt8(ascii: "p")
                && bytes[index + 2] == UInt8(ascii: "l") && (bytes[index + 3] == UInt8(ascii: "y") || bytes[index + 3] == UInt8(ascii: "i"))
                && bytes[index - 1] | 0x20 == UInt8(ascii: "r") {
                return true
            }
            return false
        }
    }
}
