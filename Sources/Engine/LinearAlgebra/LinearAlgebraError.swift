/// A linear-algebra routine could not produce a meaningful answer for this data.
///
/// These depend on the numbers, not on the program, so they are thrown rather than
/// trapped: a chapter can catch `.notPositiveDefinite` and add a ridge, for example.
public enum LinearAlgebraError: Error, CustomStringConvertible, Equatable {
    /// LU factorization found an exactly zero pivot at this (1-based) position.
    case singularMatrix(operation: String, pivot: Int)
    /// The matrix is singular to working precision: its reciprocal condition number
    /// (1-norm estimate) is below machine epsilon, so the answer would be noise.
    case illConditioned(operation: String, reciprocalCondition: Double)
    /// Cholesky factorization failed: the leading minor of this order is not positive.
    case notPositiveDefinite(minorOrder: Int)
    /// An iterative LAPACK routine (eigenvalues, SVD) did not converge; `info` is LAPACK's code.
    case noConvergence(operation: String, info: Int)
    /// The input contains NaN or infinity.
    case nonFiniteInput(operation: String)
    /// `logDeterminant()` of a matrix whose determinant is zero or negative.
    case nonPositiveDeterminant(sign: Double)
    /// LAPACK rejected an argument (a bug in the engine if it ever appears).
    case lapackArgument(operation: String, info: Int)

    public var description: String {
        switch self {
        case let .singularMatrix(operation, pivot):
            return "\(operation): matrix is singular (U[\(pivot),\(pivot)] is exactly zero in the LU factorization)"
        case let .illConditioned(operation, rcond):
            return "\(operation): matrix is singular to working precision (reciprocal condition number \(rcond))"
        case let .notPositiveDefinite(order):
            return "cholesky: matrix is not positive definite (leading minor of order \(order) is not positive)"
        case let .noConvergence(operation, info):
            return "\(operation): LAPACK did not converge (info = \(info))"
        case let .nonFiniteInput(operation):
            return "\(operation): input contains NaN or infinity"
        case let .nonPositiveDeterminant(sign):
            return "logDeterminant: determinant is \(sign == 0 ? "zero" : "negative"); use signedLogDeterminant()"
        case let .lapackArgument(operation, info):
            return "\(operation): LAPACK rejected argument \(-info)"
        }
    }
}
