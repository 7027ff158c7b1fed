/// A forum's line of the poster's status beside the name ("harbourmaster_d is offline", "tommyp ist offline Fühle mich
/// heimisch", w3m's "dc_denizen's dc_denizen dc_denizen is online now Join Date: Oct 2005"): the name once, on a line of its
/// own, and what follows the status on the line under it (a user title, the post's buttons); the status is chrome.
enum OnlineStatus {
    static func split(_ lines: inout [PageLine], rules: PlainTextRules) {
        lines.replaceLines { line in
            guard line.isShort, let (name, rest) = status(in: line.text, rules: rules) else { return nil }
            var named = PageLine(text: name, number: line.number, blanksBefore: Int(line.blanksBefore), indent: Int(line.indent))
            named.hadStatus = true
            return rest.isEmpty ? [named] : [named, PageLine(text: rest, number: line.number, blanksBefore: 0, indent: Int(line.indent))]
        }
    }

    /// The poster's name before the status phrase, and the text after it.
    static func status(in text: String, rules: PlainTextRules) -> (name: String, rest: String)? {
        // Most lines hold no "line" ("online", "offline") at all: passed over on their bytes.
        guard text.holds("line"), !rules.onlineHeadings.contains(text.lowercased()) else { return nil }
        // The word alone ending the line only after a name of its own: no figure, no possessive, no more words than a name's
        // ("2.3K Online", "Who's Online" and "Appetizers (123) Online" are a site's).
        let ending = rules.onlineStatusEndings.first { text.hasSuffix($0) }.flatMap { text.range(of: $0, options: .backwards) }.flatMap { range in
            let name = text[..<range.lowerBound]
            // (Nor the status twice, SMF's icon and its text: "Offline Offline".)
            return name.contains(where: { $0.isNumber || $0 == "(" || $0 == "'" || $0 == "’" })
                || name.split(separator: " ").count > rules.layoutMaxNameWords
                || rules.onlineStatusEndings.contains(" " + name) ? nil : range
        }
        for range in rules.onlineStatusPhrases.compactMap({ text.range(of: $0) }) + [ending].compactMap({ $0 }) {
            var words = text[..<range.lowerBound].split(separator: " ")
            let rest = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !words.isEmpty, words.count <= 2 * rules.layoutMaxNameWords + 1, rest.first.map({ ".,;:!?".contains($0) }) != true
            else { return nil }
            // The avatar's text before the name ("dc_denizen's"), and the name printed twice (its link and its text).
            if words.count >= 2, let first = words.first, first.hasSuffix("'s"), words.dropFirst().first == first.dropLast(2) { words.removeFirst() }
            let doubled = words.count % 2 == 0 && words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...])
            if doubled { words.removeLast(words.count / 2) }
            // Not a sentence that says something is online ("The form is online now", "Timetable is online."): no sentence's end
            // follows a name, and a name printed once has none of prose's small words ("The North One The North One" may).
            guard doubled || !words.contains(where: { rules.proseWords.contains($0.lowercased()) }) else { return nil }
            return (words.joined(separator: " "), rest)
        }
        return nil
    }
}
