/// A node of a differentiable computation: a `Tensor` value plus, when it depends on a
/// variable being differentiated, the inputs it was computed from and its local chain rule.
///
/// Build a `Var` from a tensor (`Var(w, requiresGrad: true)` for something to differentiate,
/// `Var(X)` for data), combine it with the operators and functions of this module, and ask
/// `gradients(of:withRespectTo:)` (or the functional `grad`, `hvp`, `jacobian`) for
/// derivatives:
///
/// ```swift
/// let w = Var(Tensor([1, 2]), requiresGrad: true)
/// let loss = (w * w).sum()                     // |w|²
/// let g = gradients(of: loss, withRespectTo: [w])[0].value   // [2, 4]
/// ```
///
/// **Higher order.** Every chain rule is written with `Var` operations. With
/// `createGraph: true` the backward sweep records those operations too, so a gradient is
/// itself a differentiable `Var` (this is how `hvp`, `hessian` and hypergradients work).
/// Without it, the sweep runs with recording off and costs only tensor arithmetic.
///
/// **Memory.** A node refers to its inputs, never to its consumers, and the chain-rule
/// closures capture no nodes, so a graph is freed as soon as its output is dropped.
public final class Var {
    /// The tensor this node holds.
    public let value: Tensor
    /// True when this node depends on a variable being differentiated (a leaf created with
    /// `requiresGrad: true`, or a result of recorded operations on one).
    public let requiresGrad: Bool
    /// The nodes this one was computed from (empty for leaves and constants).
    let inputs: [Var]
    /// The vector-Jacobian product: given the gradient `g` of this node, the inputs and this
    /// node (both as live nodes when the sweep records a graph, as constants otherwise),
    /// returns the gradient for each input (`nil` for an input that needs none).
    let pullback: Pullback?
    /// A short name for the operation, shown by `description`.
    let operation: StaticString

    /// Scratch space of a backward sweep: the gradient accumulated so far.
    var accumulatedGradient: Var?
    /// Scratch space of a backward sweep: the sweep that last visited this node.
    var visitMark: UInt64 = 0

    typealias Pullback = (_ gradient: Var, _ inputs: [Var], _ output: Var) -> [Var?]

    /// A leaf: a variable to differentiate (`requiresGrad: true`) or a constant.
    public init(_ value: Tensor, requiresGrad: Bool = false) {
        self.value = value
        self.requiresGrad = requiresGrad
        self.inputs = []
        self.pullback = nil
        self.operation = "leaf"
    }

    /// A constant scalar leaf.
    public convenience init(_ value: Double) {
        self.init(Tensor(scalar: value))
    }

    private init(value: Tensor, inputs: [Var], operation: StaticString, pullback: @escaping Pullback) {
        self.value = value
        self.requiresGrad = true
        self.inputs = inputs
        self.pullback = pullback
        self.operation = operation
    }

    /// The result of an operation: records `inputs` and `pullback` when recording is on and
    /// some input requires a gradient; otherwise a constant holding `value`.
    @inline(__always)
    static func record(_ value: Tensor, _ inputs: [Var], _ operation: StaticString,
                       _ pullback: @escaping Pullback) -> Var {
        if GradientRecording.isEnabled && inputs.contains(where: { $0.requiresGrad }) {
            return Var(value: value, inputs: inputs, operation: operation, pullback: pullback)
        }
        return Var(value)
    }

    /// The same value as a constant: gradients do not flow through it (`stop_gradient`).
    public var detached: Var { Var(value) }

    /// The shape of the value.
    public var shape: [Int] { value.shape }
    /// The number of elements of the value.
    public var count: Int { value.count }
    /// The single element of a one-element value (e.g. a loss).
    public var scalar: Double { value.scalar }
}

extension Var: CustomStringConvertible {
    public var description: String {
        "Var(\(operation), shape: \(shape)\(requiresGrad ? ", requiresGrad" : ""))\n\(value)"
    }
}

/// Whether operations on `Var`s record a graph. Off inside `withoutRecording` and during a
/// backward sweep that does not create a graph.
enum GradientRecording {
    nonisolated(unsafe) static var isEnabled = true
}

/// Runs `body` with graph recording off: operations on `Var`s compute values only, like
/// `torch.no_grad()`. Use it for evaluation code that should not keep a graph alive.
public func withoutRecording<R>(_ body: () throws -> R) rethrows -> R {
    let saved = GradientRecording.isEnabled
    GradientRecording.isEnabled = false
    defer { GradientRecording.isEnabled = saved }
    return try body()
}
