import ThreadKit

/// Quoted text and signatures in the selected comment: folding them, and scrolling past quotes (mutt's T and S).
extension ReaderState {
    mutating func performQuoteAction(_ action: Action) {
        guard let cursor = document.cursor else { return }
        let comment = document.thread.comments[Int(cursor)]
        switch action {
        case .toggleQuotes:
            guard comment.blocks.contains(where: \.isQuoted) else {
                notice = "no quoted text in this comment"
                return
            }
            if document.quotesFolded.remove(cursor) == nil { document.quotesFolded.insert(cursor) }
            keepCursorInView()
        case .toggleSignature:
            guard comment.blocks.contains(where: { $0.kind == .signature }) else {
                notice = "no signature in this comment"
                return
            }
            if document.signaturesShown.remove(cursor) == nil { document.signaturesShown.insert(cursor) }
            keepCursorInView()
        case .skipQuoted:
            skipQuotedText(in: cursor)
        default:
            break
        }
    }

    /// Puts the first row after the next quoted passage of the selected comment at the top of the pane.
    private mutating func skipQuotedText(in cursor: Int32) {
        let rows = discussionViewport.rows(for: cursor)
        let current = document.scroll.map { $0.comment == cursor ? $0.row : 0 } ?? 0
        guard let target = rows.afterQuotes.first(where: { $0 > current }) else {
            notice = "no more quoted text in this comment"
            return
        }
        document.scroll = ScrollPosition(comment: cursor, row: target)
    }
}
