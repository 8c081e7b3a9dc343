import XCTest
import Engine
import Foundation

final class DatasetTests: XCTestCase {
    func testDigitsLoader() throws {
        let digits = try Dataset.digits()
        XCTAssertEqual(digits.X.shape, [1797, 64])
        XCTAssertEqual(digits.count, 1797)
        XCTAssertEqual(digits.classCount, 10)
        XCTAssertEqual(digits.X.min(), 0)
        XCTAssertEqual(digits.X.max(), 16)
        XCTAssertEqual(digits.classCounts.count, 10)
        XCTAssertTrue(digits.classCounts.allSatisfy { (170...190).contains($0) }, "\(digits.classCounts)")
        // The first image in the file is a zero.
        XCTAssertEqual(digits.labels[0], 0)
        XCTAssertEqual(digits.X[0, 2], 5)
    }

    func testMissingDigitsFileThrowsWithPath() {
        XCTAssertThrowsError(try Dataset.digits(path: "/nonexistent/digits.csv")) { error in
            XCTAssertEqual(error as? DataError, .fileNotFound(paths: ["/nonexistent/digits.csv"]))
            XCTAssertTrue("\(error)".contains("/nonexistent/digits.csv"))
        }
    }

    func testMalformedFileThrows() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("engine-bad-digits.csv").path
        try "1,2,3\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertThrowsError(try Dataset.digits(path: path)) { error in
            guard case .malformed(_, 1, _) = error as? DataError else { return XCTFail("\(error)") }
        }
    }

    func testSeededSplitIsReproducibleAndDisjoint() throws {
        let digits = try Dataset.digits()
        var a = RNG(seed: 0), b = RNG(seed: 0)
        let (train, test) = digits.split(testFraction: 0.25, rng: &a)
        let (train2, _) = digits.split(testFraction: 0.25, rng: &b)
        XCTAssertEqual(test.count, 449)
        XCTAssertEqual(train.count + test.count, 1797)
        XCTAssertEqual(train.X, train2.X)
        XCTAssertEqual(train.classCounts.reduce(0, +) + test.classCounts.reduce(0, +), 1797)
    }

    func testSyntheticClassificationSizesAndClasses() {
        var rng = RNG(seed: 21)
        let moons = Dataset.twoMoons(count: 301, noise: 0.05, rng: &rng)
        XCTAssertEqual(moons.X.shape, [301, 2])
        XCTAssertEqual(moons.classCounts, [150, 151])
        let spirals = Dataset.spirals(countPerClass: 100, classes: 3, rng: &rng)
        XCTAssertEqual(spirals.X.shape, [300, 2])
        XCTAssertEqual(spirals.classCounts, [100, 100, 100])
        XCTAssertLessThanOrEqual(spirals.X.norm(axis: 1).max(), 1 + 1e-12)
        let blobs = Dataset.gaussianMixture(countPerClass: 50, classes: 4, dimension: 5, rng: &rng)
        XCTAssertEqual(blobs.X.shape, [200, 5])
        XCTAssertEqual(blobs.classCounts, [50, 50, 50, 50])
        let separable = Dataset.separable2D(count: 400, margin: 0.1, rng: &rng)
        XCTAssertEqual(separable.X.shape, [400, 2])
        XCTAssertEqual(separable.classCounts.count, 2)
        XCTAssertEqual(Tensor.oneHot([2, 0], classes: 3).scalars, [0, 0, 1, 1, 0, 0])
    }

    func testSeparableDataIsSeparable() throws {
        var rng = RNG(seed: 22)
        let data = Dataset.separable2D(count: 300, margin: 0.05, rng: &rng)
        // Least squares on ±1 targets with a bias finds a separating direction here.
        let X = data.X.concatenated(with: Tensor.ones([300, 1]), axis: 1)
        let w = try X.leastSquares(2 * data.y - 1)
        let predictions = X.matmul(w) .> 0
        XCTAssertGreaterThan((predictions .== data.y).mean(), 0.97)
    }

    func testLinearGaussianHasRequestedCovariance() throws {
        var rng = RNG(seed: 23)
        let spectrum = Dataset.powerLawSpectrum(dimension: 6, exponent: 1)
        XCTAssertEqual(spectrum.scalars[1], 0.5)
        let problem = Dataset.linearGaussian(count: 40_000, spectrum: spectrum, noise: 0.1, rng: &rng)
        let X = problem.data.X
        let empirical = X.matmul(X, transposeSelf: true) / 40_000
        XCTAssertLessThan((empirical - problem.covariance).norm(), 0.05)
        let eigenvalues = try problem.covariance.symmetricEigenvalues()
        XCTAssertLessThan((eigenvalues - Tensor(spectrum.scalars.reversed())).norm(), 1e-12)
        let fitted = try X.leastSquares(problem.data.y)
        XCTAssertLessThan((fitted - problem.trueWeights).norm(), 0.05)
    }

    func testTeacherNetworkShapes() {
        var rng = RNG(seed: 24)
        let teacher = Dataset.teacherNetwork(count: 500, dimension: 10, hidden: 8, noise: 0, rng: &rng)
        XCTAssertEqual(teacher.data.X.shape, [500, 10])
        XCTAssertEqual(teacher.data.y.shape, [500])
        XCTAssertEqual(teacher.hiddenWeights.shape, [10, 8])
        let recomputed = tanh(teacher.data.X.matmul(teacher.hiddenWeights)).matmul(teacher.outputWeights)
        XCTAssertEqual(recomputed, teacher.data.y)
    }
}
