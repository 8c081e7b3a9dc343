import Foundation

/// A convex quadratic `f(w) = ½ wᵀ H w − bᵀ w + c` with a symmetric positive semi-definite
/// Hessian `H`, stored together with its eigendecomposition `H = Q Λ Qᵀ`.
///
/// This is the model problem of optimization: least squares is one (`leastSquares(_:_:)`),
/// and near a minimum every smooth loss looks like one. Gradient descent on it is linear
/// and decouples along the eigenvectors of `H`, so the type can both run an optimizer and
/// predict its iterates exactly (see `QuadraticProblem+Dynamics.swift`).
///
///     let problem = try QuadraticProblem.leastSquares(X, y)
///     let path = problem.gradientDescent(from: .zeros(problem.dimension),
///                                        stepSize: 1 / problem.largestEigenvalue, steps: 100)
///
/// **Flat directions.** Eigenvalues at or below `cutoff · λ_max` (LAPACK rounding of zero
/// eigenvalues, e.g. of `XᵀX/N` when there are more features than examples) are stored as
/// exactly 0. Along them `f` is constant, gradient descent never moves, and `minimizer`
/// has no component. `b` is assumed to lie in the range of `H` (always true for least
/// squares); otherwise `f` is unbounded below and `minimizer` is the minimum-norm
/// least-squares solution of `H w = b`.
public struct QuadraticProblem: Sendable {
    /// `H`, shape `[d, d]`.
    public let hessian: Tensor
    /// `b`, shape `[d]`, so that `∇f(w) = H w − b`.
    public let linearTerm: Tensor
    /// `c`, the value at `w = 0`.
    public let constant: Double
    /// The eigenvalues of `H`, ascending; those below the cutoff are exactly 0.
    public let eigenvalues: Tensor
    /// Orthonormal eigenvectors of `H`, as the columns of a `[d, d]` matrix `Q`.
    public let eigenvectors: Tensor
    /// The minimum-norm minimizer `w* = H⁺ b` (for least squares, `X⁺ y`).
    public let minimizer: Tensor

    /// The quadratic with Hessian `hessian` (only its lower triangle is read by the
    /// eigensolver; it should be symmetric), linear term `b` and constant `c`.
    ///
    /// - Parameter cutoff: eigenvalues at or below `cutoff · λ_max` count as zero; the
    ///   default is `d · ε`, NumPy's rank tolerance.
    /// - Throws: `ShapeError` for a non-square Hessian or a `b` of the wrong length,
    ///   `LinearAlgebraError` for non-finite input.
    public init(hessian: Tensor, linearTerm b: Tensor, constant c: Double = 0, cutoff: Double? = nil) throws {
        try self.init(hessian: hessian, linearTerm: b, constant: c, cutoff: cutoff, minimizer: nil)
    }

    /// `f(w) = ½ (w − w*)ᵀ H (w − w*) + minimum`: the quadratic with a given minimizer.
    /// With a singular `H`, `minimizer` is the given point, not projected.
    public init(hessian: Tensor, minimizer wStar: Tensor, minimum: Double = 0, cutoff: Double? = nil) throws {
        guard hessian.rank == 2, wStar.rank == 1, hessian.cols == wStar.count else {
            throw ShapeError(operation: "QuadraticProblem", shapes: [hessian.shape, wStar.shape],
                             reason: "needs a [d, d] Hessian and a minimizer of length d")
        }
        let b = hessian.matmul(wStar)
        try self.init(hessian: hessian, linearTerm: b, constant: minimum + 0.5 * wStar.dot(b),
                      cutoff: cutoff, minimizer: wStar)
    }

    /// The mean squared error `J(w) = ‖X w − y‖² / (2N)` of a linear model on `N` examples:
    /// `H = XᵀX / N`, `b = Xᵀy / N`, `c = ‖y‖² / (2N)`. Its `minimizer` is `X⁺ y`, computed
    /// from `X` by LAPACK's SVD least squares (more accurate than going through `H`).
    public static func leastSquares(_ X: Tensor, _ y: Tensor, cutoff: Double? = nil) throws -> QuadraticProblem {
        guard X.rank == 2, y.rank == 1, X.rows == y.count, X.rows > 0 else {
            throw ShapeError(operation: "QuadraticProblem.leastSquares", shapes: [X.shape, y.shape],
                             reason: "needs X of shape [N, d] and y of length N > 0")
        }
        let n = Double(X.rows)
        let hessian = X.matmul(X, transposeSelf: true) / n
        let b = X.matmul(y, transposeSelf: true) / n
        return try QuadraticProblem(hessian: hessian, linearTerm: b, constant: y.dot(y) / (2 * n),
                                    cutoff: cutoff, minimizer: try X.leastSquares(y))
    }

    private init(hessian: Tensor, linearTerm b: Tensor, constant c: Double, cutoff: Double?,
                 minimizer given: Tensor?) throws {
        guard hessian.rank == 2, hessian.rows == hessian.cols, b.rank == 1, b.count == hessian.rows else {
            throw ShapeError(operation: "QuadraticProblem", shapes: [hessian.shape, b.shape],
                             reason: "needs a square [d, d] Hessian and a linear term of length d")
        }
        let (values, vectors) = try hessian.symmetricEigen()
        let d = values.count
        let largest = d > 0 ? Swift.max(values.max(), 0) : 0
        let threshold = (cutoff ?? Double.ulpOfOne * Double(d)) * largest
        self.hessian = hessian
        self.linearTerm = b
        self.constant = c
        self.eigenvalues = values.map { $0 > threshold ? $0 : 0 }
        self.eigenvectors = vectors
        if let given = given {
            self.minimizer = given
        } else {
            // w* = Q Λ⁺ Qᵀ b.
            let inverse = eigenvalues.map { $0 > 0 ? 1 / $0 : 0 }
            self.minimizer = vectors.matmul(inverse * vectors.matmul(b, transposeSelf: true))
        }
    }
}

// MARK: - Values, gradients and spectrum

extension QuadraticProblem {
    /// The number of parameters `d`.
    public var dimension: Int { linearTerm.count }

    /// `f(w) = ½ wᵀ H w − bᵀ w + c`.
    public func value(_ w: Tensor) -> Double {
        0.5 * w.dot(hessian.matmul(w)) - linearTerm.dot(w) + constant
    }

    /// `∇f(w) = H w − b`.
    public func gradient(_ w: Tensor) -> Tensor {
        hessian.matmul(w) - linearTerm
    }

    /// The minimum value `f(w*)`.
    public var minimum: Double { value(minimizer) }

    /// `f(w) − f(w*)`, computed as `½ eᵀ H e` with `e = w − w*`, which stays accurate
    /// (no cancellation) when `w` is close to the minimizer.
    public func excessValue(_ w: Tensor) -> Double {
        let e = w - minimizer
        return 0.5 * e.dot(hessian.matmul(e))
    }

    /// `Qᵀ v`: the coordinates of `v` along the eigenvectors, smallest eigenvalue first.
    public func eigenCoordinates(_ v: Tensor) -> Tensor {
        eigenvectors.matmul(v, transposeSelf: true)
    }

    /// `λ_max`, the largest eigenvalue (the sharpness).
    public var largestEigenvalue: Double { eigenvalues.count > 0 ? eigenvalues.max() : 0 }

    /// The smallest eigenvalue that is not zero (`λ_min` of the range of `H`).
    public var smallestPositiveEigenvalue: Double {
        eigenvalues.scalars.first { $0 > 0 } ?? 0
    }

    /// The number of non-zero eigenvalues, the rank of `H`.
    public var hessianRank: Int { eigenvalues.scalars.filter { $0 > 0 }.count }

    /// `κ = λ_max / λ_min` over the non-zero eigenvalues (∞ when `H = 0`).
    public var conditionNumber: Double { largestEigenvalue / smallestPositiveEigenvalue }

    /// `2 / λ_max`: gradient descent with a fixed step converges from every start if and only
    /// if its step is below this.
    public var stabilityLimit: Double { 2 / largestEigenvalue }

    /// `2 / (λ_min + λ_max)`: the fixed step with the fastest worst-case convergence, whose
    /// rate is `(κ − 1) / (κ + 1)`.
    public var optimalStepSize: Double { 2 / (smallestPositiveEigenvalue + largestEigenvalue) }
}
