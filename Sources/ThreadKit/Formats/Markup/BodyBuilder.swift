/// Builds a `Body` as a markup reader walks its tree: the reader (Markdown, HTML) says where quotes, lists,
/// blocks and inline styles open and close and hands over text; the builder keeps offsets, list numbers
/// and quote levels, so each reader only maps its own nodes.
struct BodyBuilder {
    private(set) var body = Body()
    private var text = ""
    private var kind: Block.Kind?
    private var spans: [Span] = []
    /// Inline styles open now, with where they began in the current block's text.
    private var openSpans: [(style: Span.Style, start: Int, link: Int?)] = []
    private var quoteLevel = 0
    private var lists: [OpenList] = []
    private var rowHasCell = false
    private var tableHasRow = false

    private struct OpenList {
        var ordered: Bool
        var next: Int
        /// The open item has shown its marker: its later blocks are continuations.
        var markerShown = false
    }

    var isInPreformatted: Bool { kind == .preformatted }
    /// The current block's text ends in whitespace, or nothing is open: a reader collapsing spaces drops one here.
    var endsInSpace: Bool { text.utf8.last.map { $0 == 0x20 || $0 == 0x0A } ?? true }

    // MARK: Containers

    mutating func openQuote() { closeBlock(); quoteLevel += 1 }
    mutating func closeQuote() { closeBlock(); quoteLevel = max(0, quoteLevel - 1) }

    mutating func openList(ordered: Bool, start: Int = 1) {
        closeBlock()
        lists.append(OpenList(ordered: ordered, next: start))
    }

    mutating func closeList() {
        closeBlock()
        if !lists.isEmpty { lists.removeLast() }
    }

    mutating func openItem() {
        closeBlock()
        if lists.isEmpty { lists.append(OpenList(ordered: false, next: 1)) }
        lists[lists.count - 1].markerShown = false
    }

    mutating func closeItem() {
        closeBlock()
        if let last = lists.indices.last, lists[last].ordered, lists[last].markerShown { lists[last].next += 1 }
    }

    // MARK: Tables: rows end in `\n`, cells are apart by `\t`

    mutating func openTable() { openBlock(.table); tableHasRow = false }
    mutating func closeTable() { closeBlock() }

    mutating func openRow() {
        if kind != .table { openTable() }
        if tableHasRow { text += "\n" }
        tableHasRow = true
        rowHasCell = false
    }

    mutating func openCell() {
        if kind != .table { openRow() }
        if rowHasCell { text += "\t" }
        rowHasCell = true
    }

    // MARK: Blocks and text

    mutating func openBlock(_ kind: Block.Kind) {
        closeBlock()
        self.kind = kind
    }

    /// Text of the current block; outside any block it opens a paragraph.
    mutating func append(_ piece: some StringProtocol) {
        if kind == nil { kind = .paragraph }
        // Tabs and newlines inside a table cell would break its layout.
        if kind == .table { text += piece.map { $0 == "\t" || $0 == "\n" ? " " : $0 } } else { text += piece }
    }

    mutating func lineBreak() {
        guard kind != nil else { return }
        if kind == .table { text += " " } else { trimTrailingSpaces(); text += "\n" }
    }

    mutating func rule() {
        openBlock(.rule)
        finish(Block(.rule, "", quoteLevel: quoteLevel, list: listPlace()))
        kind = nil
    }

    mutating func closeBlock() {
        guard let kind else { return }
        for open in openSpans where open.start < text.utf8.count {
            spans.append(Span(open.style, open.start..<text.utf8.count, link: open.link))
        }
        openSpans = openSpans.map { ($0.style, 0, $0.link) }
        let trimmed = kind == .preformatted || kind == .table ? trimmedLines() : trimmedBlanks()
        self.kind = nil
        text = ""
        let blockSpans = spans
        spans = []
        guard !trimmed.text.isEmpty else { return }
        let kept = blockSpans.compactMap { span -> Span? in
            let lower = max(0, span.range.lowerBound - trimmed.cut), upper = min(trimmed.text.utf8.count, span.range.upperBound - trimmed.cut)
            return lower < upper ? Span(span.style, lower..<upper, link: span.link) : nil
        }
        let blockKind = kind == .paragraph && !lists.isEmpty ? .listItem : kind == .paragraph && quoteLevel > 0 ? .quote : kind
        finish(Block(blockKind, trimmed.text, spans: kept.sorted { $0.range.lowerBound < $1.range.lowerBound },
                     quoteLevel: quoteLevel, list: listPlace()))
    }

    mutating func finishBody() -> Body {
        closeBlock()
        return body
    }

    // MARK: Inline styles

    mutating func openSpan(_ style: Span.Style, url: String? = nil) {
        var link: Int?
        if style == .link, let url {
            link = body.links.count
            body.links.append(Link(text: "", url: url))
        }
        openSpans.append((style, text.utf8.count, link))
    }

    mutating func closeSpan(_ style: Span.Style) {
        guard let at = openSpans.lastIndex(where: { $0.style == style }) else { return }
        let open = openSpans.remove(at: at)
        if let link = open.link { closeLink(link, start: open.start) }
        let end = text.utf8.count
        if open.start < end { spans.append(Span(style, open.start..<end, link: open.link)) }
    }

    /// A link with no text, or whose text is its address cut short (`https://example.com/lo...`), reads as its address.
    private mutating func closeLink(_ link: Int, start: Int) {
        let url = body.links[link].url
        let startIndex = text.utf8.index(text.utf8.startIndex, offsetBy: min(start, text.utf8.count))
        let shown = text[startIndex...].trimmingBlanks
        let stem = shown.hasSuffix("...") ? shown.dropLast(3) : shown.hasSuffix("…") ? shown.dropLast() : nil
        if shown.isEmpty || stem.map({ !$0.isEmpty && url.hasPrefix($0) }) == true {
            text.replaceSubrange(startIndex..., with: url)
            spans.removeAll { $0.range.lowerBound >= start }
            body.links[link].text = url
        } else {
            body.links[link].text = String(shown)
        }
    }

    // MARK: Helpers

    private mutating func listPlace() -> Block.ListPlace? {
        guard let last = lists.indices.last else { return nil }
        let marker: Block.ListPlace.Marker
        if lists[last].markerShown { marker = .continuation } else { marker = lists[last].ordered ? .number(lists[last].next) : .bullet }
        lists[last].markerShown = true
        return Block.ListPlace(depth: lists.count, marker: marker)
    }

    private mutating func finish(_ block: Block) { body.blocks.append(block) }

    private mutating func trimTrailingSpaces() {
        while text.utf8.last == 0x20 { text.removeLast() }
    }

    /// Blank lines around preformatted text go; its indentation stays.
    private func trimmedLines() -> (text: String, cut: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        let isBlank = { (line: Substring) in line.allSatisfy { $0 == " " || $0 == "\t" } }
        while let first = lines.first, isBlank(first) { lines = lines.dropFirst() }
        while let last = lines.last, isBlank(last) { lines = lines.dropLast() }
        let kept = lines.joined(separator: "\n")
        let cut = lines.first.map { text.utf8.distance(from: text.utf8.startIndex, to: $0.utf8.startIndex) } ?? 0
        return (kept, cut)
    }

    /// Blanks and line breaks around prose go.
    private func trimmedBlanks() -> (text: String, cut: Int) {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        guard let first = text.utf8.firstIndex(where: { !isBlank($0) }), let last = text.utf8.lastIndex(where: { !isBlank($0) }) else {
            return ("", 0)
        }
        return (String(text[first...last]), text.utf8.distance(from: text.utf8.startIndex, to: first))
    }
}

private extension Substring {
    var trimmingBlanks: Substring {
        let isBlank = { (c: Character) in c == " " || c == "\n" || c == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
