/// Durations of repeated runs of one operation, in milliseconds.
struct Samples {
    private(set) var milliseconds: [Double] = []

    mutating func add(_ ms: Double) { milliseconds.append(ms) }

    /// Nearest-rank percentile, so p99 of 200 runs is the second-worst run, not an interpolation.
    func percentile(_ p: Double) -> Double {
        let sorted = milliseconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }

    var median: Double { percentile(50) }
    var worst: Double { milliseconds.max() ?? .nan }
}

/// Milliseconds `body` took on the monotonic clock.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let elapsed = try ContinuousClock().measure(body)
    return Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
}
