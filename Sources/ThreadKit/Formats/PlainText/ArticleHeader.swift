/// Title, byline and caption at the top of a saved page.
struct ArticleHeader {
    var title: String?
    var byline: String?
    var caption: String?
    /// Index of the first line after the header.
    var end: Int
    /// Lines of the site around the headline (navigation, masthead, a kicker or a date above the byline).
    var chrome: [Int] = []

    init(_ lines: [PageLine]) {
        let rules = PlainTextRules.standard
        var index = 0
        if let (title, byline) = Self.headline(in: lines, rules: rules) {
            self.title = lines[title].text
            self.byline = lines[byline].text
            chrome = Array(0..<title) + Array(title + 1..<byline)
            index = byline + 1
        } else if let first = lines.first, first.text.count <= rules.maxTitleLength, ChromeLine.classify(first.text) == .none {
            title = first.text
            index = 1
        }
        let last = index + rules.maxHeaderLines - 1
        while index < lines.count, index <= last {
            let text = lines[index].text
            if Self.isByline(text) {
                // A second byline-like line ("Published: …", "Updated: …") is the date of the first.
                if byline == nil { byline = text } else { chrome.append(index) }
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

    /// A saved page often opens with the site's navigation. A byline near the top, above any paragraph of
    /// the article, marks the headline: the nearest line above it that reads as one (enough words of letters;
    /// not a date or a kicker). Returns the two lines' indices.
    private static func headline(in lines: [PageLine], rules: PlainTextRules) -> (title: Int, byline: Int)? {
        var byline: Int?
        for index in lines.indices.prefix(rules.maxLeadInLines) {
            if lines[index].text.hasMoreWords(than: rules.maxHeadlineWords) { break }
            if isByline(lines[index].text) { byline = index; break }
        }
        guard let byline, byline > 1 else { return nil }
        let title = (0..<byline).reversed().first { index in
            lines[index].text.words.count { word in word.contains(where: \.isLetter) && word.dropLast().allSatisfy(\.isLetter) }
                >= rules.minHeadlineLetterWords
        }
        return title.map { ($0, byline) }
    }

    static func isByline(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("by "), text.count <= 100, !text.hasSuffix(".") || text.words.count <= 6 { return true }
        return ["published", "updated", "posted on", "posted by", "written by", "last updated"].contains { lower.hasPrefix($0) }
            && text.count <= 120
    }

    static func isCaption(_ text: String) -> Bool {
        let lower = text.lowercased()
        if ["photo:", "image:", "picture:", "photograph:", "pictured:", "caption:", "photo credit"].contains(where: { lower.hasPrefix($0) }) {
            return true
        }
        return ["(photo credit", "(photo:", "(image:", "(credit:", "(photo by", "photo by ", "getty images",
                "(ap photo", "(reuters", "image credit"].contains { lower.holds($0) }
    }
}
