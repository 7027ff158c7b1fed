import XCTest
@testable import Reader
import ThreadKit

final class ScreenTests: XCTestCase {
    func testTreeViewDrawsGuidesMarksAndStatus() {
        let reader = Harness(width: 60, height: 12)
        assertLines(reader.lines, [
            "▌[-] ✚ alice · 3 replies",
            "▌│ First comment",
            " ├ [-] ■ bob · 1 reply",
            " │ │ Reply to alice",
            " │ └ ✚ alice",
            " │     Answer to bob",
            " └ ● carol · inferred",
            "     Another reply",
            "",
            " [-] ★ dave · 1 reply",
            " │ Second thread",
            "one.txt │ discussion │ 1/6 │ test │ ? help",
        ])
    }
}
