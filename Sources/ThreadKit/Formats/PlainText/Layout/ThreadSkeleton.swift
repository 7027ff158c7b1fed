/// A mail archive's thread drawn over each message, as public-inbox draws it: the message's subject, then a line per
/// message nearby, each dated, indented by its depth with a "`" before its name, and the message itself marked "@":
///
///     * Re: [PATCH v2 2/3] iio: adc: vx3204: add driver
///       2019-03-05 19:14 ` [PATCH v2 2/3] iio: adc: vx3204: add driver Marta Kowalczyk
///     @ 2019-03-06  2:31   ` kbuild test robot
///     From: kbuild test robot @ 2019-03-06  2:31 UTC (permalink / raw)
///
/// The nearest line above the "@" line that stands less deep is its parent, known by its date and name (and, where one
/// poster sent several at one minute, by its subject).
enum ThreadSkeleton {
    /// The parent each header's skeleton shows, as an index of `headers`; nil where it shows none.
    static func parents(of headers: [LayoutHeader], in lines: [PageLine], rules: PlainTextRules) -> [ShownReplies.Link?] {
        let skeletons = headers.map { skeleton(above: $0.top, in: lines, rules: rules) }
        guard skeletons.contains(where: { $0 != nil }) else { return Array(repeating: nil, count: headers.count) }
        let dates = headers.map { date(in: lines[$0.anchor].text) }
        let subjects = skeletons.map { $0.map { subject(of: lines[$0.lowerBound].text) } ?? "" }
        return headers.indices.map { index in
            guard let skeleton = skeletons[index],
                  let own = skeleton.first(where: { lines[$0].text.hasPrefix("@ ") }), let depth = column(of: lines[own]) else { return nil }
            guard let above = skeleton[..<own].last(where: { column(of: lines[$0]).map { $0 < depth } ?? isRoot(lines[$0].text) }),
                  let parentDate = date(in: lines[above].text) else { return nil }
            let text = lines[above].text
            let candidates = headers.indices.filter { other in
                other != index && dates[other] == parentDate && headers[other].author.map { text.hasSuffix($0) } == true
            }
            let chosen = candidates.count == 1 ? candidates : candidates.filter { other in
                let words = subjects[other].split(separator: " ").prefix(rules.skeletonSubjectWords).joined(separator: " ")
                return !words.isEmpty && text.contains(words)
            }
            guard chosen.count == 1, let parent = chosen.first else { return nil }
            return ShownReplies.Link(parent: parent, kind: .threadSkeleton, detail: text)
        }
    }

    /// The lines glued over a header, up to its subject's line ("* Re: …"), when one of them marks the message ("@ DATE").
    private static func skeleton(above top: Int, in lines: [PageLine], rules: PlainTextRules) -> Range<Int>? {
        var first = top
        while first > 0, top - first < rules.skeletonReach, lines[first].blanksBefore == 0, !lines[first - 1].text.hasPrefix("* ") {
            first -= 1
        }
        if first > 0, lines[first - 1].text.hasPrefix("* "), lines[first].blanksBefore == 0 { first -= 1 }
        guard lines[first].text.hasPrefix("* "), lines[first..<top].contains(where: { $0.text.hasPrefix("@ ") }) else { return nil }
        return first..<top
    }

    /// The column of the "`" before the name: the line's depth; nil for a line without one.
    private static func column(of line: PageLine) -> Int? {
        guard let tick = line.text.firstIndex(of: "`") else { return nil }
        return Int(line.indent) + line.text.distance(from: line.text.startIndex, to: tick)
    }

    /// A dated line without a "`": the thread's first message.
    private static func isRoot(_ text: String) -> Bool { date(in: text) != nil && !text.contains("`") }

    /// "2019-03-06  2:31" as "2019-03-06 2:31": a message's date and minute, however padded.
    private static func date(in text: String) -> String? {
        let words = text.split(separator: " ")
        guard let day = words.firstIndex(where: { $0.count == 10 && $0.filter { $0 == "-" }.count == 2 && $0.first?.isASCIIDigit == true }),
              day + 1 < words.count, words[day + 1].contains(":") else { return nil }
        return "\(words[day]) \(words[day + 1])"
    }

    /// "* Re: [PATCH v2 2/3] iio: …" as "[PATCH v2 2/3] iio: …".
    private static func subject(of text: String) -> String {
        var subject = text.dropFirst(2)
        while subject.lowercased().hasPrefix("re: ") { subject = subject.dropFirst(4) }
        return String(subject)
    }
}
