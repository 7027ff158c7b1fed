/// Each short line's `ShapedLine` as the headers' walk down a page asks for it, made a window of lines at a time on
/// every core: shaping every line of a copy (a text browser's lines are all short) is most of matching a large page, and
/// the walk asks for the lines just below it again and again (the parts under a header, the footer over the next).
struct ShapedWindow {
    private let lines: [PageLine]
    private let vocabulary: LineShape.Vocabulary
    private let rules: PlainTextRules
    /// The window before the current one is kept too: the walk looks a few lines back over a window's edge.
    private var windows: [(lines: Range<Int>, shaped: [ShapedLine?])] = []

    /// `sample`: lines already shaped by `vocabulary` (the layout's), from line `first` on.
    init(_ lines: [PageLine], vocabulary: LineShape.Vocabulary, rules: PlainTextRules, sample: (first: Int, lines: [ShapedLine?])? = nil) {
        (self.lines, self.vocabulary, self.rules) = (lines, vocabulary, rules)
        if let sample { windows = [(sample.first..<sample.first + sample.lines.count, sample.lines)] }
    }

    /// The shaped line `index`, nil when it is not short.
    mutating func line(_ index: Int) -> ShapedLine? {
        guard lines[index].isShort else { return nil }
        if let window = windows.last(where: { $0.lines.contains(index) }) { return window.shaped[index - window.lines.lowerBound] }
        // Above the windows (the lines before the comments, asked once or twice): shaped alone.
        guard index >= (windows.last?.lines.upperBound ?? 0) else { return shape(index) }
        let window = index..<min(lines.count, index + rules.layoutShapedWindow)
        let (lines, vocabulary, rules) = (self.lines, self.vocabulary, self.rules)
        let shaped = [ShapedLine?](count: window.count, concurrentlyInPieces: piecesWorthMaking(for: window.count, smallest: rules.layoutLinesPerCore)) {
            let line = lines[window.lowerBound + $0]
            return line.isShort ? ShapedLine(line.text, vocabulary: vocabulary, rules: rules) : nil
        }
        windows = windows.suffix(1) + [(window, shaped)]
        return shaped[0]
    }

    private func shape(_ index: Int) -> ShapedLine { ShapedLine(lines[index].text, vocabulary: vocabulary, rules: rules) }
}
