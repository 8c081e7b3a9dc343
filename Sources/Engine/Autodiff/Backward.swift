import CFastMath

/// The reverse sweep: gradients of one output with respect to any nodes of its graph.
///
/// The sweep sorts the nodes that require gradients in topological order (a depth-first
/// search from `output`), seeds `output` with `seed` (ones by default, so a non-scalar
/// output is differentiated as its sum), then visits nodes from the output back to the
/// leaves, calling each node's pullback and adding the results into its inputs'
/// accumulators, as micrograd's `backward()` does.
///
/// - Parameters:
///   - output: the node to differentiate, usually a scalar loss.
///   - targets: the nodes to differentiate with respect to (leaves or intermediate nodes).
///   - seed: the gradient of `output` itself (the `u` of a vector-Jacobian product `uᵀJ`);
///     defaults to ones of `output`'s shape.
///   - createGraph: when true, the chain rules are recorded, so the returned gradients are
///     differentiable functions of the graph's leaves (for second derivatives).
/// - Returns: one gradient per target, with the target's shape; zeros for a target that
///   `output` does not depend on.
public func gradients(of output: Var, withRespectTo targets: [Var], seed: Var? = nil,
                      createGraph: Bool = false) -> [Var] {
    if let seed {
        precondition(seed.shape == output.shape,
                     "gradients(of:): seed shape \(seed.shape) differs from output shape \(output.shape)")
    }
    let zeros = { (target: Var) in Var(Tensor.zeros(like: target.value)) }
    guard output.requiresGrad else { return targets.map(zeros) }

    // With a single target, its own inputs cannot contribute to its gradient: stop there.
    let stop: Var? = targets.count == 1 ? targets[0] : nil
    let order = topologicalOrder(from: output, stoppingAt: stop)

    let saved = GradientRecording.isEnabled
    GradientRecording.isEnabled = createGraph
    defer { GradientRecording.isEnabled = saved }

    output.accumulatedGradient = seed ?? Var(Tensor(repeating: 1, shape: output.shape))
    let targetMarks = Set(targets.map(ObjectIdentifier.init))
    for node in order.reversed() {
        guard let gradient = node.accumulatedGradient else { continue }
        if !targetMarks.contains(ObjectIdentifier(node)) { node.accumulatedGradient = nil }
        guard node !== stop, let pullback = node.pullback else { continue }
        let contributions = pullback(gradient, node.inputs, node)
        for (input, contribution) in zip(node.inputs, contributions) {
            guard input.requiresGrad, let contribution else { continue }
            precondition(contribution.shape == input.shape,
                         "internal error: \(node.operation) pullback gave shape \(contribution.shape) for input \(input.shape)")
            if let existing = input.accumulatedGradient {
                input.accumulatedGradient = existing + contribution
            } else {
                input.accumulatedGradient = contribution
            }
        }
    }
    let result = targets.map { $0.accumulatedGradient ?? zeros($0) }
    for target in targets { target.accumulatedGradient = nil }
    return result
}

/// Nodes that require gradients, reachable from `output`, each after all of its inputs
/// (iterative depth-first post-order, so deep graphs do not overflow the stack). Each sweep
/// takes a new mark from a global atomic counter, so visit marks need no clearing.
private func topologicalOrder(from output: Var, stoppingAt stop: Var?) -> [Var] {
    let mark = cfm_next_sweep_mark()
    var order: [Var] = []
    var stack: [(node: Var, nextInput: Int)] = [(output, 0)]
    output.visitMark = mark
    while !stack.isEmpty {
        let (node, next) = stack[stack.count - 1]
        if node !== stop, next < node.inputs.count {
            stack[stack.count - 1].nextInput += 1
            let input = node.inputs[next]
            if input.requiresGrad && input.visitMark != mark {
                input.visitMark = mark
                stack.append((input, 0))
            }
        } else {
            order.append(node)
            stack.removeLast()
        }
    }
    return order
}
