import Foundation

extension RGB {
    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    public var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2 contrast ratio against another colour: 1 (none) to 21 (black on white).
    public func contrastRatio(with other: RGB) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}

extension Theme {
    /// Styles whose text must be easy to read for long stretches.
    public static let bodyStyles: Set<StyleName> = [.text, .articleText, .commentText, .quote]
    /// Rules between panes rather than text; exempt from the contrast floor. (Tree lines are not: they
    /// tell whose reply a comment is, and must be seen.)
    public static let decorativeStyles: Set<StyleName> = [.border]

    /// Foreground and background as the terminal would show them: `default` resolved, `reverse` applied.
    public func shownColors(of style: Style) -> (foreground: RGB, background: RGB) {
        let background = style.background.rgb(default: terminalBackground.rgb(default: RGB(0, 0, 0)))
        let foreground = style.foreground.rgb(default: terminalForeground.rgb(default: RGB(255, 255, 255)))
        return style.attributes.contains(.reverse) ? (background, foreground) : (foreground, background)
    }

    public func contrastRatio(of style: Style) -> Double {
        let colors = shownColors(of: style)
        return colors.foreground.contrastRatio(with: colors.background)
    }

    /// Readability problems, one line each: body text below `body`, other text and author colours
    /// (on the text, selection and highlight backgrounds) below `minimum`.
    public func contrastProblems(body: Double = 4.5, minimum: Double = 3.0) -> [String] {
        var problems: [String] = []
        func check(_ label: String, _ ratio: Double, _ floor: Double) {
            if ratio < floor {
                problems.append("\(name): \(label) contrast \(String(format: "%.2f", ratio)) < \(floor)")
            }
        }
        for name in StyleName.allCases where !Self.decorativeStyles.contains(name) {
            check(name.rawValue, contrastRatio(of: style(name)), Self.bodyStyles.contains(name) ? body : minimum)
        }
        // The selected comment: its bar seen on the page beside every row, its author line (the only row
        // drawn on the selection) read there.
        check("selection marker on the page", shownColors(of: selectionMarkerStyle).foreground
            .contrastRatio(with: shownColors(of: Style()).background), minimum)
        for name in [StyleName.meta, .inferred, .authorAnonymous] {
            check("\(name.rawValue) on ui.selection", contrastRatio(of: style(name).layered(with: style(.selection))), minimum)
        }
        let author = style(.author)
        for backdrop in [StyleName.author, .selection, .highlight] {
            let background = style(backdrop).background == .default ? author.background : style(backdrop).background
            for (index, color) in authorPalette.enumerated() where color != .default {
                let shown = Style(foreground: color, background: background)
                check("palette[\(index)] on \(backdrop.rawValue)", contrastRatio(of: shown), minimum)
            }
        }
        return problems
    }
}
