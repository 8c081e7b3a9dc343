import BookProtocol
import Foundation

/// Records a claim the chapter makes. The build fails when any claim does not hold.
///
///     check("GD from zero reaches the minimum-norm solution", distance < 1e-8)
@discardableResult
public func check(_ claim: String, _ condition: Bool,
                  file: String = #file, line: Int = #line) -> Bool {
    record(claim, passed: condition, detail: "", file: file, line: line)
}

/// Records that `measured` agrees with `expected` within `rtol·|expected| + atol`.
///
///     check("rate matches theory", measured, approx: predicted, rtol: 0.02)
@discardableResult
public func check(_ claim: String, _ measured: Double, approx expected: Double,
                  rtol: Double = 0, atol: Double = 0,
                  file: String = #file, line: Int = #line) -> Bool {
    precondition(rtol >= 0 && atol >= 0 && (rtol > 0 || atol > 0),
                 "check(approx:) needs a positive rtol or atol")
    let error = abs(measured - expected)
    let allowed = rtol * abs(expected) + atol
    var tolerance: [String] = []
    if rtol > 0 { tolerance.append("rtol \(formatNumber(rtol))") }
    if atol > 0 { tolerance.append("atol \(formatNumber(atol))") }
    let detail = "measured \(formatNumber(measured)), expected \(formatNumber(expected)) "
        + "(\(tolerance.joined(separator: ", "))); |difference| = \(formatNumber(error))"
    return record(claim, passed: error <= allowed, detail: detail, file: file, line: line)
}

/// Records that `measured` lies in `range` (inclusive).
///
///     check("slope is 2 within 0.1", slope, in: 1.9...2.1)
@discardableResult
public func check(_ claim: String, _ measured: Double, in range: ClosedRange<Double>,
                  file: String = #file, line: Int = #line) -> Bool {
    let detail = "measured \(formatNumber(measured)), "
        + "required in [\(formatNumber(range.lowerBound)), \(formatNumber(range.upperBound))]"
    return record(claim, passed: range.contains(measured), detail: detail, file: file, line: line)
}

/// Records that `measured` is strictly below `bound`.
@discardableResult
public func check(_ claim: String, _ measured: Double, lessThan bound: Double,
                  file: String = #file, line: Int = #line) -> Bool {
    let detail = "measured \(formatNumber(measured)), required < \(formatNumber(bound))"
    return record(claim, passed: measured < bound, detail: detail, file: file, line: line)
}

/// Records that `measured` is strictly above `bound`.
@discardableResult
public func check(_ claim: String, _ measured: Double, greaterThan bound: Double,
                  file: String = #file, line: Int = #line) -> Bool {
    let detail = "measured \(formatNumber(measured)), required > \(formatNumber(bound))"
    return record(claim, passed: measured > bound, detail: detail, file: file, line: line)
}

private func record(_ claim: String, passed: Bool, detail: String, file: String, line: Int) -> Bool {
    // NaN never passes: every comparison above is false for NaN except `!=`.
    Session.shared.emit(.check(CheckRecord(claim: claim, passed: passed, detail: detail,
                                           location: "\(file):\(line)")))
    return passed
}

/// A number as a reader wants to see it in a claim: six significant digits, no binary noise.
func formatNumber(_ x: Double) -> String {
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x > 0 ? "∞" : "−∞" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(format: "%.6g", x)
}
