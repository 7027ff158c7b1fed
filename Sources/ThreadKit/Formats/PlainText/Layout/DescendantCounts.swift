/// The count of every comment under a comment that some pages print in its header: old Reddit's "(10 children)", in any
/// language ("(10 detí)"). With the comments in page order (a tree walked depth first) the counts give every parent,
/// whatever the copy kept of the indentation: comment i's replies are the next counts[i] comments. Counts that do not
/// nest so (a score, a number of views) are no such counts, and are not read.
enum DescendantCounts {
    /// The number in a parenthesis of a number and one word closing the line: "(10 children)", "(1 child)".
    static func count(in text: String) -> Int? {
        guard text.utf8.last == UInt8(ascii: ")"), let open = text.lastIndex(of: "(") else { return nil }
        let words = text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: " ")
        guard words.count == 2, words[1].allSatisfy(\.isLetter), words[0].utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        return Int(words[0])
    }

    /// Each comment's parent, when every header has a count and the counts nest: each comment's
    /// replies lie within its parent's and end on the page, but for a few (`rules.descendantCountsMisfitShare`) that reach
    /// further, as where the copy lost a comment the counts still count (a deleted one's): those end where their parent's
    /// end. nil otherwise.
    static func parents(counts: [Int?], rules: PlainTextRules) -> [ShownReplies.Link?]? {
        guard counts.count >= rules.navigationMinimumRepeats, counts.allSatisfy({ $0 != nil }) else { return nil }
        var open: [(comment: Int, last: Int)] = []
        var parents: [ShownReplies.Link?] = []
        parents.reserveCapacity(counts.count)
        var misfits = 0
        for (index, count) in counts.enumerated() {
            while let top = open.last, top.last < index { open.removeLast() }
            // (A number past the page's comments reaches no further than the page: no sum overflows.)
            var last = index + min(count!, counts.count)
            let bound = open.last?.last ?? counts.count - 1
            if last > bound {
                misfits += 1
                last = bound
            }
            parents.append(open.last.map { ShownReplies.Link(parent: $0.comment, kind: .descendantCount) })
            open.append((index, last))
        }
        // Numbers that nest only because they are nearly all 0 ("(0 awards)") show no replies to speak of.
        guard parents.count(where: { $0 != nil }) >= rules.navigationMinimumRepeats else { return nil }
        return Double(misfits) <= Double(counts.count) * rules.descendantCountsMisfitShare ? parents : nil
    }
}
