/// A small deterministic random source (SplitMix64): the same seed gives the same numbers on every
/// machine and every Swift release, which the standard library's generators do not promise. A
/// RandomNumberGenerator too, so the standard library's `random(in:using:)` and `shuffled(using:)`
/// draw from it; the fuzzer and the crash tests replay a failure from its seed.
public struct SeededRandom: Sendable, RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for item `index` of a seeded sequence: items can be made in any order.
    public init(seed: UInt64, stream index: UInt64) {
        var mixer = SeededRandom(seed: seed ^ (index &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound` (bound > 0), without modulo bias worth noticing at these sizes.
    public mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    public mutating func between(_ low: Int, _ high: Int) -> Int { low + below(high - low + 1) }

    /// A number in `0..<1`.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index chosen with the given weights.
    public mutating func weighted(_ weights: [Int]) -> Int {
        var roll = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }
}
