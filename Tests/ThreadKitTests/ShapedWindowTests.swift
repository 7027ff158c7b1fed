import XCTest
@testable import ThreadKit

/// The shapes a page's headers are matched against, made a window at a time on every core and kept from the layout's
/// sample, are the shapes each line has alone: in any order asked, across windows, behind them and over the sample.
final class ShapedWindowTests: XCTestCase {
    private let rules = PlainTextRules.standard

    func testEveryLineIsShapedAsItIsAloneWhateverTheWindowAndTheOrder() {
        // Three windows and more of a copy's lines: headers, dates, furniture, text, a long line and blank-free runs.
        let pattern = ["[12]Ann Lee said...", "March 3, 2019 at 5:00 pm", "", "A line of the comment's text, short enough.",
                       String(repeating: "A long line of the comment's text that goes on past any header. ", count: 3), "Reply",
                       "  * permalink", "Bob 12 points 3 hours ago", "Deshmukhsays:", "Lennie10 March 2019"]
        let lines = (0..<(rules.layoutShapedWindow * 3 + 77)).map { PageLine(text: pattern[$0 % pattern.count], blanksBefore: 0) }
        let vocabulary = LineShape.Vocabulary(lines: lines[...], rules: rules)
        let sample = (first: 40, lines: lines[40..<140].map { $0.isShort ? ShapedLine($0.text, vocabulary: vocabulary, rules: rules) : nil })
        for withSample in [false, true] {
            var window = ShapedWindow(lines, vocabulary: vocabulary, rules: rules, sample: withSample ? sample : nil)
            // Forward with looks ahead and back over windows' edges, then a few far behind.
            var asked: [Int] = []
            for index in stride(from: 0, to: lines.count, by: 7) { asked += [index, min(lines.count - 1, index + 9), max(0, index - 5)] }
            asked += [3, rules.layoutShapedWindow - 1, 50, lines.count - 1]
            for index in asked {
                let alone = lines[index].isShort ? ShapedLine(lines[index].text, vocabulary: vocabulary, rules: rules) : nil
                let shaped = window.line(index)
                XCTAssertEqual(shaped?.shape, alone?.shape, "line \(index), sample \(withSample)")
                XCTAssertEqual(shaped?.words, alone?.words, "line \(index), sample \(withSample)")
                XCTAssertEqual(shaped?.spans, alone?.spans, "line \(index), sample \(withSample)")
            }
        }
    }
}
