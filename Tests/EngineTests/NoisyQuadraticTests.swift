import XCTest
import Engine

/// Tests for the noisy quadratic model: the exact moment recurrences against Monte Carlo,
/// the closed-form stationary loss against the recurrence run to convergence and against a
/// hand derivation, and the binary-lifting steps-to-target against stepping one update at
/// a time.
final class NoisyQuadraticTests: XCTestCase {
    let small = NoisyQuadratic(curvatures: [1, 0.5, 0.1, 0.02], noiseVariances: [2, 0.5, 0.3, 0.01])

    func testStationaryLossOfSGDMatchesHandDerivation() {
        // One coordinate, SGD: u = (1 − ah)² u + a²c/B  ⇒  u = a c / (B h (2 − a h)).
        let nqm = NoisyQuadratic(curvatures: [0.8], noiseVariances: [1.5])
        let a = 0.3, b = 4.0
        let u = a * 1.5 / (b * 0.8 * (2 - a * 0.8))
        XCTAssertEqual(nqm.stationaryLoss(NQMOptimizer(learningRate: a), batchSize: 4), 0.5 * 0.8 * u, accuracy: 1e-15)
    }

    func testStationaryLossIsTheLimitOfTheRecurrence() {
        for optimizer in [NQMOptimizer(learningRate: 0.7),
                          NQMOptimizer(learningRate: 0.3, momentum: 0.9),
                          NQMOptimizer(learningRate: 0.2, momentum: 0.5, preconditioner: small.preconditioner(power: 0.5))] {
            let curve = small.expectedLossCurve(optimizer, batchSize: 3, from: small.ones, steps: 20_000)
            let closed = small.stationaryLoss(optimizer, batchSize: 3)
            XCTAssertEqual(curve.last!, closed, accuracy: 1e-12 * closed, "\(optimizer)")
        }
    }

    func testMomentumMatchesSGDWithEffectiveStepInStationaryLossAtSmallSteps() {
        // At small a h the momentum floor a c (1+β)/(2B(1−β)(2(1+β) − a h)) tends to the SGD
        // floor with the effective step a/(1 − β).
        let nqm = NoisyQuadratic.powerLaw(dimension: 50)
        let heavy = nqm.stationaryLoss(NQMOptimizer(learningRate: 1e-4, momentum: 0.9), batchSize: 2)
        let plain = nqm.stationaryLoss(NQMOptimizer(learningRate: 1e-3), batchSize: 2)
        XCTAssertEqual(heavy / plain, 1, accuracy: 1e-3)
    }

    func testMomentsRecurrenceMatchesMonteCarlo() {
        var rng = RNG(seed: 11)
        let optimizer = NQMOptimizer(learningRate: 0.4, momentum: 0.6)
        let exact = small.expectedLossCurve(optimizer, batchSize: 2, from: small.ones, steps: 60)
        let sampled = small.simulate(optimizer, batchSize: 2, from: small.ones, steps: 60, chains: 20_000, rng: &rng)
        // Sampling error of a mean over 20 000 chains: a few per cent of the loss at most.
        for t in [1, 5, 20, 60] {
            XCTAssertEqual(sampled[t] / exact[t], 1, accuracy: 0.04, "t = \(t): MC \(sampled[t]) vs exact \(exact[t])")
        }
    }

    func testMeanFollowsTheDeterministicRecurrence() {
        var moments = NQMMoments(problem: small, start: [1, -2, 0.5, 3])
        let optimizer = NQMOptimizer(learningRate: 0.5, momentum: 0.8)
        var theta = [1.0, -2, 0.5, 3], previous = theta
        for _ in 0..<30 {
            moments.step(optimizer, batchSize: 1)
            for i in 0..<4 {
                let next = theta[i] - 0.5 * small.curvatures[i] * theta[i] + 0.8 * (theta[i] - previous[i])
                previous[i] = theta[i]
                theta[i] = next
            }
        }
        for i in 0..<4 { XCTAssertEqual(moments.mean[i], theta[i], accuracy: 1e-12) }
        // Without noise the second moment is the mean squared.
        let quiet = NoisyQuadratic(curvatures: small.curvatures, noiseVariances: [0, 0, 0, 0])
        var q = NQMMoments(problem: quiet, start: [1, -2, 0.5, 3])
        for _ in 0..<30 { q.step(optimizer, batchSize: 1) }
        for i in 0..<4 { XCTAssertEqual(q.secondMoment[i], theta[i] * theta[i], accuracy: 1e-12) }
    }

    func testClosedFormLossAtTMatchesStepping() {
        for optimizer in [NQMOptimizer(learningRate: 0.9), NQMOptimizer(learningRate: 0.5, momentum: 0.9),
                          NQMOptimizer(learningRate: 0.1, momentum: 0.3, preconditioner: small.preconditioner(power: 1))] {
            let curve = small.expectedLossCurve(optimizer, batchSize: 5, from: small.ones, steps: 300)
            for t in [0, 1, 2, 7, 64, 65, 299] {
                let closed = small.expectedLoss(after: t, optimizer, batchSize: 5, from: small.ones)
                XCTAssertEqual(closed, curve[t], accuracy: 1e-11 * max(1, curve[t]), "t = \(t), \(optimizer)")
            }
        }
    }

    func testStepsToTargetMatchesFirstCrossingOfSteppedCurve() {
        let nqm = NoisyQuadratic.powerLaw(dimension: 200)
        let target = 0.05 * nqm.loss(nqm.ones)
        for (optimizer, b) in [(NQMOptimizer(learningRate: 0.5), 64), (NQMOptimizer(learningRate: 0.05), 4),
                               (NQMOptimizer(learningRate: 0.3, preconditioner: nqm.preconditioner(power: 0.5)), 16)] {
            let curve = nqm.expectedLossCurve(optimizer, batchSize: b, from: nqm.ones, steps: 20_000)
            let first = curve.firstIndex { $0 <= target }
            XCTAssertNotNil(first)
            XCTAssertEqual(nqm.stepsToTarget(target, optimizer, batchSize: b, from: nqm.ones), first, "\(optimizer), B = \(b)")
        }
    }

    func testStepsToTargetIsNilBelowTheNoiseFloorAndWhenUnstable() {
        let nqm = NoisyQuadratic.powerLaw(dimension: 20)
        let sgd = NQMOptimizer(learningRate: 1)
        let floor = nqm.stationaryLoss(sgd, batchSize: 1)
        XCTAssertNil(nqm.stepsToTarget(0.9 * floor, sgd, batchSize: 1, from: nqm.ones, maxSteps: 1 << 30))
        XCTAssertNotNil(nqm.stepsToTarget(1.1 * floor, sgd, batchSize: 1, from: nqm.ones))
        XCTAssertFalse(nqm.isStable(NQMOptimizer(learningRate: 2.01)))
        XCTAssertNil(nqm.stepsToTarget(0.1, NQMOptimizer(learningRate: 2.01), batchSize: 1, from: nqm.ones))
        XCTAssertEqual(nqm.stationaryLoss(NQMOptimizer(learningRate: 2.01), batchSize: 1), .infinity)
        XCTAssertEqual(nqm.stepsToTarget(10, sgd, batchSize: 1, from: nqm.ones), 0)
    }

    func testGradientNoiseScaleOfNQM() {
        // tr(Σ)/‖g‖² with Σ = diag(c), g = h θ.
        let scale = small.gradientNoiseScale(at: [1, 1, 1, 1])
        XCTAssertEqual(scale, (2 + 0.5 + 0.3 + 0.01) / (1 + 0.25 + 0.01 + 0.0004), accuracy: 1e-14)
    }
}
