/// The help overlay's rows for a width: keys in a column with their description beside them,
/// wrapped within the row; when the key column would crowd out the text, the text goes under the keys.
struct HelpLayout {
    private(set) var rows: [Row] = []

    init(keyMap: KeyMap, theme: Theme, width: Int) {
        let base = theme.style(.overlay)
        let lines = HelpText(keyMap: keyMap).lines
        let widest = min(24, lines.map { $0.keys.displayWidth }.max() ?? 0) + 2
        let keyColumn = widest <= width / 2 ? widest : 2
        let indent = String(repeating: " ", count: keyColumn)
        for line in lines {
            var row = Row(fill: base)
            let heading = Style(attributes: line.isHeading ? [.bold, .underline] : [])
            row.append(line.keys, theme.style(.helpKey).layered(with: heading))
            guard !line.help.isEmpty else {
                rows.append(row)
                continue
            }
            if row.width + 1 > keyColumn {
                rows.append(row)
                row = Row(fill: base)
                row.append(indent, base)
            } else {
                row.append(String(repeating: " ", count: keyColumn - row.width), base)
            }
            let text = SafeText.glyphs(line.help, style: theme.style(.help), placeholder: theme.style(.placeholder))
            for (index, wrapped) in TextWrapper.wrap(text, width: max(1, width - keyColumn), mode: .words).enumerated() {
                if index > 0 {
                    rows.append(row)
                    row = Row(fill: base)
                    row.append(indent, base)
                }
                row.append(wrapped)
            }
            rows.append(row)
        }
    }
}
