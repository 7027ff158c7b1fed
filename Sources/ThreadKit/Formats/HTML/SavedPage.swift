/// A web page as a browser saves it ("Save page as…"): found by its content, read by the reader of the site
/// whose markup it carries, else by the generic reader of repeated comment blocks, else as its visible text by
/// the plain-text parser.
public enum SavedPage: ThreadFormat {
    public static let name = "html"

    public static func recognises(_ input: SourceText) -> Recognition {
        let head = input.bytes.prefix(2048).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }
        let lower = String(decoding: head.prefix(512).map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }, as: UTF8.self)
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.hasPrefix("<!-- saved from url=") { return .certain }
        let start = String(decoding: head, as: UTF8.self).lowercased()
        return lower.hasPrefix("<") && (start.contains("<html") || start.contains("<head") || start.contains("<body")) ? .likely : .no
    }

    public static func parse(_ input: consuming SourceText, options: ParseOptions) throws -> Thread {
        let dom = DOM(parsing: input.bytes, fragment: false)
        // The DOM holds its own text: the page's bytes (as large again as its arrays) go before the thread is made.
        _ = consume input
        let page = PageFacts(dom)
        for reader in SiteReaders.all {
            if var thread = reader.read(dom, page) {
                thread.title = thread.title ?? page.title
                thread.sourceID = page.url
                return thread
            }
        }
        if var thread = GenericReader.read(dom, page) {
            thread.title = thread.title ?? page.title
            return thread
        }
        // Nothing repeats like comments: the page's visible text goes to the plain-text parser; a page with no
        // text at all is an article with no comments.
        let visible = VisibleText.of(dom)
        guard let text = try? SourceText(bytes: Array(visible.utf8)) else { return Thread(format: name, title: page.title) }
        var thread = try PlainTextPage.parse(text, options: options)
        thread.format = name
        thread.title = page.title ?? thread.title
        return thread
    }
}

/// What a page says of itself: its title (`og:title`, the first `<h1>`, `<title>` less the site's name) and address.
struct PageFacts {
    var title: String?
    var url: String?

    init(_ dom: DOM) {
        func meta(_ key: String) -> String? {
            dom.first(under: dom.root) { node in
                dom[node].name == "meta" && (dom.attribute("property", of: node) == key || dom.attribute("name", of: node) == key)
            }.flatMap { dom.attribute("content", of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let titleElement = dom.first(.tag("title")).map { dom.text(ofTitle: $0) }
        // (Not a heading that is the site's mark: all of it a link to the site's front page, its logo.)
        let heading = dom.first(.tag("h1")).flatMap { heading -> String? in
            let text = dom.text(of: heading)
            let home = dom.first(under: heading) { dom.matches(.tag("a"), $0) && dom.attribute("href", of: $0).map(Self.isFrontPage) == true }
            return text.isEmpty || home.map({ dom.text(of: $0) == text }) == true ? nil : text
        }
        title = meta("og:title") ?? heading ?? titleElement.map(Self.withoutSiteName)
        url = meta("og:url") ?? dom.first(under: dom.root) { dom[$0].name == "link" && dom.attribute("rel", of: $0) == "canonical" }
            .flatMap { dom.attribute("href", of: $0) }
    }

    /// "https://mybb.com/", "/": the address of a site's front page.
    static func isFrontPage(_ href: String) -> Bool {
        let path = href.range(of: "://").map { href[$0.upperBound...].drop { $0 != "/" } } ?? href[...]
        return path.isEmpty || path == "/"
    }

    /// "Post title | Site" → "Post title": the longest part between the usual separators.
    static func withoutSiteName(_ title: String) -> String {
        let parts = title.components(separatedBy: " | ").flatMap { $0.components(separatedBy: " - ") }
            .flatMap { $0.components(separatedBy: " — ") }.flatMap { $0.components(separatedBy: " :: ") }
        return parts.max { $0.count < $1.count }?.trimmingCharacters(in: .whitespaces) ?? title
    }
}

extension DOM {
    /// A `<title>`'s text: in the head, which `text(of:)` leaves out as hidden.
    func text(ofTitle index: Int) -> String {
        self[index].children.map { self[$0].text }.joined().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// One site's reader: nil when the page is not that site's.
struct SiteReader: Sendable {
    var name: String
    var read: @Sendable (DOM, PageFacts) -> Thread?
}

enum SiteReaders {
    static let all: [SiteReader] = [OldReddit.reader, NestedSites.newReddit, RedesignedRedditPage.reader, HackerNewsPage.reader, NestedSites.lobsters, FlatSites.gitHub, StackExchangePage.reader,
                                    WordPressPage.reader, NestedSites.blogger, NestedSites.disqus, NestedSites.substack,
                                    FlatSites.phpBB, FlatSites.xenForo, FlatSites.invision, FlatSites.vBulletin, FlatSites.nodeBB, FlatSites.myBB, FlatSites.flarum, MastodonPage.reader, DiscoursePage.reader]
}

/// The page's visible text, one line a block, for the plain-text parser: scripts, styles and hidden parts out.
enum VisibleText {
    static func of(_ dom: DOM) -> String {
        let body = dom.first(.tag("body")) ?? dom.root
        return dom.body(of: body).blocks.map { $0.text }.joined(separator: "\n\n")
    }
}
