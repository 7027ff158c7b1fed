import Foundation

/// Presentation knobs, with the defaults in one place.
public struct ReaderOptions: Sendable, Equatable {
    public var glyphs: GlyphSet
    /// Levels of indentation at most (two columns each); the pane's width caps them at 40 % of it.
    /// Deeper comments stop indenting and show `↳ depth 12` instead.
    public var maxIndent: Int
    /// Terminals at least this wide show article and discussion side by side.
    public var sideBySideWidth: Int
    /// Rows the mouse wheel scrolls per step.
    public var wheelRows: Int
    /// Where dates are told: the program passes the machine's (`TZ`); UTC by default, for tests.
    public var timeZone: TimeZone
    /// Text wraps at this many columns at most, however wide the pane: long lines are hard to read.
    public var textWidth: Int
    /// Article and discussion side by side (true), one at a time (false), or by the width (nil); `|` toggles it.
    public var sideBySide: Bool?
    /// A library of threads (`skein DIR`): `q` in a thread goes back to the list of files, `q` there quits.
    public var isLibrary = false

    public init(glyphs: GlyphSet = .unicode, maxIndent: Int = .max, sideBySideWidth: Int = 160, wheelRows: Int = 3,
                timeZone: TimeZone = TimeZone(secondsFromGMT: 0)!, textWidth: Int = 100, sideBySide: Bool? = nil, isLibrary: Bool = false) {
        self.isLibrary = isLibrary
        self.textWidth = textWidth
        self.sideBySide = sideBySide
        self.glyphs = glyphs
        self.maxIndent = maxIndent
        self.sideBySideWidth = sideBySideWidth
        self.wheelRows = wheelRows
        self.timeZone = timeZone
    }
}
