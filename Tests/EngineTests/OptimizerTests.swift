import Foundation
import XCTest
import Engine

/// Optimizer steps against hand computations of their update rules.
final class OptimizerTests: XCTestCase {
    func testAdamFirstTwoStepsByHand() {
        var theta = Tensor([1.0, -2.0])
        var opt = Adam(learningRate: 0.1)
        let g1 = Tensor([0.5, -1.0]), g2 = Tensor([0.2, 0.4])
        opt.step(&theta, g1)
        // Step 1: m̂ = g, v̂ = g², update = η g / (|g| + ε) = ±η (up to ε).
        XCTAssertEqual(theta[0], 1.0 - 0.1 * 0.5 / (0.5 + 1e-8), accuracy: 1e-15)
        XCTAssertEqual(theta[1], -2.0 + 0.1 * 1.0 / (1.0 + 1e-8), accuracy: 1e-15)
        let before = theta
        opt.step(&theta, g2)
        for i in 0..<2 {
            let m = 0.9 * (0.1 * g1[i]) + 0.1 * g2[i]
            let v = 0.999 * (0.001 * g1[i] * g1[i]) + 0.001 * g2[i] * g2[i]
            let mHat = m / (1 - 0.81), vHat = v / (1 - 0.999 * 0.999)
            XCTAssertEqual(theta[i], before[i] - 0.1 * mHat / (vHat.squareRoot() + 1e-8), accuracy: 1e-14)
        }
    }

    func testAdamWDecaysWeightsDecoupled() {
        var theta = Tensor([3.0])
        var opt = AdamW(learningRate: 0.01, weightDecay: 0.1)
        opt.step(&theta, Tensor([2.0]))
        // θ(1 - ηλ) - η ĝ/(|ĝ|+ε) = 3·0.999 - 0.01·2/(2+1e-8)
        XCTAssertEqual(theta[0], 3 * 0.999 - 0.01 * 2 / (2 + 1e-8), accuracy: 1e-15)
    }

    func testMomentumNesterovAdagradRMSpropByHand() {
        let g = Tensor([1.0, -0.5])
        var a = Tensor([0.0, 0.0]), b = a, c = a, d = a
        var heavy = Momentum(learningRate: 0.1, momentum: 0.9)
        var nesterov = Momentum(learningRate: 0.1, momentum: 0.9, nesterov: true)
        var adagrad = Adagrad(learningRate: 0.1)
        var rms = RMSprop(learningRate: 0.1, decay: 0.9)
        for _ in 0..<2 {
            heavy.step(&a, g); nesterov.step(&b, g); adagrad.step(&c, g); rms.step(&d, g)
        }
        // Heavy ball: v1 = g, v2 = 1.9 g; θ = -η (1 + 1.9) g.
        XCTAssertTrue(a.isApproximatelyEqual(to: -0.1 * 2.9 * g, tolerance: 1e-15))
        // Nesterov: steps η(g + 0.9 g) and η(g + 0.9 · 1.9 g).
        XCTAssertTrue(b.isApproximatelyEqual(to: -0.1 * (1.9 + 2.71) * g, tolerance: 1e-15))
        // Adagrad: s1 = g², s2 = 2g²: η(sign g)(1 + 1/√2).
        XCTAssertEqual(c[0], -0.1 * (1 + 1 / 2.0.squareRoot()), accuracy: 1e-9)
        // RMSprop: s1 = 0.1 g², s2 = 0.19 g².
        XCTAssertEqual(d[1], 0.1 * (1 / 0.1.squareRoot() + 1 / 0.19.squareRoot()), accuracy: 1e-7)
    }

    func testSGDWithScheduleAndParameterList() {
        var params = [Tensor([1.0]), Tensor(rows: [[2.0, 3.0]])]
        var opt = SGD(schedule: .stepDecay(initial: 0.5, factor: 0.1, every: 1))
        opt.step(&params, [Tensor([1.0]), Tensor(rows: [[1.0, 1.0]])])
        opt.step(&params, [Tensor([1.0]), Tensor(rows: [[1.0, 1.0]])])
        XCTAssertEqual(params[0][0], 1 - 0.5 - 0.05, accuracy: 1e-15)
        XCTAssertEqual(params[1].scalars, [2 - 0.55, 3 - 0.55].map { $0 }, accuracy: 1e-15)
    }

    func testSchedules() {
        let cosine = LearningRateSchedule.cosine(initial: 1, totalSteps: 10, minimum: 0.1)
        XCTAssertEqual(cosine(0), 1, accuracy: 1e-15)
        XCTAssertEqual(cosine(5), 0.55, accuracy: 1e-15)
        XCTAssertEqual(cosine(20), 0.1, accuracy: 1e-15)
        let warm = LearningRateSchedule.warmup(steps: 4, then: .constant(2))
        XCTAssertEqual([0, 1, 3, 4, 9].map { warm($0) }, [0.5, 1, 2, 2, 2])
        XCTAssertEqual(LearningRateSchedule.inverseTime(initial: 1, timescale: 10)(10), 0.5)
    }

    func testTrainingATinyNetworkReducesTheLoss() {
        var rng = RNG(seed: 8)
        var model = MLP(widths: [2, 16, 1], activation: .tanh, rng: &rng)
        let X = rng.normal([32, 2])
        let y = sin(X[..., 0] * 2).asColumn
        let loss = { (p: Var) in mse(model.apply(p, X), y) }
        var theta = model.flatParameters
        let initial = withoutRecording { loss(Var(theta)).scalar }
        var opt = Adam(learningRate: 0.02)
        for _ in 0..<300 { opt.step(&theta, grad(loss, at: theta)) }
        model.flatParameters = theta
        XCTAssertLessThan(withoutRecording { loss(Var(theta)).scalar }, 0.1 * initial)
    }
}

private func XCTAssertEqual(_ a: [Double], _ b: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
