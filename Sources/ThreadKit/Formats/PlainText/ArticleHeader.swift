/// Title, byline and caption at the top of a saved page.
struct ArticleHeader {
    var title: String?
    var byline: String?
    var caption: String?
    /// Index of the first line after the header.
    var end: Int

    init(_ lines: [PageLine]) {
        var index = 0
        if let first = lines.first, first.text.count <= PlainTextRules.standard.maxTitleLength,
           ChromeLine.classify(first.text) == .none {
            title = first.text
            index = 1
        }
        while index < lines.count, index <= PlainTextRules.standard.maxHeaderLines {
            let text = lines[index].text
            if byline == nil, Self.isByline(text) {
                byline = text
            } else if caption == nil, Self.isCaption(text) {
                caption = text
            } else {
                break
            }
            index += 1
        }
        end = index
    }

    /// The name in a byline, which is evidence for that name's author lines: "By Priya Natarajan" → "Priya Natarajan".
    var bylineName: String? {
        guard let byline, byline.lowercased().hasPrefix("by ") else { return nil }
        let name = byline.dropFirst(3).split(whereSeparator: { ",|·•".contains($0) }).first?.trimmingSpaces
        return name?.isEmpty == false ? name : nil
    }

    static func isByline(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("by "), text.count <= 100, !text.hasSuffix(".") || text.words.count <= 6 { return true }
        return ["published", "updated", "posted on", "written by", "last updated"].contains { lower.hasPrefix($0) }
            && text.count <= 120
    }

    static func isCaption(_ text: String) -> Bool {
        let lower = text.lowercased()
        if ["photo:", "image:", "picture:", "photograph:", "pictured:", "caption:", "photo credit"].contains(where: { lower.hasPrefix($0) }) {
            return true
        }
        return ["(photo credit", "(photo:", "(image:", "(credit:", "(photo by", "photo by ", "getty images",
                "(ap photo", "(reuters", "image credit"].contains { lower.contains($0) }
    }
}
