import Foundation

/// Gradient descent, heavy-ball momentum and Nesterov's method as two-step recurrences on
/// the iterate alone, the form in which their dynamics are analysed:
///
/// - gradient descent: `x_{t+1} = x_t − α ∇f(x_t)`;
/// - heavy ball (Polyak 1964): `x_{t+1} = x_t − α ∇f(x_t) + β (x_t − x_{t−1})`;
/// - Nesterov (1983): `x_{t+1} = y_t − α ∇f(y_t)` with `y_t = x_t + β (x_t − x_{t−1})`.
///
/// (The engine's `Momentum` optimizer writes the same heavy ball with a velocity,
/// `v ← βv + g`, `θ ← θ − αv`.) On a quadratic each eigen-direction with curvature `λ`
/// evolves by the 2×2 matrix `iterationMatrix` acting on `(x_t, x_{t−1})`.
public enum MomentumMethod: Sendable, Equatable {
    case gradientDescent
    case heavyBall(momentum: Double)
    case nesterov(momentum: Double)

    /// The momentum coefficient `β` (0 for gradient descent).
    public var momentum: Double {
        switch self {
        case .gradientDescent: return 0
        case let .heavyBall(beta), let .nesterov(beta): return beta
        }
    }

    /// The next iterate from `current = x_t` and `previous = x_{t−1}`, given the gradient.
    @inlinable
    public func step(_ current: Double, _ previous: Double, stepSize: Double,
                     gradient: (Double) -> Double) -> Double {
        switch self {
        case .gradientDescent:
            return current - stepSize * gradient(current)
        case let .heavyBall(beta):
            return current - stepSize * gradient(current) + beta * (current - previous)
        case let .nesterov(beta):
            let lookAhead = current + beta * (current - previous)
            return lookAhead - stepSize * gradient(lookAhead)
        }
    }

    /// The matrix `T` with `(x_{t+1}, x_t) = T (x_t, x_{t−1})` on the one-dimensional
    /// quadratic `f(x) = λx²/2`: the companion matrix of the recurrence. Its spectral
    /// radius is the method's asymptotic rate along an eigenvector with curvature `λ`.
    public func iterationMatrix(stepSize: Double, curvature lambda: Double) -> Tensor {
        let a = 1 - stepSize * lambda
        switch self {
        case .gradientDescent:
            return Tensor(rows: [[a, 0], [1, 0]])
        case let .heavyBall(beta):
            return Tensor(rows: [[a + beta, -beta], [1, 0]])
        case let .nesterov(beta):
            return Tensor(rows: [[(1 + beta) * a, -beta * a], [1, 0]])
        }
    }
}

/// Polyak's optimal heavy-ball tuning for curvatures in `[μ, L]`:
/// `α = 4 / (√L + √μ)²`, `β = ((√κ − 1)/(√κ + 1))²`, with rate `(√κ − 1)/(√κ + 1)`.
public struct HeavyBallTuning: Sendable {
    public let stepSize: Double
    public let momentum: Double
    /// The worst-case asymptotic rate `√β` over `λ ∈ [μ, L]`.
    public let rate: Double

    public init(smallestCurvature mu: Double, largestCurvature L: Double) {
        precondition(mu > 0 && L >= mu, "HeavyBallTuning needs 0 < μ ≤ L, got μ = \(mu), L = \(L)")
        let (rootL, rootMu) = (L.squareRoot(), mu.squareRoot())
        stepSize = 4 / ((rootL + rootMu) * (rootL + rootMu))
        rate = (rootL - rootMu) / (rootL + rootMu)
        momentum = rate * rate
    }
}

/// A run of a momentum method on the diagonal quadratic `f(x) = ½ Σᵢ λᵢ xᵢ²`.
public struct DiagonalQuadraticRun: Sendable {
    /// `‖x_t‖` for `t = 0 … steps`.
    public let norms: [Double]
    /// `f(x_t)` for `t = 0 … steps`.
    public let losses: [Double]
}

extension MomentumMethod {
    /// Runs the method on `f(x) = ½ Σᵢ λᵢ xᵢ²` from `x_0 = x_{−1} = start` (zero initial
    /// velocity); the coordinates are independent, so this is the dynamics of any quadratic
    /// in its eigenbasis.
    public func run(eigenvalues: [Double], start: [Double], stepSize: Double, steps: Int) -> DiagonalQuadraticRun {
        precondition(eigenvalues.count == start.count, "run needs one start value per eigenvalue")
        precondition(steps >= 0, "run needs steps >= 0, got \(steps)")
        var x = start, previous = start
        var norms = [Double](), losses = [Double]()
        norms.reserveCapacity(steps + 1)
        losses.reserveCapacity(steps + 1)
        func record() {
            var squared = 0.0, loss = 0.0
            for i in x.indices {
                squared += x[i] * x[i]
                loss += 0.5 * eigenvalues[i] * x[i] * x[i]
            }
            norms.append(squared.squareRoot())
            losses.append(loss)
        }
        record()
        for _ in 0..<steps {
            for i in x.indices {
                let lambda = eigenvalues[i]
                let next = step(x[i], previous[i], stepSize: stepSize) { lambda * $0 }
                previous[i] = x[i]
                x[i] = next
            }
            record()
        }
        return DiagonalQuadraticRun(norms: norms, losses: losses)
    }

    /// The first `t` with `‖x_t‖ ≤ tolerance · ‖x_0‖` on `f(x) = ½ Σᵢ λᵢ xᵢ²`, or nil if that
    /// does not happen within `maxSteps`.
    public func stepsToTolerance(eigenvalues: [Double], start: [Double], stepSize: Double,
                                 tolerance: Double, maxSteps: Int) -> Int? {
        precondition(eigenvalues.count == start.count, "stepsToTolerance needs one start value per eigenvalue")
        var x = start, previous = start
        let target = tolerance * tolerance * start.reduce(0) { $0 + $1 * $1 }
        for t in 1...Swift.max(maxSteps, 1) {
            var squared = 0.0
            for i in x.indices {
                let lambda = eigenvalues[i]
                let next = step(x[i], previous[i], stepSize: stepSize) { lambda * $0 }
                previous[i] = x[i]
                x[i] = next
                squared += next * next
            }
            if squared <= target { return t }
        }
        return nil
    }

    /// The coordinates of `x_steps` on `f(x) = ½ Σᵢ λᵢ xᵢ²` from `x_0 = x_{−1} = start`:
    /// each coordinate is an independent scalar run, so one call simulates many curvatures
    /// (or, with `stepSize = 1`, many products `αλ`) at once.
    public func finalIterate(eigenvalues: [Double], start: [Double], stepSize: Double, steps: Int) -> [Double] {
        precondition(eigenvalues.count == start.count, "finalIterate needs one start value per eigenvalue")
        var x = start, previous = start
        for _ in 0..<Swift.max(steps, 0) {
            for i in x.indices {
                let lambda = eigenvalues[i]
                let next = step(x[i], previous[i], stepSize: stepSize) { lambda * $0 }
                previous[i] = x[i]
                x[i] = next
            }
        }
        return x
    }

    /// The iterates `x_0 … x_steps` on a one-dimensional function with derivative `gradient`,
    /// from `x_0 = x_{−1} = start`.
    public func trajectory(gradient: (Double) -> Double, start: Double, stepSize: Double, steps: Int) -> [Double] {
        precondition(steps >= 0, "trajectory needs steps >= 0, got \(steps)")
        var path = [start]
        path.reserveCapacity(steps + 1)
        var x = start, previous = start
        for _ in 0..<steps {
            let next = step(x, previous, stepSize: stepSize, gradient: gradient)
            previous = x
            x = next
            path.append(x)
        }
        return path
    }
}
