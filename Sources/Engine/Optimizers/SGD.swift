/// Plain stochastic gradient descent: `θ ← θ - η (g + λ θ)` (λ: optional L2 weight decay).
public struct SGD: Optimizer {
    public var schedule: LearningRateSchedule
    public var weightDecay: Double
    /// Steps taken so far.
    public private(set) var stepCount = 0

    public init(learningRate: Double, weightDecay: Double = 0) {
        self.init(schedule: .constant(learningRate), weightDecay: weightDecay)
    }

    public init(schedule: LearningRateSchedule, weightDecay: Double = 0) {
        self.schedule = schedule
        self.weightDecay = weightDecay
    }

    public mutating func step(_ parameters: inout [Tensor], _ gradients: [Tensor]) {
        checkStepShapes(parameters, gradients, "SGD")
        let eta = schedule(stepCount), lambda = weightDecay
        for k in parameters.indices {
            gradients[k].withUnsafeBufferPointer { g in
                parameters[k].withUnsafeMutableBufferPointer { p in
                    for i in 0..<p.count { p[i] -= eta * (g[i] + lambda * p[i]) }
                }
            }
        }
        stepCount += 1
    }
}

/// Heavy-ball (Polyak) momentum, `v ← μ v + g`, `θ ← θ - η v`; or, with `nesterov`,
/// Nesterov momentum in the form PyTorch and Sutskever et al. (2013) use,
/// `v ← μ v + g`, `θ ← θ - η (g + μ v)` (the gradient step taken from the look-ahead point).
public struct Momentum: Optimizer {
    public var schedule: LearningRateSchedule
    public var momentum: Double
    public var nesterov: Bool
    public private(set) var stepCount = 0
    /// The velocity `v` of each parameter.
    public private(set) var velocity: [Tensor] = []

    public init(learningRate: Double, momentum: Double = 0.9, nesterov: Bool = false) {
        self.init(schedule: .constant(learningRate), momentum: momentum, nesterov: nesterov)
    }

    public init(schedule: LearningRateSchedule, momentum: Double = 0.9, nesterov: Bool = false) {
        self.schedule = schedule
        self.momentum = momentum
        self.nesterov = nesterov
    }

    public mutating func step(_ parameters: inout [Tensor], _ gradients: [Tensor]) {
        checkStepShapes(parameters, gradients, nesterov ? "Momentum (Nesterov)" : "Momentum")
        zeroState(&velocity, like: parameters)
        let eta = schedule(stepCount), mu = momentum, lookAhead = nesterov
        for k in parameters.indices {
            updateElements(&parameters[k], gradients[k], &velocity[k]) { p, g, v in
                v = mu * v + g
                p -= lookAhead ? eta * (g + mu * v) : eta * v
            }
        }
        stepCount += 1
    }
}
