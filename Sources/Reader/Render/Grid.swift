/// One screen cell. A wide character occupies its cell and marks the next as a continuation.
public struct Cell: Sendable, Hashable {
    /// The grapheme drawn here; empty for the right half of a wide character.
    public var text: String
    public var style: Style
    /// The address of the link drawn here, if any: a backend that can may make it a hyperlink.
    public var link: String?

    public init(_ text: String = " ", style: Style = .plain, link: String? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}

/// A screen's worth of styled cells: what the renderer fills and the backend draws.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// Rows as plain text, trailing spaces kept: what grid tests compare against.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += self[row, column].text }
            return line
        }
    }
}
