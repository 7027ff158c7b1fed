import Dispatch
import Foundation

/// How many pieces work on `count` items is worth sharing out in: one per core, but none of fewer than `smallest`
/// items, for which starting a thread would cost more than it saves.
public func piecesWorthMaking(for count: Int, smallest: Int) -> Int {
    count < 2 * smallest ? 1 : min(cores, count / smallest)
}

/// Read once: asking reads the process's CPU set and cgroup quota from files, about 100,000 instructions each time.
private let cores = ProcessInfo.processInfo.activeProcessorCount

extension UnsafeMutableBufferPointer {
    /// Calls `body` with each of `pieces` runs of nearly equal length that the indices are cut into, all at
    /// once on every core; `body` may touch only the elements of the run it is given.
    public func updateConcurrently(inPieces pieces: Int, _ body: @Sendable (Range<Int>, Self) -> Void) {
        updateConcurrently(inPieces: pieces) { _, run, buffer in body(run, buffer) }
    }

    /// The same, telling `body` which piece (`0..<pieces`) its run is.
    func updateConcurrently(inPieces pieces: Int, _ body: @Sendable (Int, Range<Int>, Self) -> Void) {
        // One piece is worked here: handing it to a queue costs more than a small page's piece of work.
        guard pieces > 1 else { return body(0, 0..<count, self) }
        let (shared, count) = (DisjointRuns(buffer: self), count)
        DispatchQueue.concurrentPerform(iterations: pieces) { piece in
            body(piece, count * piece / pieces ..< count * (piece + 1) / pieces, shared.buffer)
        }
    }
}

extension Array {
    /// `make(index)` for every index of `0..<count`, the indices cut into `pieces` runs made at once on every core.
    public init(count: Int, concurrentlyInPieces pieces: Int, _ make: @Sendable (Int) -> Element) {
        self.init(count: count, concurrentlyInPieces: pieces, state: {}) { index, _ in make(index) }
    }

    /// `make(index, &state)` for every index of `0..<count`, made at once on every core as above; each run
    /// has a `state` of its own, made by `start`, that its calls share in index order (a cache of what they learn).
    public init<State>(count: Int, concurrentlyInPieces pieces: Int, state start: @Sendable () -> State,
                       _ make: @Sendable (Int, inout State) -> Element) {
        var states: [State] = []
        self.init(count: count, concurrentlyInPieces: pieces, states: &states, start: start, make)
    }

    /// As above, with the runs' states kept by the caller from one call to the next (caches that outlive one
    /// window of work): run `n` uses `states[n]`, made by `start` where `states` has none yet.
    public init<State>(count: Int, concurrentlyInPieces pieces: Int, states: inout [State], start: () -> State,
                       _ make: @Sendable (Int, inout State) -> Element) {
        precondition(pieces > 0 || count == 0, "no piece to make the elements in")
        while states.count < pieces { states.append(start()) }
        self = states.withUnsafeMutableBufferPointer { states in
            let shared = DisjointRuns(buffer: states)
            return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
                buffer.updateConcurrently(inPieces: pieces) { piece, run, buffer in
                    for index in run { (buffer.baseAddress! + index).initialize(to: make(index, &shared.buffer[piece])) }
                }
                initialized = count
            }
        }
    }
}

/// A buffer shared by the iterations of `concurrentPerform`. `@unchecked Sendable` because the compiler cannot
/// see what makes that safe: each iteration touches only its own run of indices, the runs do not overlap, and
/// `concurrentPerform` returns only when every iteration has, so the buffer outlives them all.
private struct DisjointRuns<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
