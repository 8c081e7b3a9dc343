/// The math cache's key for each formula of a build: SHA-256 of what decides its HTML.
///
/// That is the engine digest (KaTeX's script and the options it runs with, see
/// `KaTeX.engineDigest`), display mode, the TeX exactly as KaTeX gets it, and the macro
/// context. Formulas are typeset in order with one shared macro table, so once a formula
/// may define a macro (`MacroDefinitions`), the rendering of every later formula may depend
/// on everything typeset since: from there on each key also covers every earlier formula
/// from that first definition on, in order. Prose edits keep those keys; changing or
/// moving math after the first definition changes the keys of the formulas after it.
/// A book without definitions gets context-free keys.
struct FormulaKeys {
    /// One key per formula, in the same order: 64 hexadecimal digits.
    var keys: [String]
    /// Some formula may define a macro: a formula typeset alone could come out wrong, so
    /// a build that must typeset any formula typesets them all, in order.
    var macrosInPlay: Bool

    init(formulas: [Formula], engine: String) {
        let firstDefinition = formulas.firstIndex { MacroDefinitions.mayDefine($0.tex) }
        macrosInPlay = firstDefinition != nil
        var context = SHA256()
        context.update(field: "macro-context")
        keys = formulas.enumerated().map { index, formula in
            let tex = KaTeX.unnumbered(formula.tex)
            var hasher = SHA256()
            hasher.update(field: engine)
            hasher.update(field: formula.display ? "display" : "inline")
            hasher.update(field: tex)
            if let firstDefinition, index > firstDefinition {
                var snapshot = context
                hasher.update(field: snapshot.finalizeHex())
            }
            if let firstDefinition, index >= firstDefinition {
                context.update(field: formula.display ? "display" : "inline")
                context.update(field: tex)
            }
            return hasher.finalizeHex()
        }
    }
}
