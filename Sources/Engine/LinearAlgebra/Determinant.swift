import CBLAS
import Foundation

/// Determinants computed from the LU factorization in log space, so that large matrices
/// neither overflow nor underflow (as NumPy's `slogdet`).
extension Tensor {
    /// The sign (`-1`, `0` or `1`) and the log of the absolute value of the determinant.
    /// A singular matrix gives `(0, -infinity)` rather than an error.
    public func signedLogDeterminant() throws -> (sign: Double, logAbs: Double) {
        try LAPACK.requireSquare(self, "signedLogDeterminant")
        try LAPACK.requireFinite(self, operation: "signedLogDeterminant")
        let n = shape[0]
        var lu = LAPACK.workingCopy(self)
        var pivots = [Int32](repeating: 0, count: n)
        let info = lu.withUnsafeMutableBufferPointer { p in
            LAPACKE_dgetrf(LAPACK.columnMajor, Int32(n), Int32(n), p.baseAddress, Int32(Swift.max(n, 1)), &pivots)
        }
        try LAPACK.checkArguments(info, "signedLogDeterminant")
        if info > 0 { return (0, -.infinity) }
        var sign = 1.0, logAbs = 0.0
        lu.withUnsafeBufferPointer { p in
            for i in 0..<n {
                let u = p[i * n + i]
                if u < 0 { sign = -sign }
                if pivots[i] != Int32(i + 1) { sign = -sign }
                logAbs += Foundation.log(Swift.abs(u))
            }
        }
        return (sign, logAbs)
    }

    /// `log det A` for a matrix with positive determinant (e.g. a covariance matrix);
    /// throws `.nonPositiveDeterminant` otherwise.
    public func logDeterminant() throws -> Double {
        let (sign, logAbs) = try signedLogDeterminant()
        guard sign > 0 else { throw LinearAlgebraError.nonPositiveDeterminant(sign: sign) }
        return logAbs
    }

    /// The determinant (may overflow for large matrices; prefer `signedLogDeterminant`).
    public func determinant() throws -> Double {
        let (sign, logAbs) = try signedLogDeterminant()
        return sign * Foundation.exp(logAbs)
    }
}
