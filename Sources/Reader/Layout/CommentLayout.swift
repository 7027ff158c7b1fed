import ThreadKit

/// The rows of one comment: its author line, then its body under the thread guides.
struct CommentRows {
    var rows: [Row]
    /// Columns of the `[-]`/`[+]` marker on the author line, which a click folds.
    var foldMarker: Range<Int>?
    /// Rows where the text goes on after quoted text: where `S` scrolls to.
    var afterQuotes: [Int] = []
}

/// Lays out single comments; only comments about to be drawn are ever laid out.
struct CommentLayout {
    let state: ReaderState
    let width: Int
    private let document: DocumentView
    private let theme: Theme
    private let glyphs: GlyphSet
    private let matcher: TextMatcher
    private let look: AuthorLook

    init(state: ReaderState, width: Int) {
        self.state = state
        // The first column is the gutter that carries the selection marker.
        self.width = max(0, width - Self.gutterWidth)
        document = state.document
        theme = state.theme
        glyphs = state.options.glyphs
        matcher = TextMatcher(state.search.activeQuery)
        look = AuthorLook(theme: theme, glyphs: glyphs, prolific: document.prolificAuthors)
    }

    static let gutterWidth = 1

    /// Levels that indent: the option's, at most 40 % of the pane at two columns a level.
    private var indentCap: Int { max(1, min(state.options.maxIndent, width * 2 / 5 / 2)) }

    func rows(for index: Int32) -> CommentRows {
        let comment = document.thread.comments[Int(index)]
        let guides = guidePrefixes(for: index)
        var (authorLine, marker) = authorRow(index, comment: comment, prefix: guides.authorLine)
        if state.authors.highlighted != nil && comment.author == state.authors.highlighted {
            authorLine.restyle { $0.layered(with: theme.style(.highlight)) }
        }
        let isSelected = index == document.cursor
        if isSelected {
            authorLine.restyle { $0.layered(with: theme.style(.selection)) }
        }
        let body = bodyRows(comment, index, prefix: guides.body)
        var rows = [authorLine] + body.rows
        if document.read.contains(index) && !isSelected {
            for row in rows.indices { rows[row].restyle { $0.layered(with: theme.style(.read)) } }
        }
        if document.visible.context.contains(index) {
            for row in rows.indices { rows[row].restyle { $0.layered(with: theme.style(.context)) } }
        }
        var gutter = Row()
        gutter.append(isSelected ? glyphs.selectionMarker : " ", theme.selectionMarkerStyle)
        rows = rows.map { Row(glyphs: gutter.glyphs + $0.glyphs, fill: $0.fill) }
        let above = startsThread(index) ? 2 : 1
        if startsThread(index) { rows.insert(Row(), at: 0) }
        return CommentRows(rows: rows, foldMarker: marker.map { ($0.lowerBound + Self.gutterWidth)..<($0.upperBound + Self.gutterWidth) },
                           afterQuotes: body.afterQuotes.map { $0 + above })
    }

    /// A top-level comment after the first gets a blank row above it, so threads stand apart.
    private func startsThread(_ index: Int32) -> Bool {
        document.order == .tree && document.parent(of: index) == nil && document.visible.comments.first != index
    }

    // MARK: Author line

    private func authorRow(_ index: Int32, comment: Comment, prefix: Row) -> (Row, Range<Int>?) {
        var row = prefix
        var marker: Range<Int>?
        let meta = theme.style(.meta)
        let isTree = document.order == .tree
        let replies = document.visible.replies(of: index, in: document.thread.tree)
        let isFolded = isTree && !state.authors.isFiltering && document.folded.contains(index)
        if isTree && replies > 0 {
            let start = row.width
            row.append(isFolded ? "[+]" : "[-]", isFolded ? theme.style(.folded) : theme.style(.guide))
            marker = start..<row.width
            row.append(" ", meta)
        }
        let depth = Int(document.thread.tree.depth[Int(index)])
        if isTree && depth > indentCap { row.append("depth \(depth) ", theme.style(.guide)) }
        // A deleted or removed comment says so where its author would be, never "anonymous".
        let label = comment.missingAuthorLabel ?? look.label(of: comment.author)
        // Search looks at author names too, so a name that matches shows where.
        row.append(SafeText.glyphs(label, style: look.style(of: comment.author), placeholder: theme.style(.placeholder),
                                   matches: comment.author == nil ? [] : matcher.ranges(in: label),
                                   matchStyle: theme.style(.match)))
        // Marks as words, so they show without colour.
        if document.thread.isBySubmitter(Int(index)) { row.append(" OP", theme.style(.submitter)) }
        if let role = comment.role { row.append(" " + role.mark, theme.style(.submitter)) }
        if isFolded {
            row.append(" ", meta)
            row.append("[+\(replies) \(replies == 1 ? "reply" : "replies")]", theme.style(.folded))
        } else if replies > 0 {
            row.append(" · \(replies) \(replies == 1 ? "reply" : "replies")", meta)
        }
        if !isTree, let parent = document.parent(of: index) {
            row.append(" ↩ ", meta)
            row.append(safe(document.thread.comments[Int(parent)].author ?? "anonymous", meta))
        }
        if comment.parentInferred && comment.parent != nil {
            row.append(" · ", meta)
            // Which kind of evidence made the link, so a doubtful one stands out before `w` is pressed.
            row.append(comment.inferredBy.map { "inferred: " + $0.mark } ?? "inferred", theme.style(.inferred))
        }
        if let score = comment.score { row.append(" · \(score) points", meta) }
        if let date = comment.date { row.append(" · " + DateText.text(date, in: state.options.timeZone), meta) }
        if comment.isEdited { row.append(" · edited", meta) }
        if document.new.contains(index) && !document.read.contains(index) { row.append(" · new", theme.style(.newMark)) }
        return (row, marker)
    }

    // MARK: Body

    private func bodyRows(_ comment: Comment, _ index: Int32, prefix: Row) -> (rows: [Row], afterQuotes: [Int]) {
        let textWidth = max(1, min(width - prefix.width, state.options.textWidth))
        let blocks = BlockLayout(theme: theme, glyphs: glyphs, matcher: matcher, textStyle: .commentText)
        let foldsQuotes = document.quotesFolded.contains(index)
        var rows: [Row] = []
        var afterQuotes: [Int] = []
        var position = 0
        while position < comment.blocks.count {
            let block = comment.blocks[position]
            if position > 0, BlockLayout.isSpaced(comment.blocks[position - 1], block) { rows.append(prefix) }
            if position > 0, comment.blocks[position - 1].isQuoted, !block.isQuoted { afterQuotes.append(rows.count) }
            var lines: [[Glyph]]
            if foldsQuotes && block.isQuoted {
                // The whole run of quoted blocks is one line.
                var end = position
                while end < comment.blocks.count, comment.blocks[end].isQuoted { end += 1 }
                let count = comment.blocks[position..<end].reduce(0) { $0 + $1.text.split(separator: "\n").count }
                var line = Row()
                line.append(glyphs.quoteBar + " [\(count) quoted line\(count == 1 ? "" : "s") folded · \" shows]", theme.style(.quote))
                lines = [line.glyphs]
                position = end - 1
            } else if block.kind == .signature && !document.signaturesShown.contains(index) {
                let count = block.text.split(separator: "\n").count
                var line = Row()
                line.append("-- signature, \(count) line\(count == 1 ? "" : "s") · z shows", theme.style(.signature))
                lines = [line.glyphs]
            } else {
                lines = blocks.lines(for: block, width: textWidth, links: comment.links)
            }
            for line in lines {
                var row = prefix
                row.append(line)
                rows.append(row)
            }
            position += 1
        }
        if comment.blocks.isEmpty, comment.status != .normal {
            var row = prefix
            row.append(comment.status == .deleted ? "(deleted by its author)" : "(removed by a moderator)", theme.style(.meta))
            rows.append(row)
        }
        if let unsaved = comment.unsavedReplies {
            var row = prefix
            row.append(Self.unsavedNote(unsaved), theme.style(.meta).layered(with: Style(attributes: .dim)))
            rows.append(row)
        }
        return (rows, afterQuotes)
    }

    /// The one dim line that stands for replies the saved file left out.
    static func unsavedNote(_ count: Int) -> String {
        count == 0 ? "⋯ the thread goes on (not saved)" : "⋯ \(count) more \(count == 1 ? "reply" : "replies") not saved"
    }

    private func safe(_ text: String, _ style: Style) -> [Glyph] {
        SafeText.glyphs(text, style: style, placeholder: theme.style(.placeholder))
    }

    // MARK: Guides

    /// Guide columns for the author line and for body rows (empty in flat order).
    private func guidePrefixes(for index: Int32) -> (authorLine: Row, body: Row) {
        guard document.order == .tree else { return (Row(), Row()) }
        let tree = document.thread.tree
        let depth = Int(tree.depth[Int(index)])
        let shownDepth = min(depth, indentCap)
        // continues[k]: does the guide at column k carry on below this comment?
        var chain: [Int32] = []
        var ancestor = index
        while let parent = document.parent(of: ancestor) {
            chain.append(ancestor)
            ancestor = parent
        }
        let outermost = Array(chain.reversed().prefix(max(0, shownDepth - 1)))
        let continues = outermost.map(hasLaterShownSibling)
        let guide = theme.style(.guide)
        var authorLine = Row(), body = Row()
        for line in continues {
            let column = line ? glyphs.vertical : "  "
            authorLine.append(column, guide)
            body.append(column, guide)
        }
        if depth > indentCap {
            // Beyond the cap a branch would join this comment to the siblings of an ancestor drawn in the
            // same column: an arrow says it answers the comment above, and no line claims more.
            authorLine.append(glyphs.deepReply, guide)
            body.append("  ", guide)
        } else if shownDepth > 0 {
            let last = !hasLaterShownSibling(index)
            authorLine.append(last ? glyphs.lastBranch : glyphs.branch, guide)
            body.append(last ? "  " : glyphs.vertical, guide)
        }
        body.append(hasShownReplies(index) ? glyphs.vertical : "  ", guide)
        return (authorLine, body)
    }

    private func hasLaterShownSibling(_ comment: Int32) -> Bool {
        guard let parent = document.parent(of: comment) else { return false }
        let tree = document.thread.tree
        return firstShownPlace(atOrAfter: tree.subtreeEnd[Int(comment)]).map { $0 < tree.subtreeEnd[Int(parent)] } ?? false
    }

    private func hasShownReplies(_ comment: Int32) -> Bool {
        let tree = document.thread.tree
        return firstShownPlace(atOrAfter: tree.position[Int(comment)] + 1).map { $0 < tree.subtreeEnd[Int(comment)] } ?? false
    }

    /// Tree place of the first shown comment at or after `place`.
    private func firstShownPlace(atOrAfter place: Int32) -> Int32? {
        let ordinal = document.visible.firstOrdinal(atOrAfterPlace: place)
        guard ordinal < document.visible.count else { return nil }
        return document.thread.tree.position[Int(document.visible.comments[ordinal])]
    }
}
