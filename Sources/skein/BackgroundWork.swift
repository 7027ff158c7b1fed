import Foundation

/// Work on a thread of its own, with a deep stack (the parsers recurse), its result taken when ready.
/// The input is held here until the worker takes it, so the work gets the only copy and can free it early.
final class BackgroundWork<Input: Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var input: Input?
    private var value: Value?

    init(_ input: Input, _ work: @escaping @Sendable (Input) -> Value) {
        self.input = input
        let worker = Foundation.Thread { [self] in
            let value = work(lock.withLock { self.input.take() }!)
            lock.withLock { self.value = value }
        }
        worker.stackSize = 64 << 20
        worker.start()
    }

    /// What the work returned, once it has.
    var result: Value? { lock.withLock { value } }
}
