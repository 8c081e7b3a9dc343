/// A check's measured and expected values, read back from the detail text the runtime
/// writes (`measured 0.98, expected 1 (rtol 0.05); |difference| = 0.02`, `measured 3,
/// required < 5`, `measured 2, required in [1, 3]`), so the claims index works from cached
/// results without rerunning a chapter. A plain condition has no numbers.
struct CheckDetail: Equatable {
    /// "0.98"; empty for a plain condition.
    var measured: String
    /// "1 (rtol 0.05)", "< 5", "in [1, 3]"; "condition holds" for a plain condition.
    var expected: String

    init(measured: String, expected: String) {
        self.measured = measured
        self.expected = expected
    }

    init(_ detail: String) {
        guard detail.hasPrefix("measured "), let comma = detail.range(of: ", ") else {
            measured = ""
            expected = detail.isEmpty ? "condition holds" : detail
            return
        }
        measured = String(detail[detail.index(detail.startIndex, offsetBy: "measured ".count)..<comma.lowerBound])
        var rest = String(detail[comma.upperBound...])
        if let difference = rest.range(of: "; |difference|") { rest = String(rest[..<difference.lowerBound]) }
        for prefix in ["expected ", "required "] where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count))
        }
        expected = rest
    }
}
