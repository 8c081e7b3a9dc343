/// Finds formulas that may change KaTeX's macro table, which the build shares across all
/// formulas in reading order (see `KaTeX`): such a formula can change how every later
/// formula renders, so the math cache must not treat later formulas as independent.
///
/// The test is on the source text, conservatively: a formula counts if it names any of
/// KaTeX's (0.16) primitives that write to the macro table, whether or not the definition
/// outlives the formula (`\def` and `\newcommand` are local unless `\global`). Without
/// one of these no formula can define anything, since the table starts empty and no
/// built-in macro expands to a definition except `\nonumber`/`\notag` (an internal flag,
/// listed anyway).
enum MacroDefinitions {
    /// Control words that define, redefine or alias macros.
    static let primitives: Set<Substring> = [
        "def", "gdef", "edef", "xdef", "global", "long", "let", "futurelet",
        "newcommand", "renewcommand", "providecommand", "nonumber", "notag",
    ]

    /// Whether `tex` contains one of `primitives` as a whole control word (`\left` is not `\let`).
    static func mayDefine(_ tex: String) -> Bool {
        var scalars = Substring(tex).unicodeScalars[...]
        while let backslash = scalars.firstIndex(of: "\\") {
            let rest = scalars[scalars.index(after: backslash)...]
            // KaTeX's control words are letters and `@`; anything else is a one-character control symbol.
            let name = rest.prefix { isControlWordScalar($0) }
            if name.isEmpty {
                scalars = rest.dropFirst()
                continue
            }
            if primitives.contains(Substring(name)) { return true }
            scalars = rest[name.endIndex...]
        }
        return false
    }

    private static func isControlWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "@"
    }
}
