import Foundation

/// Parents a page shows rather than leaves to guessing: indentation, a list restarted under a comment,
/// an attribution ("Ann wrote:", "Originally Posted by Ann") or a reply marker ("In reply to Ann", "@ann")
/// at the top of the body. None of these is marked inferred.
enum ShownReplies {
    struct Link {
        var parent: Int
        var kind: EvidenceKind
        var detail: String?
    }

    /// Each comment's parent from its depth (a column of indentation, deeper is a reply): the nearest comment above it that is less deep.
    static func byDepth(_ depths: [Int], shownBy kind: EvidenceKind = .indentation) -> [Link?] {
        var open: [(depth: Int, comment: Int)] = []
        return depths.enumerated().map { index, depth in
            while let last = open.last, last.depth >= depth { open.removeLast() }
            defer { open.append((depth, index)) }
            return open.last.map { Link(parent: $0.comment, kind: kind) }
        }
    }

    /// Each comment's parent from its list number: a list that starts again at 1 is nested under the comment above
    /// it; a number that follows one of an open list goes on that list.
    static func byListNumbers(_ numbers: [Int?]) -> [Link?] {
        var lists: [(last: Int, parent: Int?)] = []
        return numbers.enumerated().map { index, number in
            guard let number else { return nil }
            if lists.isEmpty || number == 1 && index > 0 {
                lists.append((number, lists.isEmpty ? nil : index - 1))
            } else {
                while lists.count > 1, lists[lists.count - 1].last + 1 != number { lists.removeLast() }
                lists[lists.count - 1].last = number
            }
            return lists[lists.count - 1].parent.map { Link(parent: $0, kind: .listRestart) }
        }
    }

    /// The comment that a reply marker alone on the first line of `comments[index]`'s body answers ("↳ In reply to Ann"):
    /// the marker is taken off the body (it is no text of the comment) and returned with the link.
    /// The marker goes from the text even when it names no one shown above ("Replying to Jen", whose comment the copy did not
    /// load): the link is nil then.
    static func marked(_ index: Int, in comments: inout [Comment], rules: PlainTextRules) -> (link: Link?, marker: String)? {
        // "Reply to tomas_v: only the morning one.": the commenter's own words, addressed, not the page's marker (a subject's
        // "In reply to TITLE… by NAME" may be longer, and hold a colon).
        guard let first = comments[index].blocks.first?.text, isReplyMarker(first, rules: rules),
              first.split(separator: " ").count <= rules.layoutMaxNameWords + 3
                && first.split(separator: ":", maxSplits: 1).dropFirst().first.map({ $0.split(separator: " ").count < 2 }) != false
                || bySubject(first, rules: rules) != nil else { return nil }
        let link = named(index, in: comments, rules: rules)
        // Unresolved, it is kept where it is all the text there is.
        if link == nil, comments[index].blocks.count < 2 { return nil }
        comments[index].blocks.removeFirst()
        return (link, first)
    }

    /// The comment named at the top of `comments[index]`'s body, as the attribution of a quotation or as the one answered.
    /// `handles` are the posters' handles where their headers show them ("@ann@example.social").
    static func named(_ index: Int, in comments: [Comment], handles: [String?] = [], rules: PlainTextRules) -> Link? {
        var top = comments[index].blocks.prefix(2).map(\.text)
        guard let first = top.first else { return nil }
        // "On Tue, 10 Sep 2019 at 21:14, Ruth Adeyemi" / "<ruth at example.org> wrote:": an attribution a mailer broke in two.
        if top.count == 2 { top.append(top[0] + " " + top[1]) }
        for text in top where text.count <= rules.maxNameLength {
            if let (kind, said) = opening(of: text, rules: rules) {
                // A subject's first word may be a poster's name too ("In reply to Grace Fellowship… by Alton"): the poster first.
                if kind == .replyMarker, let (subject, poster) = bySubject(text, rules: rules),
                   let shown = link(to: poster, before: index, in: comments, kind: kind, opening: subject) { return shown }
                return link(to: String(said), before: index, in: comments, kind: kind)
            }
            var words = text.split(separator: " ")
            // The verb ends the line, or comes before the quoted post's date ("Ann wrote: ↑ Sun Mar 03, 2019").
            if let verb = words.prefix(8).lastIndex(where: { rules.attributionVerbs.contains($0.lowercased()) }),
               verb == words.count - 1 || text.count <= rules.maxNameLength && !text.hasSuffix(".") {
                words.removeSubrange(verb...)
                // "On Mar 3, 2019, Ann Lee <ann@example.org> wrote:": the name ends the line, before any address.
                let said = words.filter { !($0.contains("<") || $0.contains(">")) && $0 != "at" }.joined(separator: " ")
                return link(to: said, before: index, in: comments, kind: .attribution, endsWith: true)
            }
        }
        if let said = first.gluedAttribution(rules, parted: true)?.name {
            return link(to: String(said), before: index, in: comments, kind: .attribution, endsWith: true)
        }
        // "kazlauskis:" set as the title of the quotation under it (Discourse's, an avatar's stand-in before it): the poster quoted.
        let title = first.drop { !$0.isLetter && !$0.isNumber }
        if comments[index].blocks.first?.kind == .quote, title.last == ":", !title.hasMoreWords(than: rules.layoutMaxNameWords) {
            return link(to: String(title.dropLast()), before: index, in: comments, kind: .attribution)
        }
        if first.hasPrefix("@"), let handle = first.split(separator: " ").first {
            let wanted = key(String(handle)).split(separator: "@").first.map(String.init) ?? ""
            for earlier in stride(from: index - 1, through: 0, by: -1) where earlier < handles.count {
                guard let shown = handles[earlier].map(key), shown.split(separator: "@").first.map(String.init) == wanted else { continue }
                return Link(parent: earlier, kind: .replyMarker, detail: handles[earlier])
            }
            return link(to: String(handle), before: index, in: comments, kind: .replyMarker)
        }
        return nil
    }

    /// Whether `text` opens an attribution (`.attribution`, "Originally posted by ") or a reply marker (`.replyMarker`,
    /// "In reply to "), marks before it let go ("↳ In reply to Ann"), and the words after the opener; nil when neither.
    /// Asked of every short line: compared on the bytes, with no lower-cased copy (the openers are ASCII).
    static func opening(of text: String, rules: PlainTextRules) -> (kind: EvidenceKind, rest: Substring)? {
        let start = text.utf8.first.map { ($0 | 0x20) &- 0x61 < 26 } == true ? text[...] : text.drop { !$0.isLetter && !$0.isNumber }
        guard let first = start.utf8.first, rules.opensMarker[Int(first &- 0x41 < 26 ? first | 0x20 : first)] else { return nil }
        if let opener = rules.replyMarkerOpeners.first(where: { ChromeLine.opens(start.utf8, with: $0) }) {
            return (.replyMarker, start.dropFirst(opener.count))
        }
        if let opener = rules.attributionOpeners.first(where: { ChromeLine.opens(start.utf8, with: $0) }) {
            return (.attribution, start.dropFirst(opener.count))
        }
        // "In reply to" alone: the one answered is gone (a deleted account's comment), the marker no text of the reply.
        if start.utf8.count < 16, start.utf8.last.map({ $0 | 0x20 == UInt8(ascii: "o") }) == true, rules.replyMarkerOpeners.contains(where: { $0.utf8.count == start.utf8.count + 1 && ChromeLine.opens((start + " ").utf8, with: $0) }) {
            return (.replyMarker, start.dropFirst(start.count))
        }
        return nil
    }

    /// "In reply to The bus routes alone are… by Tammy Reinholt": the subject (the answered comment's opening words, less the
    /// ellipsis that cut them) and the poster's name; nil for a marker of no subject, or one too long to be a marker.
    static func bySubject(_ text: String, rules: PlainTextRules) -> (subject: String, poster: String)? {
        guard let (_, rest) = opening(of: text, rules: rules), let by = rest.range(of: rules.markerPosterWord, options: .backwards) else {
            return nil
        }
        let subject = rest[..<by.lowerBound], poster = rest[by.upperBound...]
        guard !subject.hasMoreWords(than: rules.markerSubjectWords), !poster.hasMoreWords(than: rules.layoutMaxNameWords),
              !poster.isEmpty else { return nil }
        return (String(subject.trimmingSpaces[...].withoutClosingEllipsis), String(poster))
    }

    /// "↳ In reply to Ann": a line that names the one its comment answers.
    static func isReplyMarker(_ text: String, rules: PlainTextRules) -> Bool { opening(of: text, rules: rules)?.kind == .replyMarker }

    /// "Ann wrote:", "On Mar 3, Bob said:", "Quote:", "Originally Posted by Ann": a line that opens a quotation.
    static func isAttribution(_ text: String, rules: PlainTextRules) -> Bool {
        // (Only six letters of ASCII lower-case to "quote:".)
        if text.utf8.count == 6, text.lowercased() == "quote:" { return true }
        if opening(of: text, rules: rules)?.kind == .attribution { return true }
        // "Ann wrote: ↑ Sun Mar 03, 2019": phpBB puts the quoted post's date after the verb. Only the first eight words are
        // lower-cased, and split only when a verb's bytes are in them: most lines hold none.
        let head = text.firstWords(8).lowercased()
        return rules.attributionVerbs.contains(where: head.holds)
            && head.split(separator: " ").contains { rules.attributionVerbs.contains(String($0)) }
            && !text.hasSuffix("?") && !text.hasSuffix(".")
    }

    /// What a name said in a marker or on an author line may end with ("Njeri W.", "Ann!"), trimmed from both alike.
    private static let endPunctuation = CharacterSet(charactersIn: " .!?")

    /// The latest comment before `index` whose author is `said` (or, with `endsWith`, ends it).
    /// With an `opening` (a marker's subject), the latest of the poster's comments that opens so, else their latest.
    private static func link(to said: String, before index: Int, in comments: [Comment], kind: EvidenceKind, endsWith: Bool = false,
                             opening: String? = nil) -> Link? {
        if let opening, !opening.isEmpty, let latest = link(to: said, before: index, in: comments, kind: kind) {
            let posted = stride(from: latest.parent, through: 0, by: -1).filter { comments[$0].author == comments[latest.parent].author }
            return posted.first { comments[$0].blocks.first?.text.hasPrefix(opening) == true }
                .map { Link(parent: $0, kind: kind, detail: comments[$0].author) } ?? latest
        }
        // A name may hold a comma ("Concerned Resident, Ward 7"), or the comma may end it ("In reply to Ann, who…"):
        // the whole first, then up to the comma.
        let whole = key(said).trimmingCharacters(in: endPunctuation)
        if !endsWith, whole.contains(where: { ",:;".contains($0) }),
           let earlier = stride(from: index - 1, through: 0, by: -1).first(where: { comments[$0].author.map(key) == whole }) {
            return Link(parent: earlier, kind: kind, detail: comments[earlier].author)
        }
        var wanted = whole
        if !endsWith, let end = wanted.firstIndex(where: { ",:;".contains($0) }) { wanted = String(wanted[..<end]) }
        wanted = wanted.trimmingCharacters(in: endPunctuation)
        guard !wanted.isEmpty else { return nil }
        for earlier in stride(from: index - 1, through: 0, by: -1) {
            // Trimmed as the name said is: "In reply to Njeri W." names "Njeri W." with or without its full stop.
            guard let author = comments[earlier].author.map({ key($0).trimmingCharacters(in: endPunctuation) }),
                  !author.isEmpty else { continue }
            let handle = author.split(separator: "@").first.map(String.init) ?? author
            if wanted == author || wanted == handle || (endsWith && (wanted.hasSuffix(" " + author) || wanted.hasSuffix("," + author))) {
                return Link(parent: earlier, kind: kind, detail: comments[earlier].author)
            }
        }
        // A poster's whole name with more words after it, where no name is the words said: "Ann wrote", a link's label beside
        // the name ("Originally Posted by Sagitta Luminis View Post"). The longest such name ("Ann Lee on March 3" names Ann Lee,
        // not Ann), of them the latest.
        guard !endsWith else { return nil }
        var found: (comment: Int, length: Int)?
        for earlier in stride(from: index - 1, through: 0, by: -1) {
            guard let author = comments[earlier].author.map({ key($0).trimmingCharacters(in: endPunctuation) }), !author.isEmpty,
                  author.utf8.count > found?.length ?? 0, wanted.hasPrefix(author + " ") else { continue }
            found = (earlier, author.utf8.count)
        }
        return found.map { Link(parent: $0.comment, kind: kind, detail: comments[$0.comment].author) }
    }

    /// A name as names are compared: case-blind, without `@` or `u/` before it, spaces collapsed.
    private static func key(_ name: String) -> String {
        var name = Substring(name.lowercased())
        while name.first == "@" { name = name.dropFirst() }
        if name.hasPrefix("u/") { name = name.dropFirst(2) }
        return name.split(separator: " ").joined(separator: " ")
    }
}

extension String {
    /// "Urwrongx1000 wrote:I don't know …", "Villeroy wrote:... By the way": a name of a few words and a verb of quoting whose
    /// colon the quotation's first word is glued to, as a text browser prints a forum's attribution and its quotation. The
    /// name and the colon; nil for any other line. `parted`: the colon may end its word too ("Edda wrote: I'm …", as the
    /// comment's text has it once the space is put back).
    func gluedAttribution(_ rules: PlainTextRules, parted: Bool = false) -> (name: Substring, colon: String.Index)? {
        // Most lines hold no colon among their first bytes: passed over on them.
        guard utf8.prefix(64).contains(UInt8(ascii: ":")) else { return nil }
        let words = split(separator: " ", maxSplits: 5)
        for (position, word) in words.prefix(5).enumerated() where position > 0 {
            guard let colon = word.firstIndex(of: ":") else { continue }
            // The name holds no colon of its own ("Note: this wrote:…" is no attribution).
            guard colon < word.index(before: word.endIndex) || parted && colon == word.index(before: word.endIndex),
                  rules.attributionVerbs.contains(word[...colon].lowercased()), !words[..<position].contains(where: { $0.contains(":") }) else { return nil }
            return (self[words[0].startIndex..<words[position - 1].endIndex], colon)
        }
        return nil
    }

    func opensWithGluedAttribution(_ rules: PlainTextRules) -> Bool { gluedAttribution(rules) != nil }

    /// The line with the space the copy lost after a glued attribution's colon ("Edda wrote: I'm …"); itself otherwise.
    func partingGluedAttribution(_ rules: PlainTextRules) -> String {
        guard let colon = gluedAttribution(rules)?.colon else { return self }
        let after = index(after: colon)
        return String(self[..<after]) + " " + self[after...]
    }
}
