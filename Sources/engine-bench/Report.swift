import Foundation

/// One measurement run at a fixed thread count: engine and NumPy seconds per call.
struct ThreadRun: Codable {
    var threads: Int
    var engineBLAS: String
    var numpyBLAS: String
    var engine: [String: Double]
    var numpy: [String: Double]
}

/// The JSON file written by `engine-bench --json PATH`.
struct BenchReport: Codable {
    var date: String
    var coretype: String
    var runs: [ThreadRun]
    /// Engine time / NumPy time per operation, keyed `"<op>@<threads>t"`.
    var ratios: [String: Double]
}

enum Report {
    /// A fixed-width table: operation, threads, engine ms, NumPy ms, ratio, target.
    static func table(_ runs: [ThreadRun]) -> String {
        var lines = ["operation           thr   engine ms    numpy ms   ratio  target",
                     String(repeating: "-", count: 66)]
        for name in Cases.names {
            for run in runs {
                let e = run.engine[name], p = run.numpy[name]
                var ratio = Double.nan
                if let e, let p { ratio = e / p }
                let target = Cases.target(name)
                let mark = ratio.isFinite && target.isFinite ? (ratio <= target ? "  ok" : "  MISS") : ""
                lines.append(pad(name, 19) + lpad("\(run.threads)", 4) + lpad(ms(e), 12) + lpad(ms(p), 12)
                             + lpad(ratio.isFinite ? String(format: "%.2f", ratio) : "-", 8)
                             + lpad(target.isFinite ? String(format: "%.1f", target) : "-", 8) + mark)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Per operation, the median over rounds of the engine and of the NumPy times.
    static func medianRun(_ rounds: [ThreadRun]) -> ThreadRun {
        func median(_ key: String, _ side: KeyPath<ThreadRun, [String: Double]>) -> Double? {
            let values = rounds.compactMap { $0[keyPath: side][key] }.sorted()
            return values.isEmpty ? nil : values[values.count / 2]
        }
        var combined = rounds[0]
        for name in Cases.names {
            combined.engine[name] = median(name, \.engine)
            combined.numpy[name] = median(name, \.numpy)
        }
        return combined
    }

    static func ratios(_ runs: [ThreadRun]) -> [String: Double] {
        var result: [String: Double] = [:]
        for run in runs {
            for (name, e) in run.engine {
                if let p = run.numpy[name], p > 0 { result["\(name)@\(run.threads)t"] = e / p }
            }
        }
        return result
    }

    private static func ms(_ seconds: Double?) -> String {
        guard let s = seconds else { return "-" }
        return s < 1e-3 ? String(format: "%.4f", s * 1e3) : String(format: "%.3f", s * 1e3)
    }
    private static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: Swift.max(0, n - s.count)) }
    private static func lpad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: Swift.max(0, n - s.count)) + s }
}
