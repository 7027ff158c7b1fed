/// One cell's worth (or two, for wide characters) of styled, terminal-safe text.
struct Glyph: Sendable, Equatable {
    var text: String
    var width: Int
    var style: Style
    /// The address of the link this glyph is part of, for terminals that take hyperlinks (OSC 8).
    var link: String? = nil

    var isSpace: Bool { text == " " }
}

/// One screen row before it is placed in the grid.
struct Row: Sendable, Equatable {
    var glyphs: [Glyph] = []
    /// Style for the columns after the last glyph (a selected row fills its whole width).
    var fill: Style = .plain

    var width: Int { glyphs.width }

    /// Appends text the reader itself produced; file text goes through `SafeText` instead.
    mutating func append(_ text: String, _ style: Style) {
        for character in text {
            glyphs.append(Glyph(text: String(character), width: max(0, character.displayWidth), style: style))
        }
    }

    mutating func append(_ more: [Glyph]) { glyphs += more }

    /// Blank columns, e.g. a list item's hanging indent.
    static func spaces(_ count: Int, _ style: Style) -> [Glyph] {
        Array(repeating: Glyph(text: " ", width: 1, style: style), count: max(0, count))
    }

    /// Restyles every glyph and the fill, e.g. to dim a context comment.
    mutating func restyle(_ change: (Style) -> Style) {
        for index in glyphs.indices { glyphs[index].style = change(glyphs[index].style) }
        fill = change(fill)
    }
}

extension Array where Element == Glyph {
    /// Columns these glyphs take.
    var width: Int { reduce(0) { $0 + $1.width } }
}
