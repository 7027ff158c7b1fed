/// How one page lays out its comments, learnt from the page itself (`PageLayout.induce`): the line that
/// marks each comment, where the author's name is, whether that header comes before the body or after
/// it, which lines around it belong to it, which repeated lines are furniture, and what shows nesting.
struct PageLayout {
    enum Placement: String { case header = "before the body", trailer = "after the body (a trailer)" }
    enum Nesting: String {
        case none = "none shown (replies inferred)"
        case indentation = "indentation"
        case listNumbers = "list numbers (a list started again under a comment; counting up, one after another)"
        case postNumbers = "posts numbered one after another (\"#1\", \"#2\"): none under another"
        case levels = "a numbered level line above each header (\"level 2\")"
        case navigation = "links in each header to its parent and siblings (\"| parent | prev | next\")"
        case linkedIDs = "links in each comment to its own address and its parent's (\"…/d8q7hjh\", \"#d8q4jdv\")"
        case descendantCounts = "a count of every comment under each one in its header (\"(10 children)\")"
        case replyCounts = "a count of replies under a comment (\"12 replies\"), its replies listed below it"
        case answeredNames = "the name of the one answered under the poster's, over the header (\"Priya Raman\" / \"Dale Fennimore\" / DATE)"
    }

    /// The line that recurs once per comment, matched at the start of a line (`whole` for lines with no name).
    var anchor: LineShape
    var anchorIsWhole: Bool
    /// For an anchor matched at the start of a line: the tokens its headers go on with (nil: the line ends there).
    var followers: Set<LineShape.Token?>?
    /// Lines that head a comment though they do not match the anchor: the ends of the page's headers standing alone, as the
    /// header of a comment that lost its name ("| parent | next [–]"); the anchor without its name, a poster who gave none
    /// ("permalien"); the anchor with a figure in a user title's slot ("macrumors 65816" beside "macrumors member").
    var orphanTails: Set<[LineShape.Token]> = []
    /// A control the page prints the same in many comments, with an ellipsis ("Click to expand..."): set aside, and under a
    /// quotation it closes it.
    var controls: Set<String> = []
    /// Where the author's name is: in the anchor's name slot (0), or alone on the line this far from it.
    var authorOffset: Int
    /// The name line just above most anchors stands apart from them (a text browser that parts every line of a block): a line
    /// there that may be a name is one, however weakly it scores alone, set apart from the anchor or not.
    var weakNamesApart = false
    /// Each comment is a list's item that opens with the poster's name alone, its text under it (`isListedName`): only such
    /// items are headers, not every name alone on its line.
    var listedNames = false
    /// The name slot holds one word: what follows it in the slot is a flair or a title.
    var singleWordNames: Bool
    /// A word that opens the name slot of nearly every header, the header's own ("Postby Jakob", "Post by Jakob »"): the poster
    /// follows it (`posterWords`), and a line whose slot does not open with it is no header ("Last edited by Jakob on …").
    var slotLead: String?
    /// Nearly every header dates its comment on its own line (`PlainTextRules.layoutDatedShare`): one without a date is none.
    var datedHeaders = false
    /// The headers, a name and a figure, are dated by a line of their block below them ("Beasly 82" / … / "Posted August 19,
    /// 2013"): one with no date there is the page's ("Followers 0").
    var datedBelow = false
    /// The name slot ends with the poster's place after a comma, in most headers ("Ann Lee, Paisley, United Kingdom, …").
    var placeAfterComma = false
    var placement: Placement
    /// Other lines of the header block (`Join Date: DATE`, `Posts: N`, a date under the name).
    var parts: Set<LineShape>
    /// A detail glued over the anchor in most headers, which opens the block ("14 March 2024, 7:12am" / "by Gwen Parry").
    var leads: Set<LineShape> = []
    var furniture: Set<LineShape>
    /// Lines where the anchor stood when the layout was learnt: about one a comment.
    var anchorCount = 0
    var nesting: Nesting = .none
    /// The signature comments under a post end their line with ("– NAME DATE"), when the page has them.
    var signatures: LineShape?
    var vocabulary: LineShape.Vocabulary
    /// The lines the layout was learnt from, shaped by this vocabulary (from the line `first` on): matching the page's headers
    /// reads them again rather than shaping them twice.
    var shapedSample: (first: Int, lines: [ShapedLine?])?
    /// Why the header comes where it does, for `--layout`.
    var placementEvidence: [Evidence] = []

    /// For `skein dump --layout`.
    var summary: [String] {
        var lines = ["header: \(anchor)" + (listedNames ? " (a list's item, its text under it)" : anchorIsWhole ? " (the whole line)" : " (the start of a line)")]
        lines.append(authorOffset == 0 ? "author: the NAME of the header" + (slotLead.map { " after \"\($0)\"" } ?? "")
                         + (singleWordNames ? ", its first word" : "")
                         + (placeAfterComma ? ", less the place after its last comma" : "")
                         : "author: the name line \(abs(authorOffset)) \(authorOffset < 0 ? "above" : "below") the header")
        lines.append("placement: \(placement.rawValue)" + (placementEvidence.isEmpty ? ""
            : " — " + placementEvidence.map(\.description).joined(separator: "; ")))
        lines.append("header block: " + (parts.isEmpty && leads.isEmpty ? "one line"
            : (leads.map { "\($0) above" } + parts.map(\.description)).sorted().joined(separator: " · ")))
        lines.append("furniture: " + (furniture.isEmpty ? "none" : furniture.map(\.description).sorted().joined(separator: " · ")))
        lines.append("nesting: \(nesting.rawValue)")
        if let signatures { lines.append("comments signed at the end of their text: … — \(signatures), listed under the post they comment on") }
        return lines
    }
}

extension PageLayout {
    /// The words of a header's line that name its poster, `match` being the anchor's match on it: the name slot, past the
    /// page's lead words ("Postby Jakob"), or the name the anchor goes on with where the slot is the lead alone ("Post by Jakob
    /// »", "Find More Posts by Jakob"); nil for a line whose slot does not open with the lead.
    func posterWords(in line: ShapedLine, match: (name: Range<Int>, end: Int)) -> Range<Int>? {
        Self.posterWords(in: line, match: match, lead: slotLead, labels: vocabulary.labels)
    }

    private static func posterWords(in line: ShapedLine, match: (name: Range<Int>, end: Int), lead: String?,
                                    labels: Set<String>) -> Range<Int>? {
        guard let lead, !match.name.isEmpty else { return match.name }
        let count = lead.split(separator: " ").count
        guard match.name.count >= count, line.words[match.name.prefix(count)].map(LineShape.key).joined(separator: " ") == lead else { return nil }
        if match.name.count > count { return match.name.dropFirst(count) }
        let tokens = line.shape.tokens
        return match.end < tokens.count && tokens[match.end].isName(labels: labels) ? line.spans[match.end]
            : match.name.upperBound..<match.name.upperBound
    }

    /// The lead words of `slots` (`slotLead`): one word opens nearly all of them, with the words that follow it in all of those
    /// ("find more posts"), and more than one poster follows them.
    static func slotLead(of slots: [(line: ShapedLine, match: (name: Range<Int>, end: Int))], labels: Set<String>,
                         rules: PlainTextRules) -> String? {
        let firsts = Dictionary(slots.compactMap { slot in slot.match.name.first.map { (LineShape.key(slot.line.words[$0]), 1) } },
                                uniquingKeysWith: +)
        // Lines of prose that match the anchor ("abide by (General) Causality") open with words of their own, each once.
        let recurring = firsts.values.filter { $0 > 1 }.reduce(0, +)
        guard let (first, count) = firsts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count >= rules.layoutMinimumRepeats,
              count * 2 > slots.count, Double(count) >= Double(recurring) * rules.layoutSlotLeadShare else { return nil }
        var lead = first
        let led = slots.filter { slot in slot.match.name.first.map { LineShape.key(slot.line.words[$0]) } == first }
        var words = 1
        while let next = led.first.flatMap({ slot in slot.match.name.count > words ? LineShape.key(slot.line.words[slot.match.name.lowerBound + words]) : nil }),
              led.allSatisfy({ $0.match.name.count > words && LineShape.key($0.line.words[$0.match.name.lowerBound + words]) == next }) {
            lead += " " + next
            words += 1
        }
        let posters = Dictionary(slots.compactMap { slot in
            posterWords(in: slot.line, match: slot.match, lead: lead, labels: labels).flatMap {
                $0.isEmpty ? nil : (slot.line.words[$0].joined(separator: " "), 1)
            }
        }, uniquingKeysWith: +)
        guard posters.count >= 2, let most = posters.values.max(),
              Double(most) <= Double(posters.values.reduce(0, +)) * rules.layoutSlotLeadPoster else { return nil }
        return lead
    }
}
