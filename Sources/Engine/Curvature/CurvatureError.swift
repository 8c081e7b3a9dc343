/// Data-dependent failures of the curvature tools and second-order optimizers.
public enum CurvatureError: Error, Equatable, CustomStringConvertible {
    /// An iterative method did not reach its tolerance.
    case notConverged(method: String, iterations: Int, residual: Double)
    /// A matrix or operator that must be positive definite is not (e.g. an undamped Hessian
    /// at a saddle point in Newton's method, or `pᵀAp ≤ 0` in conjugate gradient).
    case notPositiveDefinite(method: String, detail: String)

    public var description: String {
        switch self {
        case let .notConverged(method, iterations, residual):
            return "\(method) did not converge in \(iterations) iterations (residual \(residual)); raise the iteration limit or loosen the tolerance"
        case let .notPositiveDefinite(method, detail):
            return "\(method) needs a positive definite matrix: \(detail); add damping"
        }
    }
}
