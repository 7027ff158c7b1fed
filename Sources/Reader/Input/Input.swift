/// A key as the reader understands it, independent of ncurses key codes.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, lower case: `.control("d")` is Ctrl-D.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
}

public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var row: Int
    public var column: Int

    public init(kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}

/// Everything the terminal can tell the reader.
public enum InputEvent: Sendable, Hashable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Nothing arrived in the time the driver was willing to wait (it has work of its own).
    case idle
}

/// The seam between the reader and a real terminal.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ grid: Grid)
    /// Next input; nil when input has ended (stdin closed). With a wait, `.idle` when nothing came.
    func readInput(waitingAtMost milliseconds: Int32?) -> InputEvent?
}
