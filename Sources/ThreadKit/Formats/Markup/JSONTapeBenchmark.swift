/// The tape parser alone, for `skein-bench json` to set beside other JSON parsers: the formats reach it only
/// through their readers.
@_spi(Benchmarks)
public enum JSONTapeBenchmark {
    /// Parses `bytes` into a tape and returns how many nodes it holds.
    public static func parse(_ bytes: [UInt8]) throws -> Int {
        try JSONTape(bytes).nodes.count
    }
}
