import ThreadKit

/// The links of what is selected: listing them, opening one, copying one.
extension ReaderState {
    /// The selected comment's links, or the article's in its pane (its caption's address first).
    var selectionLinks: [Link] {
        let thread = document.thread
        if focus == .article {
            let caption = thread.article.caption.flatMap { $0.hasPrefix("http") ? Link(text: $0, url: $0) : nil }
            return (caption.map { [$0] } ?? []) + thread.article.links.filter { $0.url != caption?.url }
        }
        guard let cursor = document.cursor else { return [] }
        return thread.comments[Int(cursor)].links
    }

    private var selectionName: String {
        if focus == .article { return "the article" }
        guard let cursor = document.cursor else { return "nothing selected" }
        return "\(document.thread.comments[Int(cursor)].author ?? "anonymous")'s comment"
    }

    mutating func openLinkList() {
        guard !selectionLinks.isEmpty else {
            notice = "no links in \(selectionName)"
            return
        }
        overlay = .links(PickList())
    }

    mutating func copyOnlyLink() -> Effect? {
        let links = selectionLinks
        if links.count == 1 { return copy(links[0]) }
        openLinkList()
        if links.count > 1 { notice = "\(links.count) links: choose one and press y" }
        return nil
    }

    mutating func performInLinkList(_ action: Action) -> Effect? {
        guard case .links(var list) = overlay else { return nil }
        let links = selectionLinks
        switch action {
        case .accept:
            overlay = nil
            return links.indices.contains(list.selected) ? .openLink(links[list.selected].url) : nil
        case .cancel, .quit, .openLinks: overlay = nil; return nil
        case .type("q"): overlay = nil; return nil
        case .type("j"), .moveDown: list.selected += 1
        case .type("k"), .moveUp: list.selected -= 1
        case .type("g"), .moveToFirst: list.selected = 0
        case .type("G"), .moveToLast: list.selected = links.count - 1
        case .type("y"), .type("Y"):
            overlay = nil
            return links.indices.contains(list.selected) ? copy(links[list.selected]) : nil
        case .type(let character):
            if let digit = character.wholeNumberValue, digit >= 1, digit <= links.count { list.selected = digit - 1 }
        case .resize(let width, let height): resize(width: width, height: height)
        default: break
        }
        list.fit(count: links.count, rows: PickList.rows(screenHeight: height))
        overlay = .links(list)
        return nil
    }

    private mutating func copy(_ link: Link) -> Effect {
        notice = "copied \(link.url) to the clipboard"
        return .copy(link.url)
    }
}
