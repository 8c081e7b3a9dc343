import Foundation

/// A learning rate as a function of the step number `t` (0 for the first step).
///
/// ```swift
/// var opt = SGD(schedule: .cosine(initial: 0.1, totalSteps: 1000))
/// ```
public struct LearningRateSchedule: Sendable {
    private let rate: @Sendable (Int) -> Double

    /// A schedule from any function of the step number.
    public init(_ rate: @escaping @Sendable (Int) -> Double) {
        self.rate = rate
    }

    /// The learning rate at step `t`.
    public func callAsFunction(_ t: Int) -> Double { rate(t) }

    /// The same rate at every step.
    public static func constant(_ value: Double) -> LearningRateSchedule { .init { _ in value } }

    /// `initial · factor^⌊t / every⌋`: multiply by `factor` every `every` steps.
    public static func stepDecay(initial: Double, factor: Double, every: Int) -> LearningRateSchedule {
        precondition(every > 0, "stepDecay needs every > 0")
        return .init { t in initial * Foundation.pow(factor, Double(t / every)) }
    }

    /// `initial · decay^t`.
    public static func exponential(initial: Double, decay: Double) -> LearningRateSchedule {
        .init { t in initial * Foundation.pow(decay, Double(t)) }
    }

    /// `initial / (1 + t / timescale)`: the Robbins–Monro-style 1/t decay.
    public static func inverseTime(initial: Double, timescale: Double) -> LearningRateSchedule {
        .init { t in initial / (1 + Double(t) / timescale) }
    }

    /// Cosine annealing from `initial` to `minimum` over `totalSteps`, then `minimum`.
    public static func cosine(initial: Double, totalSteps: Int, minimum: Double = 0) -> LearningRateSchedule {
        .init { t in
            let progress = Swift.min(Double(t) / Double(Swift.max(totalSteps, 1)), 1)
            return minimum + (initial - minimum) * 0.5 * (1 + Foundation.cos(Double.pi * progress))
        }
    }

    /// A linear warm-up from 0 over `steps`, then `after` (shifted to start at its step 0).
    public static func warmup(steps: Int, then after: LearningRateSchedule) -> LearningRateSchedule {
        .init { t in t < steps ? after(0) * Double(t + 1) / Double(steps) : after(t - steps) }
    }
}
