import Foundation

/// Integrates the autonomous ODE `dy/dt = f(y)` from `y(0) = start` to time `duration` with
/// `steps` steps of the classical fourth-order Runge–Kutta method (global error O(h⁴),
/// h = duration/steps). Returns the state after every `record`-th step, starting with the
/// initial state, and always ending with the final state. Used for gradient flows
/// `dθ/dt = −∇𝒥(θ)` and their modified versions.
public func rungeKutta4(_ f: ([Double]) -> [Double], from start: [Double], duration: Double,
                        steps: Int, record: Int = 1) -> [[Double]] {
    precondition(steps >= 1 && record >= 1, "rungeKutta4: need steps ≥ 1 and record ≥ 1, got \(steps), \(record)")
    let h = duration / Double(steps), d = start.count
    var y = start
    var path = [y]
    func shifted(_ base: [Double], _ slope: [Double], _ scale: Double) -> [Double] {
        (0..<d).map { base[$0] + scale * slope[$0] }
    }
    for step in 1...steps {
        let k1 = f(y)
        let k2 = f(shifted(y, k1, h / 2))
        let k3 = f(shifted(y, k2, h / 2))
        let k4 = f(shifted(y, k3, h))
        for j in 0..<d { y[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]) }
        if step % record == 0 || step == steps { path.append(y) }
    }
    return path
}
