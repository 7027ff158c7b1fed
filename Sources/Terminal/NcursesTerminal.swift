import CNCurses
import Foundation
import Reader

/// The terminal through ncursesw: draws grids, reads keys and the mouse, and restores the terminal
/// on close, on suspend, at exit and when a signal kills the process.
public final class NcursesTerminal: TerminalBackend {
    private var screen: OpaquePointer?
    private var painter: StylePainter
    /// What the screen shows now, to touch only the cells that change.
    private var drawn: Grid?
    private var needsFullRedraw = true
    /// Whether links are written as OSC 8 hyperlinks: not under `NO_COLOR`, nor with `SKEIN_HYPERLINKS=off`.
    private var hyperlinks = false

    /// The open terminal, for the exit hook; there is at most one.
    nonisolated(unsafe) private static weak var current: NcursesTerminal?
    nonisolated(unsafe) private static var exitHookInstalled = false

    private init(screen: OpaquePointer, painter: StylePainter) {
        self.screen = screen
        self.painter = painter
    }

    deinit { close() }

    /// Takes over the terminal; throws `TerminalError` when stdin/stdout are not a usable terminal.
    /// Colours are off (attributes only) when `NO_COLOR` is set or the terminal has none.
    public static func open(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> NcursesTerminal {
        guard current == nil else { throw TerminalError("the terminal is already open") }
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalError("standard input is not a terminal") }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError("standard output is not a terminal") }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw TerminalError("TERM is not set, so the terminal type is unknown") }
        guard term != "dumb" else { throw TerminalError("TERM=dumb cannot move the cursor; a full-screen terminal is needed") }
        try useUTF8Locale()

        SignalGuard.arm(fd: STDOUT_FILENO)
        guard let screen = newterm(nil, skein_stdout(), skein_stdin()) else {
            SignalGuard.disarm()
            throw TerminalError("unknown terminal type '\(term)' (TERM)")
        }
        guard skein_string_capability("cup") != nil else {
            endwin()
            delscreen(screen)
            SignalGuard.disarm()
            throw TerminalError("terminal type '\(term)' cannot move the cursor; a full-screen terminal is needed")
        }
        raw()
        noecho()
        nonl()
        keypad(skein_stdscr(), true)
        leaveok(skein_stdscr(), true)
        curs_set(0)
        skein_set_escdelay(25)
        let mouse = mousemask(skein_BUTTON1_PRESSED | skein_BUTTON1_CLICKED | skein_BUTTON4_PRESSED | skein_BUTTON5_PRESSED, nil) != 0
        mouseinterval(0)  // report presses at once instead of waiting to see a click
        SignalGuard.setResetSequence(resetSequence(mouse: mouse))

        var colors = 0
        var hasDefaultColors = false
        if !ThemeLibrary.prefersMonochrome(environment: environment), has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            colors = Int(skein_colors())
        }
        let painter = StylePainter(colors: colors, hasDefaultColors: hasDefaultColors, maximumPairs: Int(skein_color_pairs()))
        let terminal = NcursesTerminal(screen: screen, painter: painter)
        terminal.hyperlinks = environment["NO_COLOR"] == nil && environment["SKEIN_HYPERLINKS"]?.lowercased() != "off"
        current = terminal
        if !exitHookInstalled {
            exitHookInstalled = true
            atexit { NcursesTerminal.current?.close() }
        }
        return terminal
    }

    /// Colours in use: 0 when drawing attributes only, else 8, 16, 256 …
    public var colorCount: Int { painter.colors }

    public var size: (width: Int, height: Int) {
        guard screen != nil else { return (0, 0) }
        return (Int(getmaxx(skein_stdscr())), Int(getmaxy(skein_stdscr())))
    }

    /// Copies the grid to the screen, touching only cells that changed since the last draw.
    public func draw(_ grid: Grid) {
        guard screen != nil, let window = skein_stdscr() else { return }
        let (width, height) = size
        let full = needsFullRedraw || drawn?.width != grid.width || drawn?.height != grid.height
        if full { werase(window) }
        for row in 0..<min(grid.height, height) {
            var column = 0
            while column < min(grid.width, width) {
                var span = 1
                while column + span < grid.width, grid[row, column + span].isContinuation { span += 1 }
                if full || !unchanged(grid, row: row, columns: column..<column + span) {
                    let visible = min(span, width - column)
                    put(grid[row, column], row: row, column: column, span: visible, clipped: visible < span, window: window)
                }
                column += span
            }
        }
        let changed = full || drawn != grid
        drawn = grid
        needsFullRedraw = false
        wrefresh(window)
        if hyperlinks && changed {
            let links = Hyperlinks.sequence(for: grid, colors: painter.colors)
            if !links.isEmpty {
                fputs(links, skein_stdout())
                fflush(skein_stdout())
            }
        }
    }

    /// Next key, mouse event or resize; nil once input has ended.
    /// The next event; nil at the end of input. With `milliseconds`, `.idle` when nothing came in that time.
    public func readInput(waitingAtMost milliseconds: Int32? = nil) -> InputEvent? {
        guard screen != nil, let window = skein_stdscr() else { return nil }
        wtimeout(window, milliseconds ?? -1)
        while true {
            SignalGuard.endIfCrashed()
            var code: wint_t = 0
            errno = 0
            switch wget_wch(window, &code) {
            case KEY_CODE_YES:
                switch Int32(code) {
                case KEY_RESIZE:
                    needsFullRedraw = true
                    let (width, height) = size
                    return .resize(width: width, height: height)
                case KEY_MOUSE:
                    if let event = readMouse() { return .mouse(event) }
                case let keyCode:
                    if let key = InputMapper.key(forKeyCode: keyCode) { return .key(key) }
                }
            case OK:
                if let key = InputMapper.key(forCharacter: UInt32(code)) { return .key(key) }
            default:
                // At end of input get_wch fails at once forever; only an interrupted read is retried.
                // (With a wait, the end of input looks like idleness until the caller stops waiting.)
                if milliseconds != nil { return .idle }
                if errno != EINTR { return nil }
            }
        }
    }

    /// Puts `text` on the terminal's clipboard with OSC 52 (xterm's "manipulate selection data"), which
    /// terminals take over ssh and tmux takes with `set-clipboard on`. It moves no cursor and draws
    /// nothing, so it goes straight out between two draws.
    public func copyToClipboard(_ text: String) {
        guard screen != nil else { return }
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        fputs(sequence, skein_stdout())
        fflush(skein_stdout())
    }

    /// Ctrl-Z: gives the terminal back to the shell, stops, and redraws everything on `fg`.
    public func suspend() {
        handOver { SignalGuard.stopProcess() }
    }

    /// Gives the terminal to another program (a text-mode browser) while `body` runs, then redraws everything.
    public func handOver(_ body: () -> Void) {
        guard screen != nil else { return body() }
        endwin()
        body()
        clearok(skein_curscr(), true)
        needsFullRedraw = true
        if let drawn { draw(drawn) } else { refresh() }
    }

    /// Restores the terminal; safe to call more than once.
    public func close() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
        drawn = nil
        SignalGuard.disarm()
        if Self.current === self { Self.current = nil }
    }

    private func unchanged(_ grid: Grid, row: Int, columns: Range<Int>) -> Bool {
        guard let drawn else { return false }
        return columns.allSatisfy { drawn[row, $0] == grid[row, $0] }
    }

    /// Draws one cell spanning `span` columns; pads with spaces when ncurses draws it narrower.
    /// A wide character `clipped` by the right edge of the screen is drawn as spaces.
    private func put(_ cell: Cell, row: Int, column: Int, span: Int, clipped: Bool, window: UnsafeMutablePointer<WINDOW>) {
        let (attributes, pair) = painter.look(of: cell.style)
        let text = clipped ? " " : CellText.drawable(cell.text)
        var character = cchar_t()
        let scalars = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        guard setcchar(&character, scalars, attributes, pair, nil) == OK else { return }
        mvwadd_wch(window, Int32(row), Int32(column), &character)
        let start = max(column + 1, Int(getcurx(window)))
        guard getcury(window) == Int32(row), start < column + span else { return }
        var blank = cchar_t()
        setcchar(&blank, [wchar_t(32), 0], attributes, pair, nil)
        for padding in start..<(column + span) {
            mvwadd_wch(window, Int32(row), Int32(padding), &blank)
        }
    }

    private func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK, let kind = InputMapper.mouseKind(buttonState: event.bstate) else { return nil }
        return MouseEvent(kind: kind, row: Int(event.y), column: Int(event.x))
    }

    /// `setlocale(LC_ALL, "")`, falling back to C.UTF-8 for LC_CTYPE when that is not UTF-8.
    private static func useUTF8Locale() throws {
        setlocale(LC_ALL, "")
        if isUTF8 { return }
        setlocale(LC_CTYPE, "C.UTF-8")
        guard isUTF8 else { throw TerminalError("no UTF-8 locale is available (tried the environment's and C.UTF-8)") }
    }

    private static var isUTF8: Bool {
        guard let codeset = skein_codeset() else { return false }
        return String(cString: codeset) == "UTF-8"
    }

    /// What the signal handlers write: mouse reporting off, attributes and colours reset, cursor shown,
    /// keypad mode off, alternate screen left. Terminfo padding (`$<5>`) is dropped.
    private static func resetSequence(mouse: Bool) -> [UInt8] {
        var bytes: [UInt8] = mouse ? Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l".utf8) : []
        for name in ["sgr0", "op", "cnorm", "rmkx", "rmcup"] {
            guard let value = skein_string_capability(name) else { continue }
            bytes += withoutPadding(Array(String(cString: value).utf8))
        }
        return bytes
    }

    /// A capability without terminfo's delay padding (`$<5>`, `$<2*/>`), which is for ncurses, not the terminal.
    /// Written out: Foundation's regular expressions set up ICU's tables first, an eighth of a first screen.
    static func withoutPadding(_ capability: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < capability.count {
            if capability[index] == UInt8(ascii: "$"), index + 1 < capability.count, capability[index + 1] == UInt8(ascii: "<"),
               let close = capability[(index + 2)...].firstIndex(where: { !"0123456789.*/".utf8.contains($0) }),
               capability[close] == UInt8(ascii: ">") {
                index = close + 1
                continue
            }
            out.append(capability[index])
            index += 1
        }
        return out
    }
}
