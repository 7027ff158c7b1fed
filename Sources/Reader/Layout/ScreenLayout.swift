/// A rectangle of grid cells.
struct Rect: Equatable {
    var top = 0, left = 0, width = 0, height = 0

    func contains(row: Int, column: Int) -> Bool {
        row >= top && row < top + height && column >= left && column < left + width
    }
}

/// Where each part of the screen goes: the panes above a one-row status line,
/// side by side on wide terminals, otherwise only the focused pane.
struct ScreenLayout {
    var article: Rect?
    var discussion: Rect?
    var divider: Rect?
    var status: Rect?
    /// The area overlays cover: everything above the status line.
    var body: Rect

    /// `focus` overrides the state's focused pane, to ask where a hidden pane would go.
    init(state: ReaderState, focus: Pane? = nil) {
        let width = state.width, height = state.height
        status = height >= 1 && width >= 1 ? Rect(top: height - 1, left: 0, width: width, height: 1) : nil
        body = Rect(top: 0, left: 0, width: width, height: max(0, height - 1))
        guard body.height > 0 && width > 0 else { return }
        if width >= 3, state.isSideBySide {
            let left = (width - 1) / 2
            article = Rect(top: 0, left: 0, width: left, height: body.height)
            divider = Rect(top: 0, left: left, width: 1, height: body.height)
            discussion = Rect(top: 0, left: left + 1, width: width - left - 1, height: body.height)
        } else if (focus ?? state.focus) == .article {
            article = body
        } else {
            discussion = body
        }
    }

    /// The rectangle `pane` has when it is shown (it may be hidden behind the other one now).
    static func rect(for pane: Pane, in state: ReaderState) -> Rect {
        let layout = ScreenLayout(state: state, focus: pane)
        return (pane == .article ? layout.article : layout.discussion) ?? layout.body
    }
}
