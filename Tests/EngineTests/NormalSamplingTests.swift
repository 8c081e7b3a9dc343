import XCTest
import Foundation
import CFastMath
import Engine

/// The vectorized Box–Muller kernel: the same numbers as the scalar formula with glibc's
/// log, sin and cos (to a few ulp), bit-for-bit the same between its vectorized and
/// one-pair-at-a-time builds, and the same stream from tensors and from single draws.
final class NormalSamplingTests: XCTestCase {
    /// An independent xoshiro256** with splitmix64 seeding, as in `RandomTests`.
    struct Reference {
        var s: [UInt64]
        init(seed: UInt64) {
            var state = seed
            func splitmix() -> UInt64 {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
            s = [splitmix(), splitmix(), splitmix(), splitmix()]
        }
        mutating func next() -> UInt64 {
            let result = ((s[1] &* 5) << 7 | (s[1] &* 5) >> 57) &* 9
            let t = s[1] << 17
            s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]
            s[2] ^= t
            s[3] = (s[3] << 45) | (s[3] >> 19)
            return result
        }
        mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }
    }

    func testNormalsMatchScalarBoxMullerWithLibm() {
        var reference = Reference(seed: 11)
        var rng = RNG(seed: 11)
        let z = rng.normal(20_001)
        var worst = 0.0
        for i in stride(from: 0, to: 20_000, by: 2) {
            let u1 = 1 - reference.uniform(), u2 = reference.uniform()
            let r = (-2 * Foundation.log(u1)).squareRoot(), angle = 2 * Double.pi * u2
            worst = Swift.max(worst, Swift.abs(z[i] - r * Foundation.cos(angle)) / Swift.max(r, 1),
                              Swift.abs(z[i + 1] - r * Foundation.sin(angle)) / Swift.max(r, 1))
        }
        XCTAssertLessThan(worst, 4e-15)
    }

    func testVectorizedKernelIsBitwiseTheOnePairLoop() {
        var vectorState: [UInt64] = [1, 2, 3, 4], scalarState = vectorState
        var warm = RNG(seed: 5)
        for k in 0..<4 { vectorState[k] = warm.next(); scalarState[k] = vectorState[k] }
        let pairs = 1_000
        var vectorized = [Double](repeating: 0, count: 2 * pairs), scalar = vectorized
        cfm_normal_pairs(&vectorState, &vectorized, pairs)
        cfm_normal_pairs_scalar(&scalarState, &scalar, pairs)
        XCTAssertEqual(vectorState, scalarState)
        XCTAssertEqual(vectorized.map(\.bitPattern), scalar.map(\.bitPattern))
    }

    func testTensorDrawsEqualSingleDrawsAcrossOddCounts() {
        var a = RNG(seed: 9), b = RNG(seed: 9)
        let first = a.normal(7), second = a.normal([2, 3]), third = a.normal(1)
        let singles = (0..<14).map { _ in b.normal() }
        XCTAssertEqual(first.scalars + second.scalars + third.scalars, singles)
        XCTAssertEqual(a.next(), b.next())
    }

    func testFirstUniformOfOneGivesRadiusZero() {
        // xoshiro's output rotl(s1·5, 7)·9 is 0 when s1 = 0, so u₁ = 1 and log u₁ = 0 exactly.
        var state: [UInt64] = [1, 0, 3, 4]
        var out = [1.0, 1.0]
        cfm_normal_pairs_scalar(&state, &out, 1)
        XCTAssertEqual(out, [0, 0])
    }
}
