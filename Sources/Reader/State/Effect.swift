/// What the driver must do after an action; the reducer itself never touches the terminal.
public enum Effect: Sendable, Equatable {
    case quit
    /// Ctrl-Z: hand the terminal back and stop the process until resumed.
    case suspend
}
