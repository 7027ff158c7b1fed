/// The post a page's discussion hangs under, for sites with no reader of their own, as readability-style
/// extraction finds it: the element the page marks as its article (`itemprop=articleBody`, `.entry-content`,
/// `.post-content`, `<article>`, `<main>`), else the element whose own paragraphs hold the most text; never
/// one inside the comments, navigation, sidebars or footers.
enum ArticleExtractor {
    static func article(in dom: DOM, outside comments: Set<Int>) -> Article {
        let body = dom.first(.tag("body")) ?? dom.root
        func isOutside(_ node: Int) -> Bool {
            !comments.contains(node) && dom.ancestor(of: node) { comments.contains($0) || isChrome($0, dom) } == nil && !isChrome(node, dom)
                && !comments.contains { dom.ancestor(of: $0) { $0 == node } != nil }
        }
        let marked = dom.first(under: body) { node in
            guard isOutside(node) else { return false }
            if dom.attribute("itemprop", of: node) == "articleBody" { return true }
            let classes = (dom.attribute("class", of: node) ?? "").split(whereSeparator: \.isWhitespace)
            return classes.contains { ["entry-content", "post-content", "post-body", "article-body", "story-body", "article-content", "node-content"].contains($0) }
        }
        let chosen = marked ?? densest(dom, under: body, where: isOutside)
        guard let chosen else { return Article() }
        return Article(body: dom.body(of: chosen, leaving: { isChrome($0, dom) }))
    }

    /// The element whose child paragraphs hold the most text.
    private static func densest(_ dom: DOM, under body: Int, where allowed: (Int) -> Bool) -> Int? {
        var best: (node: Int, length: Int)?
        for paragraph in dom.all(.tag("p"), under: body) {
            guard let parent = dom[paragraph].parent, allowed(parent) else { continue }
            let length = dom[parent].children.filter { dom[$0].name == "p" }.reduce(0) { $0 + dom.text(of: $1).count }
            if length > (best?.length ?? 0) { best = (parent, length) }
        }
        return best.flatMap { $0.length >= 200 ? $0.node : nil }
    }

    /// Navigation, sidebars, share bars, footers and forms: never the article.
    static func isChrome(_ node: Int, _ dom: DOM) -> Bool {
        switch dom[node].name {
        case "nav", "footer", "aside", "form", "header": return true
        // A page's outer elements carry layout classes ("one-sidebar", "with-navigation") that say nothing of them.
        case "html", "body", "main", "article": return false
        default:
            let classes = (dom.attribute("class", of: node) ?? "").lowercased()
            return ["sidebar", "share", "social", "related", "navigation", "breadcrumb", "widget", "cookie", "newsletter"].contains { classes.contains($0) }
        }
    }
}
