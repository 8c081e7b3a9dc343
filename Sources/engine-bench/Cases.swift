import Engine

/// The benchmark operations, in table order. `bench/engine_peer.py` defines the same names
/// with the same sizes in NumPy.
enum Cases {
    static let names = ["add_1000", "dgemm_64", "dgemm_256", "dgemm_1024", "eigh_256", "eigh_1024",
                        "cholesky_1024", "solve_1024", "gemv_4096x256", "gemv_t_4096x256", "gd_step_4096x256", "normal_1e6"]

    /// Ratio targets (engine time / NumPy time) from issues #4 and #15.
    static func target(_ name: String) -> Double {
        switch name {
        case "add_1000", "dgemm_64", "normal_1e6": return 1.0
        case "dgemm_1024", "eigh_256", "eigh_1024", "cholesky_1024", "solve_1024": return 1.1
        default: return .infinity
        }
    }

    /// Median seconds per call of each operation with the engine.
    static func run() throws -> [String: Double] {
        var rng = RNG(seed: 2024)
        var results: [String: Double] = [:]
        let sink = Sink.shared

        let a = rng.normal(1000), b = rng.normal(1000)
        results["add_1000"] = Timing.median { sink.consume((a + b)[0]) }

        for n in [64, 256, 1024] {
            let A = rng.normal(rows: n, cols: n), B = rng.normal(rows: n, cols: n)
            results["dgemm_\(n)"] = Timing.median { sink.consume(A.matmul(B)[0, 0]) }
        }

        var firstError: Error?
        func spd(_ n: Int) -> Tensor {
            let G = rng.normal(rows: n, cols: n)
            return G.matmul(G, transposeSelf: true) / Double(n) + Tensor.eye(n)
        }
        for n in [256, 1024] {
            let S = spd(n)
            results["eigh_\(n)"] = Timing.median {
                do { sink.consume(try S.symmetricEigen().values[0]) } catch { firstError = error }
            }
        }
        let S = spd(1024)
        results["cholesky_1024"] = Timing.median {
            do { sink.consume(try S.cholesky()[0, 0]) } catch { firstError = error }
        }
        let M = rng.normal(rows: 1024, cols: 1024) + 32 * Tensor.eye(1024), rhs = rng.normal(1024)
        results["solve_1024"] = Timing.median {
            do { sink.consume(try M.solve(rhs)[0]) } catch { firstError = error }
        }
        if let error = firstError { throw error }

        let X = rng.normal(rows: 4096, cols: 256), y = rng.normal(4096)
        let v = rng.normal(256), r = rng.normal(4096)
        results["gemv_4096x256"] = Timing.median { sink.consume(X.matmul(v)[0]) }
        results["gemv_t_4096x256"] = Timing.median { sink.consume(X.matmul(r, transposeSelf: true)[0]) }
        var w = Tensor.zeros(256)
        let lr = 0.01, n = 4096.0
        results["gd_step_4096x256"] = Timing.median {
            w -= lr * X.matmul(X.matmul(w) - y, transposeSelf: true) / n
            sink.consume(w[0])
        }
        results["normal_1e6"] = Timing.median { sink.consume(rng.normal(1_000_000)[0]) }
        return results
    }
}
