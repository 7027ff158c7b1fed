import Foundation

/// What most sites' comment markup comes to: elements that are comments, each with an author and a text of
/// its own somewhere inside it (not inside a reply nested in it), a reply nested in the comment it answers or
/// pointing at it. Site readers say which elements those are; this reads them into comments.
struct CommentMarkup {
    let dom: DOM
    /// The comment elements, in document order.
    let items: [Int]
    /// Each item's place in `items`: asked for every ancestor of every comment, so no search of the list.
    private let positions: [Int: Int]

    init(_ dom: DOM, items: [Int]) {
        self.dom = dom
        self.items = items
        positions = Dictionary(items.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func isItem(_ node: Int) -> Bool { positions[node] != nil }

    /// The item's place among the comments.
    func position(of item: Int) -> Int? { positions[item] }

    /// The comment element an item is nested in.
    func enclosingItem(of item: Int) -> Int? { dom.ancestor(of: item) { positions[$0] != nil } }

    /// The first element under `item` that matches and belongs to it, not to a reply nested inside it.
    func own(_ item: Int, where matches: @escaping (Int) -> Bool) -> Int? {
        dom.first(under: item) { node in matches(node) && owner(of: node) == item }
    }

    func own(_ item: Int, _ selector: Selector) -> Int? { own(item) { dom.matches(selector, $0) } }

    /// The comment element a node belongs to.
    func owner(of node: Int) -> Int? {
        isItem(node) ? node : enclosingItem(of: node)
    }

    /// Comments in document order. `parent` (given an item) may name the item it answers; otherwise the
    /// comment element it is nested in is its parent.
    func comments(author: (Int) -> String?, text: (Int) -> Int?, leaving: @escaping (Int) -> Bool = { _ in false },
                  deleted: (Int) -> Bool = { _ in false }, date: (Int) -> Date? = { _ in nil },
                  parent: ((Int) -> Int?)? = nil) -> [Comment] {
        items.enumerated().map { index, item in
            let parentItem = parent.map { $0(item) } ?? enclosingItem(of: item)
            let isDeleted = deleted(item)
            var comment = Comment(author: isDeleted ? nil : author(item).flatMap { $0.isEmpty ? nil : $0 },
                                  body: isDeleted ? Body() : text(item).map { dom.body(of: $0, leaving: leaving) } ?? Body(),
                                  parent: parentItem.flatMap { positions[$0] }.flatMap { $0 < index ? $0 : nil },
                                  status: isDeleted ? .deleted : .normal)
            comment.date = date(item)
            return comment
        }
    }
}

