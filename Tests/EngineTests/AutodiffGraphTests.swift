import Foundation
import XCTest
import Engine

/// Graph mechanics: recording switches, memory release, and the vectorized kernels' accuracy.
final class AutodiffGraphTests: XCTestCase {
    func testGraphIsFreedWhenOutputIsDropped() {
        weak var weakHidden: Var?
        weak var weakGradient: Var?
        do {
            let w = Var(Tensor([0.5, -1, 2]), requiresGrad: true)
            let hidden = tanh(w * w)
            weakHidden = hidden
            let loss = (hidden * hidden).sum()
            // A gradient with a graph refers back to forward nodes; it must not form a cycle.
            let g = gradients(of: loss, withRespectTo: [w], createGraph: true)[0]
            weakGradient = g
            _ = gradients(of: g.sum(), withRespectTo: [w])
        }
        XCTAssertNil(weakHidden, "forward node leaked")
        XCTAssertNil(weakGradient, "gradient graph leaked")
    }

    func testWithoutRecordingBuildsNoGraph() {
        let w = Var(Tensor([1, 2]), requiresGrad: true)
        let y = withoutRecording { (w * w).sum() }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertTrue((w * w).sum().requiresGrad)
        XCTAssertFalse((Var(Tensor([1])) * 2).requiresGrad, "constants must not record")
    }

    func testDetachedStopsGradients() {
        let g = grad({ w in (w * w.detached).sum() }, at: Tensor([3]))
        XCTAssertEqual(g.scalars, [3])
    }

    func testVectorizedTanhExpAndSigmoidMatchLibm() {
        var values: [Double] = [0, 1e-300, -1e-12, 1e-8, 0.3, -0.7, 5, -19, 25, 700, -710]
        var rng = RNG(seed: 1)
        values += (0..<1000).map { _ in rng.normal() * 4 }
        let x = Tensor(values)
        for (name, got, want) in [("tanh", tanh(Var(x)).value, x.map { Foundation.tanh($0) }),
                                  ("exp", exp(Var(x)).value, x.map { Foundation.exp($0) }),
                                  ("sigmoid", sigmoid(Var(x)).value, x.map { $0 >= 0 ? 1 / (1 + Foundation.exp(-$0)) : Foundation.exp($0) / (1 + Foundation.exp($0)) })] {
            for i in 0..<x.count {
                let error = Swift.abs(got[i] - want[i]) / Swift.max(Swift.abs(want[i]), .leastNormalMagnitude)
                XCTAssertLessThan(error, 1e-14, "\(name)(\(x[i])): got \(got[i]), want \(want[i])")
            }
        }
    }

    func testSeedGivesVectorJacobianProductOfNonScalarOutput() {
        let x = Var(Tensor([1, 2, 3]), requiresGrad: true)
        let y = x * x
        let g = gradients(of: y, withRespectTo: [x], seed: Var(Tensor([1, 0, -1])))[0]
        XCTAssertEqual(g.value.scalars, [2, 0, -6])
        XCTAssertEqual(gradients(of: y, withRespectTo: [x])[0].value.scalars, [2, 4, 6])
    }
}
