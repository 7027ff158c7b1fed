import ThreadKit
import XCTest
@testable import Reader

/// The selected comment must be seen and read on every bundled theme, at every depth: measured on the
/// rendered grid, cell by cell, as the terminal would show it.
final class SelectedRowContrastTests: XCTestCase {
    let library = ThemeLibrary(bundledDirectory: ThemesBundledTests.bundledDirectory, userDirectory: nil)

    func testTheSelectedCommentsBarTreeLinesAndTextAreLegibleOnEveryThemeAtEveryDepth() throws {
        // A chain ten deep, each comment with a reply below it and a sibling after, so every row has guides.
        var comments: [Comment] = []
        for depth in 0..<10 {
            comments.append(Comment(author: "writer\(depth)", blocks: [.paragraph("A reply at depth \(depth), long enough to wrap once or twice here.")],
                                    parent: depth == 0 ? nil : comments.count - 2))
            comments.append(Comment(author: "sibling\(depth)", blocks: [.paragraph("A sibling at depth \(depth).")],
                                    parent: depth == 0 ? nil : comments.count - 2))
        }
        let thread = ThreadKit.Thread(format: "test", title: "Deep", article: Article(), chrome: [], comments: comments)
        for name in library.names {
            let theme = try library.theme(named: name)
            let session = ReaderSession(documents: [(name: "deep", thread: thread)], themes: [theme], size: (width: 80, height: 60))
            session.handle(.key(.character("c")))
            var checked = 0
            var failures: Set<String> = []
            for _ in comments.indices {
                let grid = session.grid
                for row in 0..<grid.height - 1 where grid[row, 0].text == "▌" {
                    for column in 0..<grid.width {
                        let cell = grid[row, column]
                        guard !cell.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                        let colors = theme.shownColors(of: cell.style)
                        let ratio = colors.foreground.contrastRatio(with: colors.background)
                        // The bar, tree lines and the fold marker are lines and marks (3:1); the rest is text (4.5:1),
                        // but for author names in their own colours, held to 3:1 like every large bold label.
                        let isMark = "▌│├└─[]-+".contains(cell.text) || cell.style.foreground == theme.style(.guide).foreground
                        let isAuthorColour = theme.authorPalette.contains(cell.style.foreground) && cell.style.foreground != .default
                        let floor = isMark || isAuthorColour ? 3.0 : 4.5
                        if ratio < floor {
                            failures.insert("\(name): \(isMark ? "mark" : "text") \(cell.style.foreground) on \(cell.style.background) \(String(format: "%.2f", ratio))")
                        }
                        checked += 1
                    }
                }
                session.handle(.key(.character("j")))
            }
            XCTAssertGreaterThan(checked, 200, name)
            XCTAssertEqual(failures.sorted(), [], name)
        }
    }
}
