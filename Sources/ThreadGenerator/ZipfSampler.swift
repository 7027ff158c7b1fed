import Foundation

/// Draws ranks 0..<count with probability ∝ 1 / (rank + 1)^exponent: a few authors write
/// most comments and a long tail writes one each, as on real comment pages.
struct ZipfSampler {
    private let cumulative: [Double]

    init(count: Int, exponent: Double = 1.1) {
        var total = 0.0
        cumulative = (1...max(1, count)).map { rank in
            total += 1 / pow(Double(rank), exponent)
            return total
        }
    }

    func sample(using random: inout SplitMix64) -> Int {
        let target = Double.random(in: 0..<cumulative[cumulative.count - 1], using: &random)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
