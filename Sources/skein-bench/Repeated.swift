/// Runs `body` at least `minimum` times and until `budget` seconds have passed (at most `maximum`
/// times): enough samples for a stable median without letting a slow operation eat the whole run.
func repeated(minimum: Int = 3, maximum: Int, budget: Double, _ body: () throws -> Double) rethrows -> Samples {
    var samples = Samples()
    var spent = 0.0
    while samples.milliseconds.count < maximum && (samples.milliseconds.count < minimum || spent < budget * 1e3) {
        let ms = try body()
        samples.add(ms)
        spent += ms
    }
    return samples
}
