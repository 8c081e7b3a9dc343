import Foundation

/// A two-layer tanh network `f(x) = m^{-1/2} vᵀ tanh(Wᵀx + b)` fitted by the mean squared
/// error `J(θ) = ½ mean_i (f(xᵢ) − yᵢ)²`, with a hand-written gradient and exact
/// Hessian-vector products (Pearlmutter's R-operator).
///
/// It exists for the edge-of-stability experiment (Cohen et al. 2021): thousands of
/// full-batch gradient steps with the sharpness measured by power iteration every few
/// steps. The autodiff graph would cost far more than the arithmetic on a network this
/// small, so the passes are written out as loops, compiled with the engine's optimization.
///
/// Parameter layout of the flat vector θ (length `(d + 2) m`): `W` of shape `[d, m]`
/// row-major, then `b` `[m]`, then `v` `[m]`.
public struct TanhRegressionNetwork: Sendable {
    /// Inputs `X`, shape `[N, d]`.
    public let inputs: Tensor
    /// Targets `y`, shape `[N]`.
    public let targets: Tensor
    /// The number of hidden units `m`.
    public let width: Int

    public init(inputs: Tensor, targets: Tensor, width: Int) {
        precondition(inputs.rank == 2 && targets.rank == 1 && inputs.rows == targets.count && inputs.rows > 0,
                     "TanhRegressionNetwork needs X [N, d] and y [N], got \(inputs.shape) and \(targets.shape)")
        precondition(width > 0, "TanhRegressionNetwork needs a positive width, got \(width)")
        self.inputs = inputs
        self.targets = targets
        self.width = width
    }

    /// The input dimension `d`.
    public var inputDimension: Int { inputs.cols }
    /// The number of examples `N`.
    public var exampleCount: Int { inputs.rows }
    /// The number of parameters `P = (d + 2) m`.
    public var parameterCount: Int { (inputDimension + 2) * width }

    /// The initialization of Cohen et al.'s small experiments: `W, v ~ N(0, 1)`, `b = 0`.
    public func initialParameters(rng: inout RNG) -> Tensor {
        let d = inputDimension, m = width
        let w = rng.normal([d * m]), v = rng.normal([m])
        return Tensor.concatenate([w, Tensor.zeros([m]), v])
    }

    /// The network's outputs `f(xᵢ)` at θ, shape `[N]`.
    public func outputs(_ theta: Tensor) -> Tensor {
        Tensor(forward(theta).output)
    }

    /// `J(θ) = ½ mean (f(xᵢ) − yᵢ)²`.
    public func loss(_ theta: Tensor) -> Double {
        let pass = forward(theta)
        let y = targets.scalars
        var total = 0.0
        for i in 0..<exampleCount { total += (pass.output[i] - y[i]) * (pass.output[i] - y[i]) }
        return 0.5 * total / Double(exampleCount)
    }

    /// The loss and its gradient at θ.
    public func lossAndGradient(_ theta: Tensor) -> (loss: Double, gradient: Tensor) {
        lossAndGradient(theta, forward(theta))
    }

    private func lossAndGradient(_ theta: Tensor, _ pass: Forward) -> (loss: Double, gradient: Tensor) {
        let (n, d, m) = (exampleCount, inputDimension, width)
        let p = theta.scalars, x = inputs.scalars, y = targets.scalars
        let vOffset = (d + 1) * m
        let c = 1 / (Double(n) * Double(m).squareRoot())
        var g = [Double](repeating: 0, count: parameterCount)
        var loss = 0.0
        for i in 0..<n {
            let r = pass.output[i] - y[i]
            loss += r * r
            for j in 0..<m {
                let h = pass.hidden[i * m + j]
                g[vOffset + j] += c * r * h
                let delta = c * r * p[vOffset + j] * (1 - h * h)
                for k in 0..<d { g[k * m + j] += x[i * d + k] * delta }
                g[d * m + j] += delta
            }
        }
        return (0.5 * loss / Double(n), Tensor(g))
    }

    /// The exact Hessian-vector product `H(θ) u` (forward R-pass, then the R-pass of the
    /// backward pass).
    public func hessianVectorProduct(_ theta: Tensor, _ direction: Tensor) -> Tensor {
        hessianVectorProduct(theta, direction, forward(theta))
    }

    private func hessianVectorProduct(_ theta: Tensor, _ direction: Tensor, _ pass: Forward) -> Tensor {
        precondition(direction.shape == [parameterCount], "direction must have shape [\(parameterCount)], got \(direction.shape)")
        let (n, d, m) = (exampleCount, inputDimension, width)
        let p = theta.scalars, u = direction.scalars, x = inputs.scalars, y = targets.scalars
        let vOffset = (d + 1) * m
        let rootM = Double(m).squareRoot(), c = 1 / (Double(n) * rootM)
        var hu = [Double](repeating: 0, count: parameterCount)
        var rHidden = [Double](repeating: 0, count: m)
        for i in 0..<n {
            let r = pass.output[i] - y[i]
            var rOutput = 0.0
            for j in 0..<m {
                var rPre = u[d * m + j]
                for k in 0..<d { rPre += x[i * d + k] * u[k * m + j] }
                let h = pass.hidden[i * m + j]
                rHidden[j] = (1 - h * h) * rPre
                rOutput += rHidden[j] * p[vOffset + j] + h * u[vOffset + j]
            }
            rOutput /= rootM
            for j in 0..<m {
                let h = pass.hidden[i * m + j], slope = 1 - h * h, v = p[vOffset + j]
                hu[vOffset + j] += c * (rOutput * h + r * rHidden[j])
                let rDelta = c * ((rOutput * v + r * u[vOffset + j]) * slope - 2 * r * v * h * rHidden[j])
                for k in 0..<d { hu[k * m + j] += x[i * d + k] * rDelta }
                hu[d * m + j] += rDelta
            }
        }
        return Tensor(hu)
    }

    /// The forward pass: hidden activations `[N·m]` (row-major) and outputs `[N]`, kept so
    /// that a gradient and many HVPs at one θ share one evaluation of the tanh units.
    fileprivate struct Forward {
        let hidden: [Double]
        let output: [Double]
    }

    fileprivate func forward(_ theta: Tensor) -> Forward {
        precondition(theta.shape == [parameterCount], "θ must have shape [\(parameterCount)], got \(theta.shape)")
        let (n, d, m) = (exampleCount, inputDimension, width)
        let p = theta.scalars, x = inputs.scalars
        let vOffset = (d + 1) * m, rootM = Double(m).squareRoot()
        var pre = [Double](repeating: 0, count: n * m)
        for i in 0..<n {
            for j in 0..<m {
                var z = p[d * m + j]
                for k in 0..<d { z += x[i * d + k] * p[k * m + j] }
                pre[i * m + j] = z
            }
        }
        let hidden = FastKernels.tanh(Tensor(shape: [n * m], scalars: pre)).scalars
        var output = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var f = 0.0
            for j in 0..<m { f += p[vOffset + j] * hidden[i * m + j] }
            output[i] = f / rootM
        }
        return Forward(hidden: hidden, output: output)
    }
}

/// The record of a full-batch run with sharpness tracking.
public struct SharpnessTrackedRun: Sendable {
    /// `J(θ_t)` for `t = 0 … steps`.
    public let losses: [Double]
    /// The steps at which the sharpness was measured.
    public let sharpnessSteps: [Int]
    /// The top Hessian eigenvalue estimate at those steps.
    public let sharpness: [Double]
    /// `θ` after the last step.
    public let finalParameters: Tensor
}

extension TanhRegressionNetwork {
    /// Full-batch heavy-ball gradient descent `θ_{t+1} = θ_t − α ∇J(θ_t) + β (θ_t − θ_{t−1})`
    /// (plain gradient descent for `β = 0`), measuring the sharpness `λ_max(H(θ_t))` every
    /// `sharpnessEvery` steps by `powerIterations` warm-started power iterations on exact
    /// HVPs (the first measurement, from a seeded random start, takes `coldIterations`).
    /// Warm starting works because the top eigenvector moves little between measurements.
    /// A run whose loss becomes non-finite stops early; its arrays end there.
    public func gradientDescentWithSharpness(from start: Tensor, stepSize: Double, momentum: Double = 0,
                                             steps: Int, sharpnessEvery: Int = 20, powerIterations: Int = 20,
                                             coldIterations: Int = 200, seed: UInt64 = 0) -> SharpnessTrackedRun {
        precondition(steps >= 0 && sharpnessEvery > 0 && powerIterations > 0, "bad run settings")
        var rng = RNG(seed: seed)
        var direction = rng.normal([parameterCount])
        direction /= direction.norm()
        var theta = start, previous = start
        var losses: [Double] = [], measuredAt: [Int] = [], values: [Double] = []
        var measured = false
        for t in 0...steps {
            let pass = forward(theta)
            let (loss, gradient) = lossAndGradient(theta, pass)
            losses.append(loss)
            if !loss.isFinite { break }
            if t % sharpnessEvery == 0 {
                let estimate = powerIteration({ hessianVectorProduct(theta, $0, pass) }, from: direction,
                                              steps: measured ? powerIterations : coldIterations)
                direction = estimate.vector
                measured = true
                measuredAt.append(t)
                values.append(estimate.value)
            }
            if t == steps { break }
            let next = theta - stepSize * gradient + momentum * (theta - previous)
            previous = theta
            theta = next
        }
        return SharpnessTrackedRun(losses: losses, sharpnessSteps: measuredAt, sharpness: values,
                                   finalParameters: theta)
    }
}
