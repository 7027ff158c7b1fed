/// A text browser's link to a poster's own page: lynx numbers it where it stands (`[168]jonesMUFCforever [169]jonesMUFCforever
/// Forumite`) and lists where it goes (`168. https://forum.example/profile/jonesMUFCforever`). The page says plainly that the
/// link's words are someone's name, as a status icon beside it does: a line that is the name is marked as such; a line with the
/// name printed twice (the avatar's link, then the name's) is split into the name, marked, and what followed (a user title).
enum ProfileLinks {
    /// `links`: each line's links by its number in the file (`LinkReferences.setAside`).
    static func split(_ lines: inout [PageLine], links: [Int32: [Link]]) {
        guard !links.isEmpty else { return }
        lines.replaceLines { line in
            guard line.isShort, let (name, rest) = links[line.number]?.lazy.compactMap(linkedName).compactMap({ named(line.text, $0) }).first
            else { return nil }
            var nameLine = rest.isEmpty ? line
                : PageLine(text: name, number: line.number, blanksBefore: Int(line.blanksBefore), indent: Int(line.indent))
            nameLine.linksToProfile = true
            return rest.isEmpty ? [nameLine] : [nameLine, PageLine(text: rest, number: line.number, blanksBefore: 0, indent: Int(line.indent))]
        }
    }

    /// The name and what is left of `text` without it: `text` is the name, or the name printed twice (the avatar's link and the
    /// name's) and what follows (a user title: "jonesMUFCforever jonesMUFCforever Forumite"). A name with other words after
    /// it once is left as it stands: the page's header ("Ann, Oct 30, 2014", "Ann says:"), which the layout reads whole.
    private static func named(_ text: String, _ name: String) -> (name: String, rest: String)? {
        if text == name { return (name, "") }
        let twice = name + " " + name
        guard text.hasPrefix(twice) else { return nil }
        let rest = text.dropFirst(twice.count)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return (name, String(rest.drop { $0 == " " }))
    }

    /// The words of a link to a user's page that name the user: the longest run from its first word whose letters and figures
    /// all stand in the address's handle (`John Smith` in `/members/john-smith.123/`, not `Well-known member` after it). Not
    /// a mention (`@ann`), which names the one addressed.
    static func linkedName(_ link: Link) -> String? {
        guard let handle = ProfileAddress.handle(in: link.url).map(key), link.text.first.map(isLetterOrFigure) == true else { return nil }
        let words = link.text.split(separator: " ")
        guard !words.isEmpty else { return nil }
        let named = (1...words.count).last { count in
            let joined = key(words.prefix(count).joined())
            return joined.count >= 2 && handle.contains(joined)
        }
        return named.map { words.prefix($0).joined(separator: " ") }
    }

    private static func isLetterOrFigure(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Letters and figures only, in small letters: how a name and its address's handle are compared.
    private static func key(_ text: some StringProtocol) -> String { String(text.lowercased().filter(isLetterOrFigure)) }
}
