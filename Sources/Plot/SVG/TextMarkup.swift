/// A tiny markup for axis labels, titles, legend entries and annotations.
///
/// - `\name` is a Greek letter or symbol: `\eta` → η, `\lambda` → λ, `\Delta` → Δ,
///   `\nabla` → ∇, `\cdot` → ·, `\infty` → ∞, `\leq` → ≤, `\top` → ⊤ …
/// - `^` and `_` raise or lower what follows: a `{group}`, or else an optional sign
///   and a run of letters and digits, so `λ_max`, `10^-3`, `x_{t+1}` and `e^{-t/τ}`
///   all read as intended. (Unlike TeX, `_max` lowers the whole word.)
/// - `\\`, `\^`, `\_`, `\{`, `\}` are literal characters. Unicode passes through.
struct TextMarkup: Equatable {
    /// A run of text at one baseline: 0 normal, +1 superscript, −1 subscript.
    struct Run: Equatable {
        var text: String
        var level: Int
    }

    let runs: [Run]

    private static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
        "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "nabla": "∇", "partial": "∂", "infty": "∞", "cdot": "·", "times": "×", "approx": "≈",
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "pm": "±", "to": "→",
        "rightarrow": "→", "leftarrow": "←", "ell": "ℓ", "sqrt": "√", "sum": "∑", "prod": "∏",
        "top": "⊤", "circ": "∘", "in": "∈", "propto": "∝", "sim": "∼", "langle": "⟨",
        "rangle": "⟩", "star": "⋆", "dagger": "†", "hbar": "ℏ", "minus": "−",
    ]

    init(_ source: String) {
        var parser = Parser(chars: Array(source))
        runs = TextMarkup.merge(parser.parse(level: 0, untilBrace: false))
    }

    /// The text without markup, for `<title>`, `<desc>` and width estimates.
    var plain: String { runs.map(\.text).joined() }

    /// Estimated rendered width in pixels at `fontSize`; scripts are 72 % size.
    func width(fontSize: Double) -> Double {
        runs.reduce(0) { sum, r in
            sum + Double(r.text.count) * 0.58 * fontSize * (r.level == 0 ? 1 : 0.72)
        }
    }

    /// Escaped SVG text content with `<tspan>`s for scripts. Shifts use `dy` in
    /// pixels (computed from `fontSize`), which every SVG renderer supports, and
    /// the last run returns to the baseline so following text is not displaced.
    func svg(fontSize: Double) -> String {
        if runs.count == 1, runs[0].level == 0 { return SVGWriter.escape(runs[0].text) }
        var out = ""
        var offset = 0.0
        for r in runs {
            let shift = TextMarkup.baseline(r.level, fontSize) - offset
            offset += shift
            let dy = shift == 0 ? "" : " dy=\"\(Num.px(shift))\""
            let cls = r.level == 0 ? "" : " class=\"plot-script\""
            if dy.isEmpty && cls.isEmpty {
                out += SVGWriter.escape(r.text)
            } else {
                out += "<tspan\(dy)\(cls)>\(SVGWriter.escape(r.text))</tspan>"
            }
        }
        return out
    }

    /// Baseline offset in pixels (SVG y grows downwards) for a script level.
    private static func baseline(_ level: Int, _ fontSize: Double) -> Double {
        level > 0 ? -0.4 * fontSize * Double(level) : 0.25 * fontSize * Double(-level)
    }

    private static func merge(_ runs: [Run]) -> [Run] {
        var out: [Run] = []
        for r in runs where !r.text.isEmpty {
            if let last = out.last, last.level == r.level {
                out[out.count - 1].text += r.text
            } else {
                out.append(r)
            }
        }
        return out.isEmpty ? [Run(text: "", level: 0)] : out
    }

    private struct Parser {
        let chars: [Character]
        var i = 0

        mutating func parse(level: Int, untilBrace: Bool) -> [Run] {
            var runs: [Run] = []
            var text = ""
            func flush() {
                if !text.isEmpty { runs.append(Run(text: text, level: level)); text = "" }
            }
            while i < chars.count {
                let c = chars[i]
                if c == "}" && untilBrace { i += 1; break }
                if c == "\\" {
                    text += command()
                } else if c == "^" || c == "_" {
                    flush()
                    i += 1
                    runs += script(level: level + (c == "^" ? 1 : -1))
                } else {
                    // Inside scripts a hyphen is a minus sign: 10^{-3}.
                    text.append(level != 0 && c == "-" ? "−" : c)
                    i += 1
                }
            }
            flush()
            return runs
        }

        /// A backslash command or escaped character; unknown names stay literal.
        mutating func command() -> String {
            i += 1
            guard i < chars.count else { return "\\" }
            if !chars[i].isLetter {
                defer { i += 1 }
                return String(chars[i])
            }
            var name = ""
            while i < chars.count, chars[i].isLetter { name.append(chars[i]); i += 1 }
            return TextMarkup.symbols[name] ?? "\\" + name
        }

        /// The operand of `^`/`_`: a group, a command, or sign + alphanumeric run.
        mutating func script(level: Int) -> [Run] {
            guard i < chars.count else { return [] }
            if chars[i] == "{" {
                i += 1
                return parse(level: level, untilBrace: true)
            }
            if chars[i] == "\\" {
                return [Run(text: command(), level: level)]
            }
            var text = ""
            if chars[i] == "-" || chars[i] == "+" || chars[i] == "−" {
                text.append(chars[i] == "-" ? "−" : chars[i])
                i += 1
            }
            while i < chars.count, chars[i].isLetter || chars[i].isNumber {
                text.append(chars[i])
                i += 1
            }
            if text.isEmpty, i < chars.count { text.append(chars[i]); i += 1 }
            return [Run(text: text, level: level)]
        }
    }
}
