import ThreadKit

/// What the executable drives: feed it input events, perform the effects it returns, draw its grid.
public final class ReaderSession {
    public private(set) var state: ReaderState

    public init(documents: [(name: String, thread: ThreadKit.Thread)], themes: [Theme], themeIndex: Int = 0,
                size: (width: Int, height: Int), keyMap: KeyMap = .standard, options: ReaderOptions = ReaderOptions()) {
        state = ReaderState(documents: documents, themes: themes, themeIndex: themeIndex,
                            width: size.width, height: size.height, keyMap: keyMap, options: options)
        _ = reduce(&state, .resize(width: size.width, height: size.height))
    }

    /// Applies one input event; returns the effect the driver must perform, if any.
    @discardableResult
    public func handle(_ event: InputEvent) -> Effect? {
        guard let action = state.keyMap.action(for: event, in: state.inputMode) else { return nil }
        return reduce(&state, action)
    }

    /// The screen for the current state.
    public var grid: Grid { render(state) }
}
