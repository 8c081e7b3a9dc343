import XCTest
import Engine

final class RandomTests: XCTestCase {
    /// Values from an independent implementation of splitmix64 + xoshiro256** (Python,
    /// arbitrary-precision integers masked to 64 bits) for seed 42.
    func testPinnedFirstValues() {
        var rng = RNG(seed: 42)
        XCTAssertEqual(rng.next(), 0x1578_0B2E_0C2E_C716)
        XCTAssertEqual(rng.next(), 0x6104_D986_6D11_3A7E)
        XCTAssertEqual(rng.next(), 0xAE17_5332_39E4_99A1)
        XCTAssertEqual(rng.uniform(), 0.9246929453253876)
        XCTAssertEqual(rng.uniform(), 0.9918039142821028)
        XCTAssertEqual(rng.uniform(), 0.7697394604342425)
    }

    func testSameSeedSameStreamAndCopiesAreIndependent() {
        var a = RNG(seed: 7), b = RNG(seed: 7)
        XCTAssertEqual(a.normal(rows: 3, cols: 4), b.normal(rows: 3, cols: 4))
        var c = a
        _ = c.uniform(10)
        XCTAssertEqual(a.uniform(5), b.uniform(5))
        var original = RNG(seed: 1), jumped = original.jumped()
        XCTAssertNotEqual(jumped.next(), original.next())
    }

    func testUniformAndNormalMoments() {
        var rng = RNG(seed: 11)
        let n = 200_000
        let u = rng.uniform(n)
        XCTAssertEqual(u.mean(), 0.5, accuracy: 0.005)
        XCTAssertEqual(u.variance(), 1.0 / 12.0, accuracy: 0.002)
        XCTAssertGreaterThanOrEqual(u.min(), 0)
        XCTAssertLessThan(u.max(), 1)
        let z = rng.normal(n, mean: 2, std: 3)
        XCTAssertEqual(z.mean(), 2, accuracy: 0.03)
        XCTAssertEqual(z.variance().squareRoot(), 3, accuracy: 0.03)
        let standardized = (z - 2) / 3
        XCTAssertEqual(pow(standardized, 3).mean(), 0, accuracy: 0.03)
        XCTAssertEqual(pow(standardized, 4).mean(), 3, accuracy: 0.06)
    }

    func testIntegersPermutationAndSampling() {
        var rng = RNG(seed: 12)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[rng.int(below: 6)] += 1 }
        XCTAssertTrue(counts.allSatisfy { abs($0 - 10_000) < 400 }, "\(counts)")
        let p = rng.permutation(100)
        XCTAssertEqual(p.sorted(), Array(0..<100))
        XCTAssertNotEqual(p, Array(0..<100))
        let without = rng.sample(10, count: 10, replacement: false)
        XCTAssertEqual(Set(without).count, 10)
        let with = rng.sample(3, count: 50, replacement: true)
        XCTAssertTrue(with.allSatisfy { (0..<3).contains($0) })
        XCTAssertLessThan(Set(with).count, 50)
        XCTAssertEqual(rng.sample(from: ["a", "b", "c"], count: 3, replacement: false).sorted(), ["a", "b", "c"])
    }

    func testOrthogonalMatrix() {
        var rng = RNG(seed: 13)
        let Q = rng.orthogonal(20)
        XCTAssertLessThan((Q.matmul(Q, transposeSelf: true) - Tensor.eye(20)).norm(), 1e-12)
        XCTAssertNotEqual(Q, rng.orthogonal(20))
    }
}
