import Foundation

/// Tick label text. Labels use the typographic minus (U+2212) and Unicode
/// superscripts for powers of ten, so they stay plain text in the page's font.
enum TickFormat {
    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵",
        "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
    ]

    /// Labels for equally spaced linear ticks: fixed-point with just enough
    /// decimals, or `m×10ᵉ` when magnitudes are very large or very small.
    static func labels(_ t: LinearTicks) -> [String] {
        let maxAbs = t.values.map(Swift.abs).max() ?? 0
        if maxAbs >= 1e5 || (maxAbs > 0 && maxAbs < 1e-3) {
            let stepExponent = t.exponent - (t.q == 2.5 ? 1 : 0)
            return t.values.map { scientific($0, stepExponent: stepExponent) }
        }
        return t.values.map { fixed($0, decimals: t.decimals) }
    }

    /// Labels for ticks that are not equally spaced (log and symlog axes):
    /// `10ᵏ` when every tick is a power of ten, otherwise plain numbers if they are
    /// of moderate size, otherwise `m×10ᵉ`.
    static func mixed(_ values: [Double]) -> [String] {
        let nonzero = values.filter { $0 != 0 }
        let exponents = nonzero.map { exponent(of: $0) }
        let allDecades = zip(nonzero, exponents).allSatisfy { v, e in
            Swift.abs(Swift.abs(v) / Foundation.pow(10, Double(e)) - 1) < 1e-9
        }
        if allDecades && !nonzero.isEmpty && exponents.contains(where: { $0 < -2 || $0 > 3 }) {
            return values.map { v in
                v == 0 ? "0" : (v < 0 ? "−" : "") + decade(exponent(of: v))
            }
        }
        if exponents.allSatisfy({ $0 >= -3 && $0 <= 4 }) {
            return values.map { v in v == 0 ? "0" : fixed(v, decimals: Swift.max(0, -exponent(of: v))) }
        }
        return values.map { scientific($0, stepExponent: exponent(of: $0)) }
    }

    /// `10ᵏ` with a superscript exponent.
    static func decade(_ k: Int) -> String {
        "10" + superscript(k)
    }

    static func superscript(_ k: Int) -> String {
        String(String(k).compactMap { superscripts[$0] })
    }

    /// Decimal exponent of `|v|`, robust to log10 landing just below an integer.
    static func exponent(of v: Double) -> Int {
        Int(Foundation.floor(Foundation.log10(Swift.abs(v)) + 1e-9))
    }

    /// Fixed-point text with a typographic minus and no negative zero.
    static func fixed(_ v: Double, decimals: Int) -> String {
        let s = String(format: "%.\(decimals)f", Swift.abs(v))
        let isZero = s.allSatisfy { $0 == "0" || $0 == "." }
        return (v < 0 && !isZero ? "−" : "") + s
    }

    /// `m×10ᵉ` where the mantissa keeps the digits the tick step needs.
    static func scientific(_ v: Double, stepExponent: Int) -> String {
        if v == 0 { return "0" }
        var e = exponent(of: v)
        var digits = Swift.max(0, e - stepExponent)
        var mantissa = String(format: "%.\(digits)f", Swift.abs(v) / Foundation.pow(10, Double(e)))
        if mantissa.hasPrefix("10") {
            e += 1
            digits = Swift.max(0, digits - 1)
            mantissa = String(format: "%.\(digits)f", Swift.abs(v) / Foundation.pow(10, Double(e)))
        }
        if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa.removeLast() }
        }
        return (v < 0 ? "−" : "") + mantissa + "×" + decade(e)
    }
}

extension TickFormat {
    /// Short labels for arbitrary values (contour levels): three significant
    /// digits, plain for moderate magnitudes, `m×10ᵉ` otherwise.
    static func compact(_ values: [Double]) -> [String] {
        values.map { v in
            let a = Swift.abs(v)
            if v == 0 { return "0" }
            if a >= 1e-3 && a < 1e5 {
                let digits = Swift.max(0, 2 - exponent(of: v))
                var s = String(format: "%.\(digits)f", a)
                if s.contains(".") {
                    while s.hasSuffix("0") { s.removeLast() }
                    if s.hasSuffix(".") { s.removeLast() }
                }
                return (v < 0 ? "−" : "") + s
            }
            return scientific(v, stepExponent: exponent(of: v) - 2)
        }
    }
}
