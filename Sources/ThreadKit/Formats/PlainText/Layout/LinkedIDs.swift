/// Parents a text browser's copy shows by its links' addresses, whatever words the links have in the page's language: in
/// `lynx -dump` of an old Reddit page every comment links to its own address (its permalink, ".../579q17/title/d8q7hjh")
/// and a reply to its parent's too (".../page.html#d8q4jdv", the link "parent" or "nadradený").
enum LinkedIDs {
    /// Each comment's parent where its links name an earlier comment's own id, nil for the others; nil for the page when its
    /// comments do not link so: nearly every comment must have an id of its own, and a few link an earlier one's.
    /// `links[i]`: the links of comment `i`'s lines, its header's and footer's too, in page order.
    static func parents(links: [[Link]], rules: PlainTextRules) -> [ShownReplies.Link?]? {
        // A link to the previous sibling ("prev", Hacker News's) names an earlier comment that is no parent.
        let ids = links.map { $0.filter { $0.text.lowercased() != rules.navigationPrevious }.compactMap { id(in: $0.url) } }
        // Its own: the addresses it names by path or query that no comment above has named (its permalink). A reply names its
        // parent's by an anchor in the page ("#d8q4jdv"): an address it names by path (a poster's page, one its text cites) is
        // no answer to the comment that named it first.
        var owner: [String: Int] = [:]
        for (comment, found) in ids.enumerated() {
            for id in found where !id.isFragment && owner[id.value] == nil { owner[id.value] = comment }
        }
        guard Double(Set(owner.values).count) >= Double(links.count) * rules.linkedIDsOwnShare else { return nil }
        let parents: [ShownReplies.Link?] = ids.enumerated().map { comment, found in
            // The nearest comment above whose id it names (a reply may link its thread's first comment as well).
            let linked = found.filter(\.isFragment).compactMap { id in owner[id.value].map { ($0, id.value) } }.filter { $0.0 < comment }
            return linked.max { $0.0 < $1.0 }.map { ShownReplies.Link(parent: $0.0, kind: .linkedID, detail: $0.1) }
        }
        return parents.compactMap { $0 }.count >= rules.linkedIDsMinimumRepeats ? parents : nil
    }

    struct ID: Hashable {
        var value: String
        /// After "#": an anchor in a page, which a reply's link to its parent is; a comment's own address is a page's.
        var isFragment: Bool
    }

    /// The id an address names: its fragment ("#d8q4jdv"), an `id=` in its query ("item?id=4711"), or its last path segment
    /// when that has figures ("/d8q7hjh"); nil for other addresses.
    static func id(in url: String) -> ID? {
        guard url.contains("://") else { return nil }
        if let hash = url.lastIndex(of: "#") {
            let fragment = url[url.index(after: hash)...]
            return isID(fragment) ? ID(value: String(fragment), isFragment: true) : nil
        }
        if let query = url.firstIndex(of: "?") {
            for pair in url[url.index(after: query)...].split(separator: "&") where pair.hasPrefix("id=") {
                return isID(pair.dropFirst(3)) ? ID(value: String(pair.dropFirst(3)), isFragment: false) : nil
            }
            return nil
        }
        let segments = url.split(separator: "/")
        guard segments.count > 2, let segment = segments.last else { return nil }
        return isID(segment) && segment.contains(where: \.isASCIIDigit) ? ID(value: String(segment), isFragment: false) : nil
    }

    /// Letters and figures, a few to a few dozen, with at least one figure ("d8q4jdv", "4711", "comment-2231").
    private static func isID(_ text: Substring) -> Bool {
        (3...40).contains(text.count) && text.contains(where: \.isASCIIDigit)
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
