import CFastMath

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

    /// A chain rule: `(g, inputs, output) -> [gradient for each input, or nil]`.
    public typealias Pullback = (_ gradient: Var, _ inputs: [Var], _ output: Var) -> [Var?]

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

    /// A new differentiable operation `y = f(x₁, …, xₙ)` with its own chain rule, like a
    /// `torch.autograd.Function`: compute `value` from the inputs' values, and give the
    /// vector-Jacobian product as `pullback(g, inputs, output) = [J₁ᵀg, …, Jₙᵀg]`, one
    /// entry per input with that input's shape (or `nil` when the input needs no gradient).
    ///
    /// ```swift
    /// func cube(_ x: Var) -> Var {            // y = x³, dy = 3x² g
    ///     Var.custom(x.value * x.value * x.value, inputs: [x], name: "cube") { g, inputs, _ in
    ///         [g * 3 * inputs[0] * inputs[0]]
    ///     }
    /// }
    /// ```
    ///
    /// Write the pullback with `Var` operations on `g`, `inputs` and `output`: when a
    /// backward sweep records a graph (`createGraph: true`, `hvp`, `grad(grad(f))`) those
    /// operations are differentiated in turn, so derivatives of every order stay exact.
    /// Tensor arithmetic on `.value` inside a pullback is correct for first derivatives
    /// only. Check a new rule with `checkGradient` (finite differences).
    public static func custom(_ value: Tensor, inputs: [Var], name: StaticString = "custom",
                              pullback: @escaping Pullback) -> Var {
        record(value, inputs, name) { g, inputs, output in
            let contributions = pullback(g, inputs, output)
            precondition(contributions.count == inputs.count,
                         "\(name): the pullback returned \(contributions.count) gradients for \(inputs.count) inputs")
            return contributions
        }
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

/// Whether operations on `Var`s record a graph, per thread (C11 thread-local storage): off
/// inside `withoutRecording` and during a backward sweep that does not create a graph, on
/// otherwise. One thread's setting never affects another's.
enum GradientRecording {
    static var isEnabled: Bool {
        @inline(__always) get { cfm_recording_enabled() != 0 }
        @inline(__always) set { _ = cfm_set_recording_enabled(newValue ? 1 : 0) }
    }
}

/// True when operations on `Var`s record a graph on the calling thread (a custom op's
/// pullback can test it to take a fused, non-differentiable path when it is off).
public var isRecordingGradients: Bool { GradientRecording.isEnabled }

/// Runs `body` with graph recording off on the calling thread: operations on `Var`s
/// compute values only, like `torch.no_grad()`. Use it for evaluation code that should not
/// keep a graph alive.
public func withoutRecording<R>(_ body: () throws -> R) rethrows -> R {
    let saved = GradientRecording.isEnabled
    GradientRecording.isEnabled = false
    defer { GradientRecording.isEnabled = saved }
    return try body()
}
