import ThreadKit

/// The explanation page's rows for a width: why one comment starts where it does, has its author and
/// its parent, one reason a line with wrapped lines indented under it; then the comments it names.
struct ExplanationLayout {
    private(set) var rows: [Row] = []

    init(state: ReaderState, comment: Int32, width: Int) {
        let theme = state.theme
        let base = theme.style(.overlay)
        let document = state.document
        for line in Self.reasons(document, comment: Int(comment)) {
            let indent = String(repeating: " ", count: line.prefix { $0 == " " }.count + 2)
            let text = SafeText.glyphs(line, style: theme.style(.help), placeholder: theme.style(.placeholder))
            for (index, wrapped) in TextWrapper.wrap(text, width: max(1, width - indent.count), mode: .words).enumerated() {
                var row = Row(fill: base)
                // The wrapper drops leading spaces, so a reason's own indent ("  also weighed") comes back here.
                row.append(index == 0 ? String(indent.dropLast(2)) : indent, base)
                row.append(wrapped)
                rows.append(row)
            }
        }
        let named = Self.namedComments(document, comment: Int(comment))
        if !named.isEmpty { rows.append(Row(fill: base)) }
        for index in named {
            let other = document.thread.comments[index]
            let opening = other.blocks.first { $0.kind == .paragraph } ?? other.blocks.first
            let firstLine = opening.map { String($0.text.prefix { $0 != "\n" }) } ?? ""
            var row = Row(fill: base)
            row.append(SafeText.glyphs("#\(index) \(other.author ?? "anonymous"): \(firstLine)", style: theme.style(.meta),
                                       placeholder: theme.style(.placeholder)))
            row.glyphs = Ellipsis.fit(row.glyphs, width: width, side: .end, style: theme.style(.meta))
            rows.append(row)
        }
    }

    /// The reasons for `comment`, or why there are none (yet).
    private static func reasons(_ document: DocumentView, comment: Int) -> [String] {
        let thread = document.thread
        guard thread.format == PlainTextPage.name else { return ["reply structure given by the source, nothing inferred"] }
        if let reasons = thread.reasons(for: comment) { return reasons }
        if thread.explanation != nil { return ["no evidence was recorded for this comment"] }
        if case .unavailable(let reason) = document.explanationRequest { return [reason] }
        return ["weighing the evidence…"]
    }

    /// The parent and the other candidates the reasons name by number, so `#8` can be told apart.
    private static func namedComments(_ document: DocumentView, comment: Int) -> [Int] {
        guard let reasons = document.thread.explanation?.comments, reasons.indices.contains(comment) else { return [] }
        let named = [reasons[comment].parent].compactMap { $0 } + reasons[comment].alternatives.map(\.comment)
        return named.filter(document.thread.comments.indices.contains)
    }
}
