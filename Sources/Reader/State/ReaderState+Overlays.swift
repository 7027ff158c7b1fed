import ThreadKit

/// The help overlay and the commenter list.
extension ReaderState {
    mutating func performInHelp(_ action: Action) {
        guard case .help(let top) = overlay else { return }
        let page = max(1, height - 2)
        switch action {
        case .quit, .showHelp, .cancel, .clearFilters: overlay = nil
        case .moveDown: overlay = .help(top: top + 1)
        case .moveUp: overlay = .help(top: top - 1)
        case .pageDown: overlay = .help(top: top + page)
        case .pageUp: overlay = .help(top: top - page)
        case .halfPageDown: overlay = .help(top: top + page / 2)
        case .halfPageUp: overlay = .help(top: top - page / 2)
        case .moveToFirst: overlay = .help(top: 0)
        case .moveToLast: overlay = .help(top: Int.max / 2)
        case .resize(let width, let height): resize(width: width, height: height)
        default: break
        }
        if case .help(let newTop) = overlay {
            let rows = HelpLayout(keyMap: keyMap, theme: theme, width: width).rows.count
            let lastTop = max(0, rows - max(1, height - 2))
            overlay = .help(top: min(max(0, newTop), lastTop))
        }
    }

    /// Authors of the current file that match what was typed in the commenter list.
    func commenterCandidates(_ list: CommenterList) -> [AuthorCount] {
        let matcher = TextMatcher(list.query)
        return document.authors.filter { matcher.isEmpty || matcher.matches($0.name) }
    }

    mutating func performInCommenterList(_ action: Action) {
        guard case .commenters(var list) = overlay else { return }
        let candidates = commenterCandidates(list)
        let page = CommenterList.rows(screenHeight: height)
        switch action {
        case .cancel, .quit:
            overlay = nil
            return
        case .type(let character):
            list.query.append(character)
            list.selected = 0
        case .deleteBackward:
            if !list.query.isEmpty { list.query.removeLast() }
            list.selected = 0
        case .moveDown: list.selected += 1
        case .moveUp: list.selected -= 1
        case .pageDown: list.selected += page
        case .pageUp: list.selected -= page
        case .moveToFirst: list.selected = 0
        case .moveToLast: list.selected = candidates.count - 1
        case .toggleFilterInList, .toggleHiddenInList:
            if candidates.indices.contains(list.selected) {
                let name = candidates[list.selected].name
                if action == .toggleFilterInList { setShown(name, !authors.shown.contains(name)) }
                else { setHidden(name, !authors.hidden.contains(name)) }
            }
        case .resize(let width, let height): resize(width: width, height: height)
        default: break
        }
        let count = commenterCandidates(list).count
        list.selected = min(max(0, list.selected), max(0, count - 1))
        list.top = min(max(list.top, list.selected - page + 1), list.selected)
        overlay = .commenters(list)
    }
}
