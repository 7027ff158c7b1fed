/// The discussion pane's window onto the visible comments. It lays out only the comments
/// it needs (those on screen, or a screenful around the cursor), never the whole thread.
struct DiscussionViewport {
    /// A point in the discussion: row `row` of the comment at visible ordinal `ordinal`.
    struct Place: Comparable {
        var ordinal: Int
        var row: Int
        static func < (a: Place, b: Place) -> Bool { (a.ordinal, a.row) < (b.ordinal, b.row) }
    }

    /// One on-screen row and the comment it belongs to.
    struct Line {
        var comment: Int32
        var row: Row
        var foldMarker: Range<Int>?
    }

    let state: ReaderState
    let height: Int
    private let layout: CommentLayout
    private var visible: [Int32] { state.document.visible.comments }

    init(state: ReaderState, rect: Rect) {
        self.state = state
        height = max(1, rect.height)
        layout = CommentLayout(state: state, width: rect.width)
    }

    func rowCount(_ ordinal: Int) -> Int { layout.rows(for: visible[ordinal]).rows.count }

    /// One comment's rows as this pane lays them out.
    func rows(for comment: Int32) -> CommentRows { layout.rows(for: comment) }

    /// The scroll position as a place, pulled back into range after folds or a resize.
    var top: Place {
        guard let scroll = state.document.scroll,
              let ordinal = state.document.visible.ordinal(of: scroll.comment) else { return Place(ordinal: 0, row: 0) }
        return keptAboveLastTop(Place(ordinal: ordinal, row: min(scroll.row, rowCount(ordinal) - 1)))
    }

    /// `place`, or `lastTop` if that is higher; the comments at the end are laid out only when near them.
    func keptAboveLastTop(_ place: Place) -> Place {
        isAboveLastTop(place.ordinal) ? place : min(place, lastTop)
    }

    /// Every comment has a row, so one more than a pane above the last is above `lastTop`.
    private func isAboveLastTop(_ ordinal: Int) -> Bool {
        ordinal + height < visible.count
    }

    /// The lowest top that still fills the pane, like less at the end of a file.
    var lastTop: Place {
        var place = Place(ordinal: visible.count, row: 0)
        var needed = height
        while needed > 0 && place.ordinal > 0 {
            place.ordinal -= 1
            let rows = rowCount(place.ordinal)
            place.row = max(0, rows - needed)
            needed -= rows
        }
        return place.ordinal < visible.count ? place : Place(ordinal: 0, row: 0)
    }

    func scrollPosition(_ place: Place) -> ScrollPosition? {
        visible.isEmpty ? nil : ScrollPosition(comment: visible[place.ordinal], row: place.row)
    }

    /// `place` moved by `rows` (negative moves up), kept between the first row and `lastTop`.
    func moved(_ place: Place, by rows: Int) -> Place {
        guard !visible.isEmpty else { return place }
        // A move that cannot come near the end has no need of where the end is.
        let end = isAboveLastTop(place.ordinal + max(0, rows)) ? Place(ordinal: visible.count, row: 0) : lastTop
        var place = place
        var remaining = rows
        while remaining > 0 && place < end {
            let step = min(remaining, rowCount(place.ordinal) - 1 - place.row)
            if step > 0 {
                place.row += step
                remaining -= step
            } else if place.ordinal + 1 < visible.count {
                place = Place(ordinal: place.ordinal + 1, row: 0)
                remaining -= 1
            } else { break }
        }
        while remaining < 0 && place > Place(ordinal: 0, row: 0) {
            if place.row > 0 {
                let step = min(-remaining, place.row)
                place.row -= step
                remaining += step
            } else {
                place.ordinal -= 1
                place.row = rowCount(place.ordinal) - 1
                remaining += 1
            }
        }
        return min(place, end)
    }

    /// The screen row of the author line of the comment at `ordinal`, nil when it is off screen.
    func startRow(of ordinal: Int, from top: Place) -> Int? {
        guard ordinal < visible.count, Place(ordinal: ordinal, row: 0) >= top else { return nil }
        var row = -top.row
        var scan = top.ordinal
        while scan < ordinal && row < height {
            row += rowCount(scan)
            scan += 1
        }
        return row < height ? row : nil
    }

    /// A top that shows the comment at `ordinal`: unchanged if it is already whole on screen,
    /// otherwise the least scrolling that shows it whole (or its start, if taller than the pane).
    func top(revealing ordinal: Int, from current: Place) -> Place {
        let start = Place(ordinal: ordinal, row: 0)
        guard start >= current else { return start }
        let ownRows = rowCount(ordinal)
        if let row = startRow(of: ordinal, from: current) {
            let overflow = row + ownRows - height
            return overflow <= 0 ? current : moved(current, by: min(row, overflow))
        }
        return ownRows >= height ? start : moved(start, by: ownRows - height)
    }

    /// The comments every row of which is on screen from `top` (the blank row above a thread aside): those the
    /// pane shows whole.
    func wholeComments(from top: Place) -> [Int32] {
        var whole: [Int32] = []
        var row = -top.row
        var ordinal = top.ordinal
        while row < height && ordinal < visible.count {
            let rows = layout.rows(for: visible[ordinal]).rows
            let blankAbove = rows.prefix { $0.glyphs.isEmpty }.count
            if row + blankAbove >= 0 && row + rows.count <= height { whole.append(visible[ordinal]) }
            row += rows.count
            ordinal += 1
        }
        return whole
    }

    /// The rows on screen from `top`, at most `height` of them.
    func lines(from top: Place) -> [Line] {
        var lines: [Line] = []
        var ordinal = top.ordinal
        var skip = top.row
        while lines.count < height && ordinal < visible.count {
            let comment = visible[ordinal]
            let laidOut = layout.rows(for: comment)
            for (index, row) in laidOut.rows.enumerated().dropFirst(skip) where lines.count < height {
                lines.append(Line(comment: comment, row: row, foldMarker: index == 0 ? laidOut.foldMarker : nil))
            }
            skip = 0
            ordinal += 1
        }
        return lines
    }
}
