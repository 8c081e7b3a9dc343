import Foundation

/// Softmax (multinomial logistic) regression `p(y | x) = softmax(xᵀW)_y` on fixed inputs,
/// with its loss, gradient, Fisher information matrix, empirical Fisher and the KL
/// divergence between predictive distributions, all in closed form (no autodiff).
///
/// Parameters are a `[d, k]` matrix `W` (append a column of ones to `X` for biases). Flat
/// parameter vectors and the `[d·k, d·k]` matrices use `W`'s row-major order: index
/// `j·k + c` is input feature `j`, class `c`. Everything is averaged over the `n` inputs:
///
///     F(W) = (1/n) Σᵢ (xᵢxᵢᵀ) ⊗ (diag pᵢ − pᵢpᵢᵀ)          (Fisher = Gauss–Newton)
///     F_emp(W) = (1/n) Σᵢ gᵢgᵢᵀ,   gᵢ = xᵢ ⊗ (pᵢ − e_{yᵢ})   (empirical Fisher)
///     KL(W ‖ W') = (1/n) Σᵢ KL(p(·|xᵢ; W) ‖ p(·|xᵢ; W'))
public struct SoftmaxRegression: Sendable {
    /// Inputs `[n, d]`.
    public let X: Tensor
    /// The number of classes `k`.
    public let classes: Int

    public init(X: Tensor, classes: Int) {
        precondition(X.rank == 2 && X.rows > 0, "SoftmaxRegression needs inputs [n, d], got \(X.shape)")
        precondition(classes >= 2, "SoftmaxRegression needs at least 2 classes, got \(classes)")
        self.X = X
        self.classes = classes
    }

    public var count: Int { X.rows }
    public var dimension: Int { X.cols }
    /// `d·k`.
    public var parameterCount: Int { X.cols * classes }

    private func requireWeights(_ W: Tensor, _ op: String) {
        precondition(W.shape == [dimension, classes],
                     "SoftmaxRegression.\(op): weights must be [\(dimension), \(classes)], got \(W.shape)")
    }

    /// Logits `X W`, `[n, k]`.
    public func logits(_ W: Tensor) -> Tensor {
        requireWeights(W, "logits")
        return X.matmul(W)
    }

    /// Row-wise log-softmax of the logits, `[n, k]` (stable for large logits).
    public func logProbabilities(_ W: Tensor) -> Tensor {
        var z = logits(W)
        let k = classes
        z.withUnsafeMutableBufferPointer { p in
            for i in 0..<(p.count / k) {
                let row = i * k
                var m = -Double.infinity
                for c in 0..<k { m = Swift.max(m, p[row + c]) }
                var s = 0.0
                for c in 0..<k { s += Foundation.exp(p[row + c] - m) }
                let lse = m + Foundation.log(s)
                for c in 0..<k { p[row + c] -= lse }
            }
        }
        return z
    }

    /// Predicted class probabilities, `[n, k]`.
    public func probabilities(_ W: Tensor) -> Tensor { exp(logProbabilities(W)) }

    private func requireLabels(_ labels: [Int]) {
        precondition(labels.count == count, "SoftmaxRegression: \(labels.count) labels for \(count) inputs")
        precondition(labels.allSatisfy { (0..<classes).contains($0) }, "SoftmaxRegression: label outside 0..<\(classes)")
    }

    /// Mean cross-entropy `−(1/n) Σᵢ log p(yᵢ | xᵢ)`.
    public func loss(_ W: Tensor, labels: [Int]) -> Double {
        requireLabels(labels)
        let logp = logProbabilities(W)
        var total = 0.0
        for (i, y) in labels.enumerated() { total -= logp[i, y] }
        return total / Double(count)
    }

    /// `∇_W` of the mean cross-entropy: `Xᵀ(P − Y)/n`, `[d, k]`.
    public func gradient(_ W: Tensor, labels: [Int]) -> Tensor {
        requireLabels(labels)
        return X.matmul(probabilities(W) - Tensor.oneHot(labels, classes: classes), transposeSelf: true)
            / Double(count)
    }

    /// The Fisher information matrix `[d·k, d·k]` (exact expectation over the model's own
    /// label distribution, equal to the Gauss–Newton matrix of the cross-entropy).
    public func fisher(_ W: Tensor) -> Tensor {
        let P = probabilities(W)
        let n = count, d = dimension, k = classes
        var F = Tensor.zeros([d * k, d * k])
        for c in 0..<k {
            for c2 in c..<k {
                // Weights A_i[c, c2] / n with A_i = diag(p_i) − p_i p_iᵀ.
                var w = [Double](repeating: 0, count: n)
                for i in 0..<n {
                    w[i] = ((c == c2 ? P[i, c] : 0) - P[i, c] * P[i, c2]) / Double(n)
                }
                let block = (X * Tensor(w).asColumn).matmul(X, transposeSelf: true)  // [d, d]
                F.withUnsafeMutableBufferPointer { f in
                    block.withUnsafeBufferPointer { m in
                        for j in 0..<d {
                            for j2 in 0..<d {
                                let v = m[j * d + j2]
                                f[(j * k + c) * (d * k) + (j2 * k + c2)] = v
                                f[(j2 * k + c2) * (d * k) + (j * k + c)] = v
                            }
                        }
                    }
                }
            }
        }
        return F
    }

    /// `vec(V)ᵀ F vec(V)` without forming `F`: `(1/n) Σᵢ Δzᵢᵀ (diag pᵢ − pᵢpᵢᵀ) Δzᵢ` with
    /// `Δz = X V` (the change of the logits along `V`).
    public func fisherQuadraticForm(_ W: Tensor, _ V: Tensor) -> Double {
        requireWeights(V, "fisherQuadraticForm")
        let P = probabilities(W), dz = X.matmul(V)
        var total = 0.0
        for i in 0..<count {
            var mean = 0.0, second = 0.0
            for c in 0..<classes {
                mean += P[i, c] * dz[i, c]
                second += P[i, c] * dz[i, c] * dz[i, c]
            }
            total += second - mean * mean
        }
        return total / Double(count)
    }

    /// Per-example gradients of `−log p(yᵢ | xᵢ)`, one row each: `[n, d·k]`.
    public func perExampleGradients(_ W: Tensor, labels: [Int]) -> Tensor {
        requireLabels(labels)
        let R = probabilities(W) - Tensor.oneHot(labels, classes: classes)  // [n, k]
        let n = count, d = dimension, k = classes
        var G = Tensor.zeros([n, d * k])
        G.withUnsafeMutableBufferPointer { g in
            for i in 0..<n {
                for j in 0..<d {
                    let x = X[i, j]
                    for c in 0..<k { g[i * d * k + j * k + c] = x * R[i, c] }
                }
            }
        }
        return G
    }

    /// The empirical Fisher `(1/n) Σᵢ gᵢgᵢᵀ` over the observed labels, `[d·k, d·k]`.
    public func empiricalFisher(_ W: Tensor, labels: [Int]) -> Tensor {
        let G = perExampleGradients(W, labels: labels)
        return G.matmul(G, transposeSelf: true) / Double(count)
    }

    /// Mean KL divergence `(1/n) Σᵢ KL(p(·|xᵢ; W) ‖ p(·|xᵢ; W2))` between the two models'
    /// predictive distributions.
    public func klDivergence(_ W: Tensor, _ W2: Tensor) -> Double {
        let logp = logProbabilities(W), logq = logProbabilities(W2)
        var total = 0.0
        for i in 0..<count {
            for c in 0..<classes {
                let lp = logp[i, c]
                total += Foundation.exp(lp) * (lp - logq[i, c])
            }
        }
        return total / Double(count)
    }
}

/// Binary logistic regression `p(y = 1 | x) = σ(xᵀw)` on fixed inputs, with its loss,
/// gradient, Fisher matrix and empirical Fisher in closed form. Weights are a vector `[d]`;
/// targets are 0 or 1. Averages are over the `n` inputs:
///
///     F(w) = (1/n) Xᵀ diag(pᵢ(1 − pᵢ)) X,    F_emp(w) = (1/n) Xᵀ diag((pᵢ − yᵢ)²) X
public struct LogisticRegression: Sendable {
    /// Inputs `[n, d]`.
    public let X: Tensor

    public init(X: Tensor) {
        precondition(X.rank == 2 && X.rows > 0, "LogisticRegression needs inputs [n, d], got \(X.shape)")
        self.X = X
    }

    public var count: Int { X.rows }
    public var dimension: Int { X.cols }

    private func requireWeights(_ w: Tensor, _ op: String) {
        precondition(w.shape == [dimension], "LogisticRegression.\(op): weights must be [\(dimension)], got \(w.shape)")
    }

    /// The logits `X w`, `[n]`.
    public func logits(_ w: Tensor) -> Tensor {
        requireWeights(w, "logits")
        return X.matmul(w)
    }

    /// `σ(X w)`, `[n]`.
    public func probabilities(_ w: Tensor) -> Tensor { sigmoid(logits(w)) }

    /// Mean binary cross-entropy `(1/n) Σᵢ [softplus(zᵢ) − yᵢ zᵢ]`, stable for large `|z|`.
    public func loss(_ w: Tensor, targets: Tensor) -> Double {
        precondition(targets.shape == [count], "LogisticRegression.loss: targets must be [\(count)], got \(targets.shape)")
        let z = logits(w)
        var total = 0.0
        for i in 0..<count {
            let zi = z[i]
            let softplus = zi > 0 ? zi + Foundation.log1p(Foundation.exp(-zi)) : Foundation.log1p(Foundation.exp(zi))
            total += softplus - targets[i] * zi
        }
        return total / Double(count)
    }

    /// `Xᵀ(p − y)/n`, `[d]`.
    public func gradient(_ w: Tensor, targets: Tensor) -> Tensor {
        precondition(targets.shape == [count], "LogisticRegression.gradient: targets must be [\(count)], got \(targets.shape)")
        return X.matmul(probabilities(w) - targets, transposeSelf: true) / Double(count)
    }

    /// `(1/n) Xᵀ diag(weights) X`.
    private func weightedGram(_ weights: Tensor) -> Tensor {
        (X * weights.asColumn).matmul(X, transposeSelf: true) / Double(count)
    }

    /// The Fisher information (equal to the Hessian of the loss for this canonical link).
    public func fisher(_ w: Tensor) -> Tensor {
        let p = probabilities(w)
        return weightedGram(p * (1 - p))
    }

    /// The empirical Fisher `(1/n) Σᵢ (pᵢ − yᵢ)² xᵢxᵢᵀ`.
    public func empiricalFisher(_ w: Tensor, targets: Tensor) -> Tensor {
        let r = probabilities(w) - targets
        return weightedGram(r * r)
    }
}
