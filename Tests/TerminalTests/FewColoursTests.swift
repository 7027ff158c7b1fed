import XCTest
import Reader
@testable import Terminal

/// The bundled themes on terminals of 8 and 16 colours, where ColorMapper takes each colour to the nearest
/// the terminal has: the selected comment's bar and the tree lines must still be seen, text still read.
final class FewColoursTests: XCTestCase {
    let library = ThemeLibrary(bundledDirectory: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path, userDirectory: nil)

    /// A colour as an 8- or 16-colour terminal shows it (xterm's standard colours); `fallback` for `default`.
    private func shown(_ color: Color, colors: Int, fallback: RGB) -> RGB {
        let index = ColorMapper.terminalColor(color, colors: colors)
        return index < 0 ? fallback : XtermPalette.standard[Int(index)]
    }

    func testTheSelectionBarTreeLinesAndTextSurviveEightAndSixteenColours() throws {
        var problems: [String] = []
        for name in library.names {
            let theme = try library.theme(named: name)
            for colors in [8, 16] {
                // `default` is the terminal's own background and text colour, which no palette entry stands for.
                let page = theme.terminalBackground.rgb(default: RGB(0, 0, 0))
                let ink = theme.terminalForeground.rgb(default: RGB(255, 255, 255))
                func ratio(_ style: Style, on background: Color = .default) -> Double {
                    let back = shown(style.background == .default ? background : style.background, colors: colors, fallback: page)
                    let fore = shown(style.foreground, colors: colors, fallback: ink)
                    return style.attributes.contains(.reverse) ? back.contrastRatio(with: fore) : fore.contrastRatio(with: back)
                }
                let checks: [(String, Double, Double)] = [
                    ("selection bar", ratio(theme.selectionMarkerStyle), 3),
                    ("tree lines", ratio(theme.style(.guide)), 3),
                    ("comment text", ratio(theme.style(.commentText)), 4.5),
                    ("meta on the selection", ratio(theme.style(.meta), on: theme.style(.selection).background), 3),
                ]
                for (what, value, floor) in checks where value < floor {
                    problems.append("\(name) at \(colors) colours: \(what) \(String(format: "%.2f", value)) < \(floor)")
                }
            }
        }
        XCTAssertEqual(problems, [])
    }
}
