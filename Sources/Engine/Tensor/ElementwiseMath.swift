import Foundation

/// Element-wise mathematical functions as free functions, so chapter code reads like the
/// formula: `exp(-x * x)`, `maximum(z, 0)`, `sqrt(v + 1e-8)`.

/// e raised to each element.
public func exp(_ x: Tensor) -> Tensor { x.unary { Foundation.exp($0) } }
/// Natural logarithm of each element (NaN for negatives, -inf for 0, as in IEEE 754).
public func log(_ x: Tensor) -> Tensor { x.unary { Foundation.log($0) } }
/// `log(1 + x)` of each element, accurate for small x.
public func log1p(_ x: Tensor) -> Tensor { x.unary { Foundation.log1p($0) } }
/// Hyperbolic tangent of each element.
public func tanh(_ x: Tensor) -> Tensor { x.unary { Foundation.tanh($0) } }
/// Square root of each element.
public func sqrt(_ x: Tensor) -> Tensor { x.unary { $0.squareRoot() } }
/// Absolute value of each element.
public func abs(_ x: Tensor) -> Tensor { x.unary { Swift.abs($0) } }
/// Sine of each element.
public func sin(_ x: Tensor) -> Tensor { x.unary { Foundation.sin($0) } }
/// Cosine of each element.
public func cos(_ x: Tensor) -> Tensor { x.unary { Foundation.cos($0) } }
/// Each element raised to `p`; `p == 2` is computed as `x * x`.
public func pow(_ x: Tensor, _ p: Double) -> Tensor {
    p == 2 ? x.unary { $0 * $0 } : x.unary { Foundation.pow($0, p) }
}
/// The logistic function `1 / (1 + e^-x)` of each element.
public func sigmoid(_ x: Tensor) -> Tensor { x.unary { 1 / (1 + Foundation.exp(-$0)) } }
/// `log(1 + eˣ)` of each element, computed as `max(x, 0) + log1p(e^{−|x|})` (no overflow).
public func softplus(_ x: Tensor) -> Tensor {
    x.unary { Swift.max($0, 0) + Foundation.log1p(Foundation.exp(-Swift.abs($0))) }
}
/// The Gauss error function `erf(x) = (2/√π) ∫₀ˣ e^{−t²} dt` of each element.
public func erf(_ x: Tensor) -> Tensor { x.unary { Foundation.erf($0) } }
/// The Gaussian error linear unit `x Φ(x) = x (1 + erf(x/√2)) / 2` of each element (exact
/// form, PyTorch's default `gelu`).
public func gelu(_ x: Tensor) -> Tensor {
    x.unary { 0.5 * $0 * (1 + Foundation.erf($0 * (1 / 2.0.squareRoot()))) }
}
/// `max(x, 0)` of each element (NaN stays NaN, as in PyTorch).
public func relu(_ x: Tensor) -> Tensor { x.unary { $0 < 0 ? 0 : $0 } }
/// The sign of each element: -1, 0 or 1 (NaN for NaN, as NumPy's `sign`).
public func sign(_ x: Tensor) -> Tensor { x.unary { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0.isNaN ? .nan : 0)) } }

/// Element-wise maximum of two tensors (broadcast); NaN if either is NaN (NumPy's `maximum`).
public func maximum(_ a: Tensor, _ b: Tensor) -> Tensor { Tensor.broadcastBinary(a, b, "maximum", Tensor.nanMax) }
/// Element-wise minimum of two tensors (broadcast); NaN if either is NaN (NumPy's `minimum`).
public func minimum(_ a: Tensor, _ b: Tensor) -> Tensor { Tensor.broadcastBinary(a, b, "minimum", Tensor.nanMin) }
/// Element-wise maximum with a scalar: `maximum(z, 0)` is ReLU (NaN propagates).
public func maximum(_ a: Tensor, _ b: Double) -> Tensor { a.unary { Tensor.nanMax($0, b) } }
/// Element-wise minimum with a scalar (NaN propagates).
public func minimum(_ a: Tensor, _ b: Double) -> Tensor { a.unary { Tensor.nanMin($0, b) } }

extension Tensor {
    /// Each element limited to `range`.
    public func clipped(to range: ClosedRange<Double>) -> Tensor {
        unary { Swift.min(Swift.max($0, range.lowerBound), range.upperBound) }
    }
}
