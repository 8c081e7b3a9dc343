import CFastMath

/// A seeded pseudo-random number generator that gives the same stream on every machine.
///
/// **Algorithm.** xoshiro256** 1.0 (Blackman & Vigna, 2018, <https://prng.di.unimi.it>):
/// 256 bits of state, period 2²⁵⁶ − 1, output `rotl(s1 · 5, 7) · 9`. The state is filled from
/// the 64-bit seed with four outputs of splitmix64 (Steele, Lea & Flood 2014), as the
/// authors recommend. Doubles in [0, 1) take the top 53 bits: `(x >> 11) · 2⁻⁵³`; bounded
/// integers use Lemire's multiply-and-reject method (no modulo bias); normals use the
/// Box–Muller transform, each pair of uniforms giving two normals (the second is kept for
/// the next call). Box–Muller runs vectorized in C (`cfm_normal_pairs`) with its own
/// fdlibm `log`, `sin` and `cos` written in correctly rounded operations, so the normals
/// too are bit-for-bit the same on every machine, and `rng.normal([n])` gives exactly the
/// numbers of `n` calls to `rng.normal()`.
///
/// `RNG` is a value: copying it copies the state, so `var a = rng; a.normal()` does not
/// advance `rng`. It conforms to `RandomNumberGenerator`, but the engine's own methods
/// (`permutation`, `sample`) are used for reproducibility rather than the standard library's
/// `shuffle`, whose algorithm may change between Swift versions.
public struct RNG: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64
    private var spareNormal: Double?

    /// A generator whose whole stream is determined by `seed`.
    public init(seed: UInt64) {
        var state = seed
        func splitmix64() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitmix64(); s1 = splitmix64(); s2 = splitmix64(); s3 = splitmix64()
        spareNormal = nil
    }

    /// The next 64 random bits (one step of xoshiro256**).
    @inlinable
    public mutating func next() -> UInt64 {
        nextBits()
    }

    @usableFromInline
    mutating func nextBits() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(nextBits() >> 11) * 0x1.0p-53
    }

    /// A uniform double in `range`.
    public mutating func uniform(in range: Range<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    }

    /// A uniform integer in `0..<bound` (Lemire's nearly-divisionless method).
    public mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "int(below:) needs a positive bound, got \(bound)")
        let n = UInt64(bound)
        var product = nextBits().multipliedFullWidth(by: n)
        if product.low < n {
            let threshold = (0 &- n) % n
            while product.low < threshold { product = nextBits().multipliedFullWidth(by: n) }
        }
        return Int(product.high)
    }

    /// A standard normal draw (Box–Muller; every second call uses the cached partner).
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let (a, b) = normalPair()
        spareNormal = b
        return a
    }

    /// Two independent standard normals `(r cos θ, r sin θ)` from two uniforms,
    /// `r = √(−2 log u₁)` with `u₁ = 1 − uniform()` in (0, 1], `θ = 2π · uniform()`.
    mutating func normalPair() -> (Double, Double) {
        var pair = (0.0, 0.0)
        withUnsafeMutablePointer(to: &pair) { p in
            p.withMemoryRebound(to: Double.self, capacity: 2) { fillNormalPairs($0, pairs: 1) }
        }
        return pair
    }

    /// Writes `count` standard normals to `target`: the same numbers as `count` calls to
    /// `normal()`, with the pairs drawn by the vectorized kernel.
    mutating func fillNormals(_ target: UnsafeMutablePointer<Double>, count: Int) {
        guard count > 0 else { return }
        var start = 0
        if let spare = spareNormal {
            target[0] = spare
            spareNormal = nil
            start = 1
        }
        let pairs = (count - start) / 2
        fillNormalPairs(target + start, pairs: pairs)
        if start + 2 * pairs < count { target[count - 1] = normal() }
    }

    /// `2 · pairs` normals from `cfm_normal_pairs`, which advances the state by `2 · pairs` steps.
    private mutating func fillNormalPairs(_ target: UnsafeMutablePointer<Double>, pairs: Int) {
        var state = [s0, s1, s2, s3]
        cfm_normal_pairs(&state, target, pairs)
        s0 = state[0]; s1 = state[1]; s2 = state[2]; s3 = state[3]
    }

    /// Advances the state by 2¹²⁸ steps (the xoshiro "jump"): use `rng.jumped()` to derive
    /// a stream that will not overlap this one for 2¹²⁸ draws.
    public func jumped() -> RNG {
        let table: [UInt64] = [0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C,
                               0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C]
        var copy = self
        var t0: UInt64 = 0, t1: UInt64 = 0, t2: UInt64 = 0, t3: UInt64 = 0
        for word in table {
            for bit in 0..<64 {
                if word & (1 << UInt64(bit)) != 0 {
                    t0 ^= copy.s0; t1 ^= copy.s1; t2 ^= copy.s2; t3 ^= copy.s3
                }
                _ = copy.nextBits()
            }
        }
        copy.s0 = t0; copy.s1 = t1; copy.s2 = t2; copy.s3 = t3
        copy.spareNormal = nil
        return copy
    }
}
