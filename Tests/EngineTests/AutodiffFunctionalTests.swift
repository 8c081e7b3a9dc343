import XCTest
import Engine

/// The functional API: Hessians, HVPs, Jacobians, JVPs and VJPs agree with each other and
/// with finite differences.
final class AutodiffFunctionalTests: XCTestCase {
    private var rng = RNG(seed: 3)

    /// A small nonlinear least-squares loss of a 2-4-1 tanh network's flat parameters.
    private func networkLoss() -> (f: (Var) -> Var, theta: Tensor) {
        var rng = RNG(seed: 5)
        let model = MLP(widths: [2, 4, 1], activation: .tanh, rng: &rng)
        let X = rng.normal([6, 2]), y = rng.normal([6, 1])
        return ({ theta in mse(model.apply(theta, X), y) }, model.flatParameters)
    }

    func testHessianVectorProductMatchesExplicitHessian() {
        let (f, theta) = networkLoss()
        let H = hessian(f, at: theta)
        let v = rng.normal([theta.count])
        let Hv = hvp(f, at: theta, v)
        XCTAssertTrue(Hv.isApproximatelyEqual(to: H.matmul(v), tolerance: 1e-12), "Hv \(Hv) vs H·v")
        XCTAssertTrue(H.isApproximatelyEqual(to: H.T, tolerance: 1e-12), "Hessian not symmetric")
        let check = checkHessianVectorProduct(f, at: theta, v)
        XCTAssertLessThan(check.relativeError, 1e-7, "\(check)")
    }

    func testHessianOfQuadraticIsItsMatrix() {
        // f(w) = ½ wᵀ A w + bᵀ w with symmetric A: ∇²f = A.
        let B = rng.normal([4, 4])
        let A = B + B.T
        let b = rng.normal([4])
        let f: (Var) -> Var = { w in 0.5 * w.dot(Var(A).matmul(w)) + w.dot(Var(b)) }
        let w = rng.normal([4])
        XCTAssertTrue(hessian(f, at: w).isApproximatelyEqual(to: A, tolerance: 1e-12))
        XCTAssertTrue(grad(f, at: w).isApproximatelyEqual(to: A.matmul(w) + b, tolerance: 1e-12))
    }

    func testJacobianAgainstFiniteDifferencesAndProducts() {
        var rng = RNG(seed: 9)
        let model = MLP(widths: [3, 5, 2], activation: .gelu, rng: &rng)
        let X = rng.normal([4, 3])
        let f: (Var) -> Var = { theta in model.apply(theta, X) }
        let theta = model.flatParameters
        let check = checkJacobian(f, at: theta)
        XCTAssertLessThan(check.relativeError, 1e-8, "\(check)")

        let J = jacobian(f, at: theta)
        XCTAssertEqual(J.shape, [8, theta.count])
        let v = rng.normal([theta.count]), u = rng.normal([4, 2])
        let Jv = jvp(f, at: theta, v)
        let uJ = vjp(f, at: theta, u)
        XCTAssertEqual(Jv.shape, [4, 2])
        XCTAssertTrue(Jv.flattened.isApproximatelyEqual(to: J.matmul(v), tolerance: 1e-12))
        XCTAssertTrue(uJ.isApproximatelyEqual(to: u.flattened.matmul(J), tolerance: 1e-12))
    }

    func testValueAndGradAndGradFunctionAgree() {
        let (f, theta) = networkLoss()
        let (value, g) = valueAndGrad(f, at: theta)
        XCTAssertEqual(value, withoutRecording { f(Var(theta)).scalar }, accuracy: 1e-15)
        XCTAssertTrue(grad(f)(Var(theta)).value.isApproximatelyEqual(to: g, tolerance: 1e-15))
        XCTAssertLessThan(checkGradient(f, at: theta).relativeError, 1e-8)
    }

    func testParameterListAndFlatViewGiveTheSameGradient() {
        var rng = RNG(seed: 21)
        let model = MLP(widths: [3, 4, 4, 2], activation: .relu, parameterization: .ntk, rng: &rng)
        let X = rng.normal([5, 3])
        let labels = [0, 1, 1, 0, 1]
        let flat = grad({ crossEntropy(model.apply($0, X), labels: labels) }, at: model.flatParameters)
        let params = model.parameters.map { Var($0, requiresGrad: true) }
        let loss = crossEntropy(model.apply(params, X), labels: labels)
        let perLayer = gradients(of: loss, withRespectTo: params).map { $0.value.flattened }
        XCTAssertTrue(flat.isApproximatelyEqual(to: Tensor.concatenate(perLayer), tolerance: 1e-14))
    }
}
