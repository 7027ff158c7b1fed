import Glibc

/// Puts the terminal back as the shell left it when the process dies by a signal. The handlers do
/// only async-signal-safe work: write(2) of reset sequences prepared in advance, then tcsetattr(3).
enum SignalGuard {
    /// Restore, then die by the signal's default action.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Restore, then hand over to whatever was installed before (the default, or Swift's backtracer).
    static let crashing: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE]

    /// Saves the terminal modes of `fd` and installs the handlers. Call before `newterm`, which then
    /// leaves SIGINT and SIGTERM to us instead of installing its own exit-with-1 handlers.
    static func arm(fd: Int32) {
        let state = guardState
        state.pointee.fd = fd
        state.pointee.hasModes = tcgetattr(fd, &state.pointee.modes) == 0
        state.pointee.resetCount = 0
        for signal in terminating { install(handleTerminatingSignal, for: signal) }
        for signal in crashing { install(handleCrashSignal, for: signal) }
        state.pointee.armed = true
    }

    /// The escape sequences written on the way out, known once ncurses has read terminfo.
    static func setResetSequence(_ bytes: [UInt8]) {
        let count = min(bytes.count, GuardState.resetCapacity)
        guardState.pointee.resetCount = 0
        for (index, byte) in bytes.prefix(count).enumerated() { guardState.pointee.reset[index] = byte }
        guardState.pointee.resetCount = count
    }

    /// A crash signal sent from outside (`kill -SEGV`) does not fault again once the crash report
    /// returns, so the program would go on with its terminal already given back: end it here.
    static func endIfCrashed() {
        let signal = guardState.pointee.crashSignal
        guard signal != 0 else { return }
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
    }

    /// Puts back the handlers that were there before `arm`.
    static func disarm() {
        let state = guardState
        guard state.pointee.armed else { return }
        state.pointee.armed = false
        for signal in terminating + crashing where state.pointee.installed[Int(signal)] {
            sigaction(signal, &state.pointee.previous[Int(signal)], nil)
            state.pointee.installed[Int(signal)] = false
        }
    }

    /// Raises SIGTSTP with the default action (stop), then puts back the handler ncurses had there.
    static func stopProcess() {
        var previous = sigaction()
        var stop = sigaction()
        stop.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stop.sa_mask)
        sigaction(SIGTSTP, &stop, &previous)
        raise(SIGTSTP)
        sigaction(SIGTSTP, &previous, nil)
    }

    /// Async-signal-safe: writes the reset sequence and restores the saved terminal modes.
    static func restoreTerminal() {
        let state = guardState
        var offset = 0
        while offset < state.pointee.resetCount {
            let written = write(state.pointee.fd, state.pointee.reset + offset, state.pointee.resetCount - offset)
            if written > 0 {
                offset += written
            } else if errno != EINTR {
                break
            }
        }
        if state.pointee.hasModes { tcsetattr(state.pointee.fd, TCSANOW, &state.pointee.modes) }
    }

    private static func install(_ handler: @escaping @convention(c) (Int32) -> Void, for signal: Int32) {
        let state = guardState
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        var previous = sigaction()
        sigaction(signal, nil, &previous)
        // A signal ignored on entry (nohup) stays ignored.
        if unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
            return
        }
        state.pointee.previous[Int(signal)] = previous
        sigaction(signal, &action, nil)
        state.pointee.installed[Int(signal)] = true
    }
}

/// Everything the handlers read, in memory allocated once so they touch no Swift runtime machinery.
private struct GuardState {
    static let resetCapacity = 512
    static let signalSlots = 65

    var fd: Int32 = 1
    var modes = termios()
    var hasModes = false
    var armed = false
    var reset = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
    var resetCount = 0
    var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
    var installed = UnsafeMutablePointer<Bool>.allocate(capacity: signalSlots)
    /// A crash signal caught and handed over; non-zero if the process lived on after it.
    var crashSignal: Int32 = 0

    init() {
        previous.initialize(repeating: sigaction(), count: Self.signalSlots)
        installed.initialize(repeating: false, count: Self.signalSlots)
    }
}

// nonisolated(unsafe): the pointer never changes; its state is written by the thread that owns the terminal and read by signal handlers, which Swift's checking cannot see.
nonisolated(unsafe) private let guardState: UnsafeMutablePointer<GuardState> = {
    let state = UnsafeMutablePointer<GuardState>.allocate(capacity: 1)
    state.initialize(to: GuardState())
    return state
}()

private func handleTerminatingSignal(_ signal: Int32) {
    // A handler leaves errno as the code it interrupted had it: write(2) and tcsetattr(3) may set it.
    let interrupted = errno
    defer { errno = interrupted }
    SignalGuard.restoreTerminal()
    Glibc.signal(signal, SIG_DFL)
    // Blocked while this handler runs, so it is delivered, with the default action, on return.
    raise(signal)
}

private func handleCrashSignal(_ signal: Int32) {
    let interrupted = errno
    defer { errno = interrupted }
    SignalGuard.restoreTerminal()
    guardState.pointee.crashSignal = signal
    sigaction(signal, &guardState.pointee.previous[Int(signal)], nil)
    // A fault re-executes on return; abort and kill need the raise.
    raise(signal)
}
