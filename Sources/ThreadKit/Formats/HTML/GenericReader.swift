/// Any other site: the comment section is the largest group of elements that repeat one kind (the same tag
/// and a class naming a comment) and each hold something naming an author (`rel=author`, `itemprop=author`, a
/// class naming author, user, commenter or `fn`; failing those, a link to a user's page) and some text. A reply is the element
/// nested in another, or in a reply container (`children`, `indented`, `replies`) right after it, or one whose
/// header links to another comment (`#comment-12`).
enum GenericReader {
    static func read(_ dom: DOM, _ page: PageFacts) -> Thread? {
        var groups: [String: [Int]] = [:]
        for node in dom.all(where: { _ in true }) {
            guard let kind = commentClass(of: node, in: dom), authorElement(in: node, dom) != nil else { continue }
            groups["\(dom[node].name).\(kind)", default: []].append(node)
        }
        // Of nested candidates (an item and its own header both naming "comment"), the outermost kind is the item.
        guard let items = groups.values.filter({ $0.count >= 2 }).max(by: { ($0.count, -depth($0[0], dom)) < ($1.count, -depth($1[0], dom)) })
        else { return nil }
        let markup = CommentMarkup(dom, items: items)
        // A flat list may say each comment's depth in a class instead (LiveJournal's "mdspost-thread--level-2" on its wrapper): a
        // comment answers the nearest one above it a level up.
        let levels = items.map { level(of: $0, dom) }
        var levelParents: [Int: Int] = [:]
        if let top = levels.compactMap({ $0 }).min() {
            var latest: [Int: Int] = [:]
            for (item, level) in zip(items, levels) {
                guard let level else { continue }
                if level > top, let above = latest[level - 1] { levelParents[item] = above }
                latest[level] = item
            }
        }
        var byID: [String: Int] = [:]
        for item in items { if let id = dom.attribute("id", of: item) { byID[id] = item } }
        func parent(_ item: Int) -> Int? {
            // A link in the comment to another comment of the page ("in reply to").
            for link in dom.all(under: item, where: { dom[$0].name == "a" }) where markup.owner(of: link) == item {
                guard let href = dom.attribute("href", of: link), let hash = href.firstIndex(of: "#") else { continue }
                if let target = byID[String(href[href.index(after: hash)...])], target != item, !isTextLink(link, within: item, dom) { return target }
            }
            var current = item
            while let up = dom[current].parent {
                if markup.isItem(up) { return up }
                // (Or a list right after the item, in the same element: Habr's `li` holds the comment, then the list of its replies.)
                if isReplyContainer(up, dom) || ["ul", "ol"].contains(dom[up].name), let before = previousElement(of: up, dom), markup.isItem(before) {
                    return before
                }
                current = up
            }
            return levelParents[item]
        }
        // Where comments have an element of text, one without (collapsed, its text not in the page) has none; elsewhere the
        // comment's element is its text.
        // (Its text as the page's schema names it, `itemprop="text"` or RDFa's `property="schema:text"`, before any class: cicero.de's
        // "field--name-comment-body" is the comment's subject.)
        let isSchemaText = { (node: Int) in dom.attribute("itemprop", of: node) == "text" || dom.attribute("property", of: node) == "schema:text" }
        let texts = items.map { item in markup.own(item, where: isSchemaText) ?? markup.own(item) { isTextElement($0, dom) } }
        let itemsAreTexts = texts.allSatisfy { $0 == nil }
        let comments = markup.comments(
            author: { item in authorElement(in: item, dom, markup: markup).map { name(in: $0, dom) } },
            text: { item in markup.position(of: item).flatMap { texts[$0] } ?? (itemsAreTexts ? item : nil) },
            // (Nor a reply nested in it, where the item itself is the text: Slashdot's placeholder of a hidden comment.)
            leaving: { node in authorElement(in: node, dom) == node || isFurniture(node, dom) || markup.isItem(node) },
            parent: parent)
        return Thread(format: SavedPage.name, title: page.title, article: ArticleExtractor.article(in: dom, outside: Set(items)),
                      comments: comments)
    }

    /// The depth a class of the comment's element, or of its wrapper, gives: "depth-2", "comment-level-3", "thread--level-1".
    private static func level(of item: Int, _ dom: DOM) -> Int? {
        for node in [item] + [dom[item].parent].compactMap({ $0 }) {
            for token in (dom.attribute("class", of: node) ?? "").lowercased().split(whereSeparator: \.isWhitespace) {
                let digits = token.reversed().prefix(while: \.isASCIIDigit)
                var name = token.dropLast(digits.count)
                while let last = name.last, last == "-" || last == "_" { name = name.dropLast() }
                if !digits.isEmpty, name.hasSuffix("level") || name.hasSuffix("depth"), let level = Int(String(digits.reversed())) { return level }
            }
        }
        return nil
    }

    /// The class token that names the element a comment ("comment", "comment-item", "post"), if it has one.
    private static func commentClass(of node: Int, in dom: DOM) -> String? {
        guard let classes = dom.attribute("class", of: node) else { return nil }
        return classes.split(whereSeparator: \.isWhitespace).first { token in
            let lower = token.lowercased()
            return (lower == "comment" || lower.hasSuffix("-comment") || lower == "comment-item" || lower == "commentlist-item"
)
        }.map(String.init)
    }

    /// The author element's text; where it holds the comment's time too ("Ann Lee · <time>March 10</time>"), the text of the
    /// first link that holds no time: the name, without the date and the marks between.
    private static func name(in author: Int, _ dom: DOM) -> String {
        // "Robin Muilwijk | September 24, 2015", the votes' form after it: the name before the bar; "Posted by: Janet | DATE" too.
        if let text = postedBy(author, dom) ?? (isSubmittedLine(author, dom) ? dom.text(of: author)[...] : nil) {
            return String(text.range(of: " | ").map { text[..<$0.lowerBound] } ?? text)
        }
        let isTime = { (node: Int) in dom.matches(.tag("time"), node) }
        guard dom.first(under: author, where: isTime) != nil,
              let link = dom.first(under: author, where: { dom.matches(.tag("a"), $0) && dom.first(under: $0, where: isTime) == nil
                                                             && !dom.text(of: $0).isEmpty }) else { return dom.text(of: author) }
        return dom.text(of: link)
    }

    private static func authorElement(in node: Int, _ dom: DOM, markup: CommentMarkup? = nil) -> Int? {
        let matches = { (candidate: Int) -> Bool in
            if dom.attribute("rel", of: candidate)?.contains("author") == true || dom.attribute("itemprop", of: candidate) == "author" { return true }
            let classes = (dom.attribute("class", of: candidate) ?? "").lowercased()
            return (["author", "username", "commenter", "comment-user", "user-name", "fn"].contains { name in
                classes.split(whereSeparator: \.isWhitespace).contains { $0 == name || $0.hasSuffix("-" + name) || $0.hasPrefix(name + "-") && $0 != "author-bio" }
            } || isSubmittedLine(candidate, dom) || postedBy(candidate, dom) != nil) && !dom.text(of: candidate).isEmpty
        }
        // Failing those, the first link to a user's page (Lemmy's `a.person-listing href="/u/db0"`), outside the text.
        let linksProfile = { (candidate: Int) -> Bool in
            dom.matches(.tag("a"), candidate) && dom.attribute("href", of: candidate).flatMap(ProfileAddress.handle(in:)) != nil
                && !dom.text(of: candidate).isEmpty && !isTextLink(candidate, within: node, dom)
        }
        if let markup { return markup.own(node, where: matches) ?? markup.own(node, where: linksProfile) }
        return dom.first(under: node, where: matches) ?? dom.first(under: node, where: linksProfile)
    }

    /// Typepad's footer, "Posted by: Janet | Thursday, November 08, 2012 at 01:26 PM": a short element of the comment's own that
    /// opens with a verb of posting and "by"; what follows.
    private static func postedBy(_ node: Int, _ dom: DOM) -> Substring? {
        // (Its first child a text opening with the verb, looked at before the whole text: asked of every element of every comment,
        // whose texts hold their replies'.)
        guard !dom.matches(.tag("a"), node), let first = dom[node].children.first, dom[first].name.isEmpty,
              let verb = dom[first].text.split(whereSeparator: \.isWhitespace).first,
              PlainTextRules.standard.postingParticiples.contains(verb.lowercased()) else { return nil }
        let text = dom.text(of: node)
        guard text.count <= maxPostedByLength, let space = text.firstIndex(of: " ") else { return nil }
        let rest = text[text.index(after: space)...]
        // (The preview a reply form fills in, "Posted by: |", names no one.)
        guard let by = ["by: ", "by "].first(where: rest.lowercased().hasPrefix), case let named = rest.dropFirst(by.count),
              named.prefix(while: { $0 != "|" }).contains(where: \.isLetter) else { return nil }
        return named
    }

    /// A footer longer than a name, a bar and a date is text.
    private static let maxPostedByLength = 160

    /// Drupal's "comment__submitted" ("NAME | DATE"), an element of a block as BEM names it; or a heading of the comment's that
    /// reads so with no class at all (cicero.de's `<footer><h6>Heidemarie Heim | Di, 21. April 2020 - 16:40</h6>`).
    private static func isSubmittedLine(_ node: Int, _ dom: DOM) -> Bool {
        if (dom.attribute("class", of: node) ?? "").split(whereSeparator: \.isWhitespace).contains(where: { $0.hasSuffix("__submitted") }) { return true }
        guard ["h3", "h4", "h5", "h6"].contains(dom[node].name) else { return false }
        let text = dom.text(of: node)
        guard text.count <= maxPostedByLength, let bar = text.range(of: " | ") else { return false }
        let name = text[..<bar.lowerBound]
        return name.contains(where: \.isLetter) && name.split(separator: " ").count <= maxNameWordsBeforeBar
            && text[bar.upperBound...].contains(where: \.isNumber)
    }

    /// More words before the bar are a title's ("How we fixed the ferry | Part 2").
    private static let maxNameWordsBeforeBar = 5

    private static func isTextElement(_ node: Int, _ dom: DOM) -> Bool {
        let original = dom.attribute("class", of: node) ?? ""
        let classes = original.lowercased()
        // (Or named in camel case: Slashdot's "commentBody".)
        let camelCased = original.split(whereSeparator: \.isWhitespace).contains { token in
            ["Content", "Body", "Text", "Message"].contains { token.hasSuffix($0) && token.dropLast($0.count).last?.isLowercase == true }
        }
        // (Or as a block's element: Habr's "comment__message".)
        return (camelCased || ["content", "body", "text", "message", "comment-content", "comment-body", "comment-text"].contains { name in
            classes.split(whereSeparator: \.isWhitespace).contains { $0 == name || $0.hasSuffix("-" + name) || $0.hasSuffix("__" + name) }
        }) && !classes.contains("header")
    }

    private static func isFurniture(_ node: Int, _ dom: DOM) -> Bool {
        let classes = (dom.attribute("class", of: node) ?? "").lowercased()
        return ["reply", "links", "meta", "comment-meta", "actions", "footer", "byline"].contains { name in
            classes.split(whereSeparator: \.isWhitespace).contains { $0 == name || $0.hasSuffix("-" + name) }
        }
    }

    private static func isReplyContainer(_ node: Int, _ dom: DOM) -> Bool {
        let classes = (dom.attribute("class", of: node) ?? "").lowercased()
        return ["indented", "children", "replies", "comment-replies", "child-comments"].contains { name in
            classes.split(whereSeparator: \.isWhitespace).contains { $0 == name }
        }
    }

    /// A link in the comment's own words, not a header's "in reply to" or permalink.
    private static func isTextLink(_ link: Int, within item: Int, _ dom: DOM) -> Bool {
        var current = link
        while let up = dom[current].parent, up != item {
            if isTextElement(up, dom) { return true }
            current = up
        }
        return false
    }

    private static func previousElement(of node: Int, _ dom: DOM) -> Int? {
        guard let parent = dom[node].parent, let position = dom[parent].children.firstIndex(of: node) else { return nil }
        return dom[parent].children[..<position].last { !dom[$0].name.isEmpty }
    }

    private static func depth(_ node: Int, _ dom: DOM) -> Int {
        var depth = 0, current = node
        while let up = dom[current].parent { depth += 1; current = up }
        return depth
    }
}
