/// Solving `z = g(z)` for a tensor `z`: plain fixed-point iteration or Anderson acceleration.
///
/// ```swift
/// let result = try solveFixedPoint({ z in tanh(W.matmul(z) + x) }, from: Tensor.zeros(n))
/// result.point       // z* with ‖g(z*) − z*‖ ≤ tolerance
/// ```

/// How `solveFixedPoint` iterates.
public enum FixedPointMethod: Sendable, Equatable {
    /// `z ← g(z)` (Picard iteration): converges linearly when `g` is a contraction.
    case iteration
    /// Anderson acceleration (type II, Walker & Ni 2011) with the last `memory` steps:
    /// with residuals `fₖ = g(zₖ) − zₖ`, `γ = argmin ‖fₖ − ΔF γ‖` over the differences of
    /// recent residuals `ΔF` (and of recent `g` values `ΔG`), then `zₖ₊₁ = g(zₖ) − ΔG γ`.
    /// Usually far fewer evaluations of `g` than plain iteration.
    case anderson(memory: Int)

    /// Anderson acceleration with memory 5.
    public static let anderson = FixedPointMethod.anderson(memory: 5)
}

/// A converged fixed point.
public struct FixedPointResult: Sendable {
    /// `g(z)` at the last iterate `z`, which met `‖g(z) − z‖ ≤ tolerance`.
    public let point: Tensor
    /// The number of evaluations of `g`.
    public let iterations: Int
    /// `‖g(z) − z‖` at the last iterate.
    public let residual: Double
}

/// Why a fixed-point solve failed.
public enum FixedPointError: Error, Equatable, CustomStringConvertible {
    /// `‖g(z) − z‖` was still above the tolerance after the iteration limit.
    case notConverged(iterations: Int, residual: Double)
    /// An iterate or `g` of it was not finite (the iteration diverged).
    case nonFinite(iteration: Int)

    public var description: String {
        switch self {
        case let .notConverged(iterations, residual):
            return "the fixed-point iteration did not converge in \(iterations) steps (‖g(z) − z‖ = \(residual)); is g a contraction? raise maxIterations or try .anderson"
        case let .nonFinite(iteration):
            return "the fixed-point iteration diverged (a non-finite value at step \(iteration))"
        }
    }
}

/// Solves `z = g(z)` from `z0`, stopping when `‖g(z) − z‖ ≤ tolerance` (Euclidean norm).
/// Throws `FixedPointError` when the limit is reached or the iterates stop being finite.
public func solveFixedPoint(_ g: (Tensor) -> Tensor, from z0: Tensor, method: FixedPointMethod = .anderson,
                            tolerance: Double = 1e-10, maxIterations: Int = 500) throws -> FixedPointResult {
    precondition(tolerance > 0 && maxIterations > 0, "solveFixedPoint needs a positive tolerance and iteration limit")
    if case let .anderson(memory) = method { precondition(memory >= 1, "Anderson memory must be at least 1") }
    let shape = z0.shape
    var z = z0.flattened
    var history: [(g: Tensor, f: Tensor)] = []
    var residual = Double.infinity
    for iteration in 1...maxIterations {
        let gz = g(z.reshaped(shape)).flattened
        precondition(gz.count == z.count, "solveFixedPoint: g changed the shape \(shape) to \(g(z.reshaped(shape)).shape)")
        let f = gz - z
        residual = f.norm()
        guard residual.isFinite else { throw FixedPointError.nonFinite(iteration: iteration) }
        if residual <= tolerance { return FixedPointResult(point: gz.reshaped(shape), iterations: iteration, residual: residual) }
        guard case let .anderson(memory) = method else { z = gz; continue }
        history.append((gz, f))
        if history.count > memory + 1 { history.removeFirst() }
        z = try andersonStep(history, gz, f, iteration)
    }
    throw FixedPointError.notConverged(iterations: maxIterations, residual: residual)
}

/// `g(zₖ) − ΔG γ` with `γ` the least-squares solution of `ΔF γ ≈ fₖ` over the stored steps.
private func andersonStep(_ history: [(g: Tensor, f: Tensor)], _ gz: Tensor, _ f: Tensor, _ iteration: Int) throws -> Tensor {
    guard history.count >= 2 else { return gz }
    let steps = 1..<history.count
    let dF = Tensor.stack(steps.map { history[$0].f - history[$0 - 1].f }).T
    let dG = Tensor.stack(steps.map { history[$0].g - history[$0 - 1].g }).T
    do {
        let gamma = try dF.leastSquares(f)
        return gz - dG.matmul(gamma)
    } catch {
        throw FixedPointError.nonFinite(iteration: iteration)
    }
}
