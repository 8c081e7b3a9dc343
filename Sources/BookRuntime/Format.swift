import Foundation

// Numbers for prose: what an inline value (`{swift} expr`) shows, and what authors call to
// choose the precision themselves. Negative numbers take a true minus sign (−), powers of
// ten are written `1.2 × 10⁻⁸`, and integer parts of five digits or more are grouped in
// threes with thin spaces (U+2009): `12 345`.

/// A `Double` as prose shows it by default: four significant digits without trailing zeros
/// (`0.1235`, `3.142`, `0.5`, `2`), whole numbers from 10⁴ to 10⁶ rounded to integers
/// (`12 346`), and scientific notation below 10⁻⁴ or from 10⁶ on (`1.2 × 10⁻⁸`).
public func fmt(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return NumberFormat.special(value) }
    // The exponent at six digits, so 99 999.7 counts as 10⁵ only once it rounds there.
    let exponent = NumberFormat.decimalExponent(value, digits: 6)
    if (4..<6).contains(exponent) {
        return NumberFormat.significant(value, digits: exponent + 1, trimZeros: true)
    }
    return NumberFormat.significant(value, digits: 4, trimZeros: true)
}

/// An integer as prose shows it: digits grouped by thin spaces from five digits on (`12 345`).
public func fmt(_ value: Int) -> String {
    let digits = String(value.magnitude)
    return (value < 0 ? "−" : "") + NumberFormat.grouped(digits)
}

/// `value` with `digits` significant digits, trailing zeros kept (`fmt(0.5, digits: 3)` is
/// `0.500`); scientific below 10⁻⁴ or from 10⁶ on.
public func fmt(_ value: Double, digits: Int) -> String {
    precondition(digits >= 1 && digits <= 17, "fmt(_:digits:) needs 1 to 17 significant digits, not \(digits)")
    guard value.isFinite, value != 0 else { return NumberFormat.special(value) }
    return NumberFormat.significant(value, digits: digits, trimZeros: false)
}

/// `value` with exactly `decimals` digits after the decimal point (`fmt(2.5, decimals: 2)`
/// is `2.50`), never in scientific notation.
public func fmt(_ value: Double, decimals: Int) -> String {
    precondition(decimals >= 0 && decimals <= 20, "fmt(_:decimals:) needs 0 to 20 decimals, not \(decimals)")
    guard value.isFinite else { return NumberFormat.special(value) }
    let text = String(format: "%.\(decimals)f", abs(value))
    let parts = text.split(separator: ".", maxSplits: 1)
    let integer = NumberFormat.grouped(String(parts[0]))
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    // "-0.00" is zero: no sign.
    let isZero = !text.contains { $0 != "0" && $0 != "." }
    return (value < 0 && !isZero ? "−" : "") + integer + fraction
}

enum NumberFormat {
    /// NaN, infinities and zero.
    static func special(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "∞" : "−∞" }
        return "0"
    }

    /// The power of ten of `value` once rounded to `digits` significant digits.
    static func decimalExponent(_ value: Double, digits: Int) -> Int {
        let text = String(format: "%.\(digits - 1)e", abs(value))
        return Int(text[text.index(after: text.firstIndex(of: "e")!)...]) ?? 0
    }

    /// `value` rounded to `digits` significant digits, positional from 10⁻⁴ to 10⁶,
    /// scientific outside.
    static func significant(_ value: Double, digits: Int, trimZeros: Bool) -> String {
        let text = String(format: "%.\(digits - 1)e", abs(value))
        let e = text.firstIndex(of: "e")!
        let mantissa = text[..<e].filter(\.isNumber)
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        let sign = value < 0 ? "−" : ""
        if exponent < -4 || exponent >= 6 {
            var fraction = String(mantissa.dropFirst())
            if trimZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
            let lead = String(mantissa.prefix(1)) + (fraction.isEmpty ? "" : "." + fraction)
            return sign + lead + " × 10" + superscript(exponent)
        }
        var integer: String, fraction: String
        if exponent < 0 {
            integer = "0"
            fraction = String(repeating: "0", count: -exponent - 1) + mantissa
        } else if exponent + 1 >= mantissa.count {
            integer = mantissa + String(repeating: "0", count: exponent + 1 - mantissa.count)
            fraction = ""
        } else {
            integer = String(mantissa.prefix(exponent + 1))
            fraction = String(mantissa.dropFirst(exponent + 1))
        }
        if trimZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
        return sign + grouped(integer) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A string of digits in groups of three separated by thin spaces, when it has five or more.
    static func grouped(_ digits: String) -> String {
        guard digits.count >= 5 else { return digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: "\u{2009}")
    }

    static func superscript(_ exponent: Int) -> String {
        let digits: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
                                              "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]
        return String(String(exponent).map { digits[$0] ?? $0 })
    }
}
