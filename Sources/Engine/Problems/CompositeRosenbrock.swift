/// The Rosenbrock function written as a composite objective `J(x) = L(f(x))` with a
/// nonlinear map `f: ℝ² → ℝ²` into "output space" and a simple loss `L(z) = ½‖z‖²`:
///
///     f(x) = (a − x₁, √b (x₂ − x₁²)),   J(x) = ½ (a − x₁)² + ½ b (x₂ − x₁²)²
///
/// (half the textbook Rosenbrock function; the minimizer is `(a, a²)` with `J = 0`).
/// All the pieces a composite-optimization method needs are here in closed form: the
/// residual `f`, its Jacobian, the gradient `Jᵀ f`, the Gauss–Newton matrix `JᵀJ`, the
/// Hessian, and the Gauss–Newton step. The gradient-descent loop runs in optimized code so
/// that step-size sweeps over many thousands of iterations stay cheap in a chapter.
///
/// ```swift
/// let problem = CompositeRosenbrock()          // a = 1, b = 100
/// var x = SIMD2(-1.2, 1.0)
/// x += problem.gaussNewtonStep(x)              // lands on x₁ = a
/// x += problem.gaussNewtonStep(x)              // lands on (a, a²)
/// ```
public struct CompositeRosenbrock: Sendable {
    public let a: Double
    public let b: Double

    public init(a: Double = 1, b: Double = 100) {
        precondition(b > 0, "CompositeRosenbrock needs b > 0, got \(b)")
        self.a = a
        self.b = b
    }

    /// The global minimizer `(a, a²)`.
    public var minimizer: SIMD2<Double> { SIMD2(a, a * a) }

    /// The output-space point `z = f(x) = (a − x₁, √b (x₂ − x₁²))`.
    public func residual(_ x: SIMD2<Double>) -> SIMD2<Double> {
        SIMD2(a - x.x, b.squareRoot() * (x.y - x.x * x.x))
    }

    /// The Jacobian `∂f/∂x` as a `[2, 2]` tensor (rows: outputs, columns: inputs).
    public func residualJacobian(_ x: SIMD2<Double>) -> Tensor {
        let s = b.squareRoot()
        return Tensor(rows: [[-1, 0], [-2 * s * x.x, s]])
    }

    /// `J(x) = ½‖f(x)‖²`.
    public func loss(_ x: SIMD2<Double>) -> Double {
        let z = residual(x)
        return 0.5 * (z * z).sum()
    }

    /// `∇J(x) = J_fᵀ f(x)`.
    public func gradient(_ x: SIMD2<Double>) -> SIMD2<Double> {
        let z = residual(x), s = b.squareRoot()
        return SIMD2(-z.x - 2 * s * x.x * z.y, s * z.y)
    }

    /// The Gauss–Newton matrix `J_fᵀ J_f` (the Hessian of `L` in output space is the identity).
    public func gaussNewtonMatrix(_ x: SIMD2<Double>) -> Tensor {
        let jac = residualJacobian(x)
        return jac.matmul(jac, transposeSelf: true)
    }

    /// The Hessian `∇²J(x) = J_fᵀ J_f + Σₖ zₖ ∇²fₖ`; only `f₂` is curved (`∇²f₂ = −2√b e₁e₁ᵀ`).
    public func hessian(_ x: SIMD2<Double>) -> Tensor {
        var h = gaussNewtonMatrix(x)
        h[0, 0] += residual(x).y * (-2 * b.squareRoot())
        return h
    }

    /// The undamped Gauss–Newton step `−(J_fᵀJ_f)⁻¹ J_fᵀ f = −J_f⁻¹ f` (`J_f` is square and
    /// always invertible here, with determinant `−√b`).
    public func gaussNewtonStep(_ x: SIMD2<Double>) -> SIMD2<Double> {
        let z = residual(x), s = b.squareRoot()
        // J_f = [[-1, 0], [-2 s x₁, s]]: solve J_f δ = −z by forward substitution.
        let d1 = z.x
        let d2 = (-z.y + 2 * s * x.x * d1) / s
        return SIMD2(d1, d2)
    }

    /// The iterates of `x ← x − α ∇J(x)` (the start included, `steps + 1` points). Stops early
    /// (returning what it has) if an iterate stops being finite.
    public func gradientDescentPath(from start: SIMD2<Double>, stepSize: Double, steps: Int) -> [SIMD2<Double>] {
        var x = start
        var path = [x]
        path.reserveCapacity(steps + 1)
        for _ in 0..<steps {
            x -= stepSize * gradient(x)
            guard x.x.isFinite && x.y.isFinite else { break }
            path.append(x)
        }
        return path
    }

    /// The number of gradient-descent iterations until `‖x − (a, a²)‖ < tolerance`, or nil
    /// if that does not happen within `maxIterations` (including divergence).
    public func gradientDescentIterations(from start: SIMD2<Double>, stepSize: Double,
                                          tolerance: Double, maxIterations: Int) -> Int? {
        var x = start
        let target = minimizer
        for k in 0...maxIterations {
            let e = x - target
            if (e * e).sum() < tolerance * tolerance { return k }
            x -= stepSize * gradient(x)
            if !(x.x.isFinite && x.y.isFinite) || abs(x.x) > 1e6 || abs(x.y) > 1e6 { return nil }
        }
        return nil
    }
}
