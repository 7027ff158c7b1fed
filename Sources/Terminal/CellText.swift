/// What may be handed to ncurses for a cell.
enum CellText {
    /// The cell's text, or `?` when it holds a control character (C0, DEL or C1), which would move
    /// the cursor or change terminal state; the reader sanitises too, this is defence in depth.
    static func drawable(_ text: String) -> String {
        if text.isEmpty { return " " }
        let hasControl = text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        return hasControl ? "?" : text
    }
}
