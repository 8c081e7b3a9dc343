/// Second-order optimizers for small models over a flat parameter vector θ: each step
/// solves `(C + λ I) d = ∇L` for a curvature matrix `C` and sets `θ ← θ - η d`.
///
/// ```swift
/// var newton = Newton(damping: 1e-3)
/// try newton.step(&theta, loss: loss)
/// var gn = GaussNewton(damping: 1e-2)
/// try gn.step(&theta, outputs: { model.apply($0, X) }, loss: { mse($0, y) })
/// ```

/// Newton's method with the exact Hessian (`[P, P]`, so for small P). Throws
/// `CurvatureError.notPositiveDefinite` when `H + λI` is not positive definite (near a
/// saddle point or maximum), where a Newton step would not descend.
public struct Newton {
    public var learningRate: Double
    public var damping: Double

    public init(learningRate: Double = 1, damping: Double = 0) {
        self.learningRate = learningRate
        self.damping = damping
    }

    public mutating func step(_ theta: inout Tensor, loss: (Var) -> Var) throws {
        let g = grad(loss, at: theta)
        let H = hessian(loss, at: theta)
        theta -= learningRate * (try dampedSolve(H, g, damping, "Newton"))
    }
}

/// Damped Gauss–Newton (Levenberg–Marquardt with fixed damping): the curvature is
/// `G = Jᵀ H_L J` of `loss(outputs(θ))`, positive semi-definite for convex `loss`.
public struct GaussNewton {
    public var learningRate: Double
    public var damping: Double

    public init(learningRate: Double = 1, damping: Double = 1e-3) {
        self.learningRate = learningRate
        self.damping = damping
    }

    public mutating func step(_ theta: inout Tensor, outputs: (Var) -> Var, loss: (Var) -> Var) throws {
        let g = grad({ loss(outputs($0)) }, at: theta)
        let G = gaussNewtonMatrix(outputs: outputs, loss: loss, at: theta)
        theta -= learningRate * (try dampedSolve(G, g, damping, "GaussNewton"))
    }
}

/// Natural gradient descent with the exact Fisher of `likelihood` (`[P, P]`): the step
/// `F⁻¹∇L` is invariant to smooth reparameterizations of the model (to first order).
public struct NaturalGradient {
    public var learningRate: Double
    public var damping: Double
    public var likelihood: Likelihood

    public init(learningRate: Double, damping: Double = 1e-3, likelihood: Likelihood = .categorical) {
        self.learningRate = learningRate
        self.damping = damping
        self.likelihood = likelihood
    }

    public mutating func step(_ theta: inout Tensor, outputs: (Var) -> Var, loss: (Var) -> Var) throws {
        let g = grad({ loss(outputs($0)) }, at: theta)
        let F = fisherMatrix(outputs: outputs, likelihood: likelihood, at: theta)
        theta -= learningRate * (try dampedSolve(F, g, damping, "NaturalGradient"))
    }
}

/// Hessian-free optimization (Martens 2010): the damped Gauss–Newton system is solved
/// approximately by at most `cgIterations` steps of conjugate gradient on Gauss–Newton-
/// vector products (a `GaussNewtonOperator` recorded once per step), so no `[P, P]` matrix
/// is formed. CG is truncated on purpose; the last
/// iterate is used, warm-started from the previous step's solution.
public struct HessianFree {
    public var learningRate: Double
    public var damping: Double
    public var cgIterations: Int
    public var cgTolerance: Double
    private var previous: Tensor?

    public init(learningRate: Double = 1, damping: Double = 1e-2, cgIterations: Int = 20, cgTolerance: Double = 1e-6) {
        self.learningRate = learningRate
        self.damping = damping
        self.cgIterations = cgIterations
        self.cgTolerance = cgTolerance
    }

    public mutating func step(_ theta: inout Tensor, outputs: (Var) -> Var, loss: (Var) -> Var) {
        let lambda = damping
        let g = grad({ loss(outputs($0)) }, at: theta)
        let G = GaussNewtonOperator(outputs: outputs, loss: loss, at: theta)
        let matvec = { (v: Tensor) in G(v) + lambda * v }
        let run = truncatedConjugateGradient(matvec, g, initialGuess: previous, tolerance: cgTolerance, maxIterations: cgIterations)
        previous = run.solution
        theta -= learningRate * run.solution
    }
}

/// Solves `(C + λI) d = g` with one Cholesky factorization, which is also the test for
/// positive definiteness; a failed factorization becomes `CurvatureError.notPositiveDefinite`.
func dampedSolve(_ C: Tensor, _ g: Tensor, _ damping: Double, _ method: String) throws -> Tensor {
    let A = C + damping * Tensor.eye(C.shape[0])
    do {
        return try A.solvePositiveDefinite(g)
    } catch let error as LinearAlgebraError {
        guard case .notPositiveDefinite = error else { throw error }
        throw CurvatureError.notPositiveDefinite(method: method, detail: "curvature + \(damping)·I is not positive definite (\(error))")
    }
}
