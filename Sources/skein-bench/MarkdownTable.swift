import Foundation

/// A Markdown table printed with its columns padded, so it reads well in a terminal too.
struct MarkdownTable {
    let header: [String]
    var rows: [[String]] = []

    init(_ header: String...) { self.header = header }

    mutating func add(_ cells: String...) { rows.append(cells) }

    var text: String {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "| " + cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: " | ") + " |"
        }
        return ([line(header), "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"]
            + rows.map(line)).joined(separator: "\n")
    }
}

/// Milliseconds with precision that suits their size.
func formatted(_ value: Double, digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
