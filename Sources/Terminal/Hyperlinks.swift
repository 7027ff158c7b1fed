import Reader

/// The OSC 8 hyperlinks of a grid's link cells, written over what ncurses drew: ncurses has no way to pass
/// them through its own screen updates, so after each update the link runs are drawn again, the same text in
/// the same colours, between OSC 8 marks, with the cursor and attributes saved before (DECSC) and restored
/// after (DECRC), so ncurses' idea of the screen stays true.
enum Hyperlinks {
    static func sequence(for grid: Grid, colors: Int) -> String {
        var out = ""
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                guard let address = grid[row, column].link, isSafe(address) else { column += 1; continue }
                var end = column
                while end < grid.width, grid[row, end].link == address { end += 1 }
                out += "\u{1B}[\(row + 1);\(column + 1)H\u{1B}]8;;\(address)\u{1B}\\"
                var style: Style?
                for cell in column..<end where !grid[row, cell].isContinuation {
                    if grid[row, cell].style != style {
                        style = grid[row, cell].style
                        out += sgr(grid[row, cell].style, colors: colors)
                    }
                    out += CellText.drawable(grid[row, cell].text)
                }
                out += "\u{1B}]8;;\u{1B}\\"
                column = end
            }
        }
        return out.isEmpty ? "" : "\u{1B}7" + out + "\u{1B}8"
    }

    /// An address from a file goes into an escape sequence: only printable ASCII, or none of it.
    static func isSafe(_ address: String) -> Bool {
        !address.isEmpty && address.utf8.count < 2048 && address.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }

    private static func sgr(_ style: Style, colors: Int) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.italic) { codes.append("3") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        if colors > 0 {
            codes.append(color(style.foreground, colors: colors, base: 30))
            codes.append(color(style.background, colors: colors, base: 40))
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ color: Color, colors: Int, base: Int) -> String {
        let number = Int(ColorMapper.terminalColor(color, colors: colors))
        switch number {
        case ..<0: return "\(base + 9)"
        case 0..<8: return "\(base + number)"
        case 8..<16: return "\(base + 60 + number - 8)"
        default: return "\(base + 8);5;\(number)"
        }
    }
}
