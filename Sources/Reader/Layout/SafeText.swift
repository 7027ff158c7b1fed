/// The one place where text from a file becomes glyphs: control and bidi-override
/// characters turn into visible placeholders so they can never reach the terminal raw.
import ThreadKit

public enum SafeText {
    /// Glyphs for `text`, its spans' styles laid over `style`, and match ranges (UTF-8 offsets, as the spans')
    /// drawn in `matchStyle`. Newlines are kept as `"\n"` glyphs of width 0 for the wrapper to break on.
    static func glyphs(_ text: String, style: Style, placeholder: Style,
                       spans: [Span] = [], spanStyle: (Span.Style) -> Style = { _ in .plain }, links: [Link] = [],
                       matches: [Range<Int>] = [], matchStyle: Style = .plain) -> [Glyph] {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(text.utf8.count)
        var offset = 0
        var pendingMatches = matches[...]
        for character in text {
            let start = offset
            offset += character.utf8.count
            while let first = pendingMatches.first, first.upperBound <= start { pendingMatches.removeFirst() }
            let isMatch = pendingMatches.first.map { $0.lowerBound < offset && start < $0.upperBound } ?? false
            var styled = style
            var address: String?
            for span in spans where span.range.contains(start) {
                styled = styled.layered(with: spanStyle(span.style))
                if let link = span.link, links.indices.contains(link) { address = links[link].url }
            }
            let base = isMatch ? matchStyle : styled
            if character == "\n" || character == "\r\n" {
                glyphs.append(Glyph(text: "\n", width: 0, style: base))
                continue
            }
            let first = glyphs.count
            append(character, style: base, placeholder: isMatch ? matchStyle : placeholder, to: &glyphs)
            if let address { for index in first..<glyphs.count { glyphs[index].link = address } }
        }
        return glyphs
    }

    private static func append(_ character: Character, style: Style, placeholder: Style, to glyphs: inout [Glyph]) {
        if !character.unicodeScalars.contains(where: isUnsafe) {
            let width = character.displayWidth
            // Zero-width characters on their own (ZWSP, stray marks) have no cell to live in.
            if width > 0 { glyphs.append(Glyph(text: String(character), width: width, style: style)) }
            return
        }
        for scalar in character.unicodeScalars {
            if isUnsafe(scalar) {
                for piece in placeholderText(for: scalar) {
                    glyphs.append(Glyph(text: String(piece), width: 1, style: placeholder))
                }
            } else {
                let width = Character(scalar).displayWidth
                if width > 0 { glyphs.append(Glyph(text: String(scalar), width: width, style: style)) }
            }
        }
    }

    /// `text` with the same placeholders, as plain text: for file text printed outside the grid (`skein search`).
    public static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { out += placeholderText(for: scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Caret notation for C0 and DEL (as `cat -v` shows them); a replacement character otherwise.
    private static func placeholderText(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: return "^" + String(Character(Unicode.Scalar(UInt8(scalar.value + 0x40))))
        case 0x7F: return "^?"
        default: return "\u{FFFD}"
        }
    }
}
