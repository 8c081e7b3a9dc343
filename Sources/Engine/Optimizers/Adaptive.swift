import Foundation

/// Adagrad (Duchi et al. 2011): `s ← s + g²`, `θ ← θ - η g / (√s + ε)`.
public struct Adagrad: Optimizer {
    public var schedule: LearningRateSchedule
    public var epsilon: Double
    public private(set) var stepCount = 0
    /// The accumulated squared gradients `s`.
    public private(set) var sumOfSquares: [Tensor] = []

    public init(learningRate: Double, epsilon: Double = 1e-10) {
        self.init(schedule: .constant(learningRate), epsilon: epsilon)
    }

    public init(schedule: LearningRateSchedule, epsilon: Double = 1e-10) {
        self.schedule = schedule
        self.epsilon = epsilon
    }

    public mutating func step(_ parameters: inout [Tensor], _ gradients: [Tensor]) {
        checkStepShapes(parameters, gradients, "Adagrad")
        zeroState(&sumOfSquares, like: parameters)
        let eta = schedule(stepCount), eps = epsilon
        for k in parameters.indices {
            updateElements(&parameters[k], gradients[k], &sumOfSquares[k]) { p, g, s in
                s += g * g
                p -= eta * g / (s.squareRoot() + eps)
            }
        }
        stepCount += 1
    }
}

/// RMSprop (Tieleman & Hinton 2012): `s ← ρ s + (1-ρ) g²`, `θ ← θ - η g / (√s + ε)`.
public struct RMSprop: Optimizer {
    public var schedule: LearningRateSchedule
    public var decay: Double
    public var epsilon: Double
    public private(set) var stepCount = 0
    public private(set) var meanSquare: [Tensor] = []

    public init(learningRate: Double, decay: Double = 0.99, epsilon: Double = 1e-8) {
        self.init(schedule: .constant(learningRate), decay: decay, epsilon: epsilon)
    }

    public init(schedule: LearningRateSchedule, decay: Double = 0.99, epsilon: Double = 1e-8) {
        self.schedule = schedule
        self.decay = decay
        self.epsilon = epsilon
    }

    public mutating func step(_ parameters: inout [Tensor], _ gradients: [Tensor]) {
        checkStepShapes(parameters, gradients, "RMSprop")
        zeroState(&meanSquare, like: parameters)
        let eta = schedule(stepCount), rho = decay, eps = epsilon
        for k in parameters.indices {
            updateElements(&parameters[k], gradients[k], &meanSquare[k]) { p, g, s in
                s = rho * s + (1 - rho) * g * g
                p -= eta * g / (s.squareRoot() + eps)
            }
        }
        stepCount += 1
    }
}

/// Adam (Kingma & Ba 2015), and AdamW (Loshchilov & Hutter 2019) when `decoupledWeightDecay`
/// is non-zero. At step t = 1, 2, …:
///
///     m ← β₁ m + (1-β₁) g,   v ← β₂ v + (1-β₂) g²
///     θ ← θ - η (m / (1-β₁ᵗ)) / (√(v / (1-β₂ᵗ)) + ε) - η λ θ
///
/// The decoupled decay `η λ θ` uses θ before the step and is not scaled by the adaptive
/// denominator, exactly as `torch.optim.AdamW`.
public struct Adam: Optimizer {
    public var schedule: LearningRateSchedule
    public var beta1: Double
    public var beta2: Double
    public var epsilon: Double
    /// λ of AdamW (0 for plain Adam).
    public var decoupledWeightDecay: Double
    public private(set) var stepCount = 0
    public private(set) var firstMoment: [Tensor] = []
    public private(set) var secondMoment: [Tensor] = []

    public init(learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8, decoupledWeightDecay: Double = 0) {
        self.init(schedule: .constant(learningRate), beta1: beta1, beta2: beta2,
                  epsilon: epsilon, decoupledWeightDecay: decoupledWeightDecay)
    }

    public init(schedule: LearningRateSchedule, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8, decoupledWeightDecay: Double = 0) {
        self.schedule = schedule
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.decoupledWeightDecay = decoupledWeightDecay
    }

    public mutating func step(_ parameters: inout [Tensor], _ gradients: [Tensor]) {
        checkStepShapes(parameters, gradients, "Adam")
        zeroState(&firstMoment, like: parameters)
        zeroState(&secondMoment, like: parameters)
        let eta = schedule(stepCount)
        stepCount += 1
        let (b1, b2, eps) = (beta1, beta2, epsilon)
        let correction1 = 1 - Foundation.pow(b1, Double(stepCount))
        let correction2 = 1 - Foundation.pow(b2, Double(stepCount))
        let stepSize = eta / correction1, rootCorrection2 = correction2.squareRoot()
        let shrink = 1 - eta * decoupledWeightDecay
        for k in parameters.indices {
            updateElements(&parameters[k], gradients[k], &firstMoment[k], &secondMoment[k]) { p, g, m, v in
                m = b1 * m + (1 - b1) * g
                v = b2 * v + (1 - b2) * g * g
                p = p * shrink - stepSize * m / (v.squareRoot() / rootCorrection2 + eps)
            }
        }
    }
}

/// AdamW: Adam with decoupled weight decay λ (default 0.01, as in PyTorch).
public func AdamW(learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                  epsilon: Double = 1e-8, weightDecay: Double = 0.01) -> Adam {
    Adam(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, decoupledWeightDecay: weightDecay)
}
