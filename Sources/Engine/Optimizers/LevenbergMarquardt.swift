/// Levenberg–Marquardt: damped Gauss–Newton whose damping λ adapts to how well the
/// quadratic model predicted the last step (Moré 1978; the rule of Martens 2010 §4.1).
///
/// Each iteration solves `(G + λI) d = ∇L`, proposes `θ - d`, and compares the actual change
/// of the loss with the change `-∇Lᵀd + ½ dᵀG d` predicted by the undamped Gauss–Newton
/// model. With the reduction ratio `ρ = actual / predicted`:
///
/// - `ρ > 3/4`: the model is trustworthy, so λ shrinks (`λ · 2/3`, towards Gauss–Newton);
/// - `ρ < 1/4`: the model over-promised, so λ grows (`λ · 3/2`, towards a short gradient step);
/// - the step is kept only if the loss went down (`ρ > 0`), so accepted losses never rise.
///
/// ```swift
/// var lm = LevenbergMarquardt(damping: 1)
/// for _ in 0..<100 { _ = try lm.step(&theta, outputs: { model.apply($0, X) }, loss: { mse($0, y) }) }
/// ```
public struct LevenbergMarquardt {
    /// λ, updated by every step.
    public var damping: Double
    /// Factor applied to λ after a poorly predicted step (`ρ < 1/4`).
    public var increase: Double
    /// Factor applied to λ after a well predicted step (`ρ > 3/4`).
    public var decrease: Double

    public init(damping: Double = 1, increase: Double = 3.0 / 2, decrease: Double = 2.0 / 3) {
        precondition(damping > 0 && increase > 1 && decrease > 0 && decrease < 1,
                     "LevenbergMarquardt needs damping > 0, increase > 1 and 0 < decrease < 1")
        self.damping = damping
        self.increase = increase
        self.decrease = decrease
    }

    /// What one iteration did.
    public struct Report: Sendable {
        /// The loss after the iteration (unchanged if the step was rejected).
        public let loss: Double
        /// `ρ`: actual over predicted change of the loss.
        public let reductionRatio: Double
        /// Whether the proposed step was kept.
        public let accepted: Bool
        /// The λ this iteration's step was computed with.
        public let damping: Double
    }

    /// One iteration on `loss(outputs(θ))`; throws if `G + λI` cannot be factored.
    public mutating func step(_ theta: inout Tensor, outputs: (Var) -> Var, loss: (Var) -> Var) throws -> Report {
        let (before, g) = valueAndGrad({ loss(outputs($0)) }, at: theta)
        let G = gaussNewtonMatrix(outputs: outputs, loss: loss, at: theta)
        let used = damping
        let d = try dampedSolve(G, g, used, "LevenbergMarquardt")
        let predicted = -g.dot(d) + 0.5 * d.dot(G.matmul(d))
        let proposal = theta - d
        let after = withoutRecording { loss(outputs(Var(proposal))).value.scalar }
        let rho = predicted < 0 && after.isFinite ? (after - before) / predicted : -Double.infinity
        if rho > 0.75 { damping *= decrease } else if rho < 0.25 { damping *= increase }
        let accepted = rho > 0
        if accepted { theta = proposal }
        return Report(loss: accepted ? after : before, reductionRatio: rho, accepted: accepted, damping: used)
    }
}
