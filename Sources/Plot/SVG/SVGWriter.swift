/// Number formatting for SVG output: coordinates are rounded to 0.1 px, which is
/// below what a screen or a 2× display can show at the book's column width, and
/// written without trailing zeros, leading zeros or negative zero.
enum Num {
    /// A pixel coordinate in tenths of a pixel. Values are clamped to ±10⁶ px so
    /// that wild data (1e300 on a linear axis) cannot overflow; anything that far
    /// out is clipped away anyway, and the clamp moves visible slopes by far less
    /// than a pixel.
    static func tenths(_ v: Double) -> Int {
        guard v.isFinite else { return 0 }
        return Int((Swift.min(Swift.max(v, -1e6), 1e6) * 10).rounded())
    }

    /// Text for a value in tenths: 12 → "1.2", -5 → "-.5", 30 → "3".
    static func string(tenths t: Int) -> String {
        if t == 0 { return "0" }
        let a = t.magnitude
        let whole = a / 10, frac = a % 10
        var s = t < 0 ? "-" : ""
        if whole != 0 { s += String(whole) }
        if frac != 0 { s += "." + String(frac) }
        return s
    }

    /// A coordinate rounded to 0.1 px.
    static func px(_ v: Double) -> String { string(tenths: tenths(v)) }
}

/// Appends SVG markup to a string. Attributes are given as ordered pairs so the
/// output is byte-for-byte deterministic.
struct SVGWriter {
    private(set) var output = ""

    init() {}

    mutating func raw(_ s: String) { output += s }

    /// `<name a="v" .../>`
    mutating func empty(_ name: String, _ attrs: [(String, String)]) {
        output += "<" + name + SVGWriter.attributes(attrs) + "/>\n"
    }

    /// `<name a="v" ...>` (no newline, so text content can follow).
    mutating func open(_ name: String, _ attrs: [(String, String)] = [], newline: Bool = true) {
        output += "<" + name + SVGWriter.attributes(attrs) + ">" + (newline ? "\n" : "")
    }

    mutating func close(_ name: String) { output += "</" + name + ">\n" }

    /// `<text ...>content</text>` where `content` is already-escaped markup.
    mutating func text(_ content: String, _ attrs: [(String, String)]) {
        output += "<text" + SVGWriter.attributes(attrs) + ">" + content + "</text>\n"
    }

    /// `<path class d/>` unless the path is empty.
    mutating func path(_ d: String, _ attrs: [(String, String)]) {
        guard !d.isEmpty else { return }
        empty("path", attrs + [("d", d)])
    }

    static func attributes(_ attrs: [(String, String)]) -> String {
        var s = ""
        for (k, v) in attrs { s += " " + k + "=\"" + escape(v) + "\"" }
        return s
    }

    /// Escapes text for XML content and attribute values (`quotes: false` for
    /// element content, where quotes may stand as they are).
    static func escape(_ s: String, quotes: Bool = true) -> String {
        guard s.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || (quotes && $0 == "\"") }) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
