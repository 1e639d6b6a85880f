import Foundation

/// Randomness that a seed repeats — the demo library's, and the fuzz tests' (so a failure can be
/// replayed): xoshiro256** seeded through SplitMix64, the same on every machine and Swift version
/// (the system generator never would be).
public struct SeededRandom: RandomNumberGenerator {
    private var s0, s1, s2, s3: UInt64

    public init(seed: UInt64) {
        var sm = seed
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// An independent stream for one item (a reader, a ticket) of one kind of work, so each
    /// reader's data does not depend on how much randomness the others drew.
    init(seed: UInt64, stream: UInt64, item: Int) {
        self.init(seed: seed &* 0xD1B5_4A32_D192_ED03 ^ stream &* 0x8CB9_2BA7_2F3D_8DD7 ^ UInt64(item) &* 0x9E37_79B9_7F4A_7C15)
    }

    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in 0..<n (n > 0); the tiny modulo bias does not matter for a demo.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func between(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u = max(unit(), 1e-300)
        return (-2 * Foundation.log(u)).squareRoot() * cos(2 * .pi * unit())
    }

    /// Poisson-distributed count: exact for small means, normal approximation for large ones.
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 30 { return max(0, Int((mean + mean.squareRoot() * normal()).rounded())) }
        let limit = exp(-mean)
        var k = 0
        var p = unit()
        while p > limit { k += 1; p *= unit() }
        return k
    }
}

/// Weighted choice by a cumulative table: built once, drawn from millions of times.
struct Weighted {
    private(set) var cumulative: [Double]

    init(_ weights: [Double]) {
        var sum = 0.0
        cumulative = weights.map {
            sum += max(0, $0); return sum
        }
    }

    var total: Double { cumulative.last ?? 0 }

    func index(_ rng: inout SeededRandom) -> Int {
        let x = rng.unit() * total
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}

extension SeededRandom {
    /// One of `items` by weight, for the small one-off choices.
    mutating func weighted<T>(_ items: [(T, Double)]) -> T {
        items[Weighted(items.map(\.1)).index(&self)].0
    }
}
