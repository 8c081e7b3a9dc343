/// Something that typesets a batch of formulas in order, one outcome per formula: KaTeX,
/// or a stand-in in tests.
protocol FormulaRenderer {
    /// What besides the formulas decides the output (the engine and its options), for
    /// cache keys; nil when it cannot be known, which turns the cache off.
    func engineDigest() -> String?
    func render(_ formulas: [Formula]) throws(KaTeX.Failure) -> [KaTeX.Outcome]
}

/// Typesets formulas, taking what it can from the math cache and starting the renderer
/// only for the rest: a build whose math is unchanged starts no node process.
struct CachingTypesetter {
    var renderer: any FormulaRenderer
    /// Nil: no cache, everything is rendered.
    var cache: MathCache?
    /// Look entries up (`--no-cache` turns this off; what is rendered is still stored).
    var useCache = true

    struct Result {
        /// One per formula, in order.
        var outcomes: [KaTeX.Outcome]
        /// How many of `outcomes` came from the cache rather than the renderer.
        var cached: Int
    }

    /// Typesets `formulas`. When the book defines macros (`FormulaKeys.macrosInPlay`), any
    /// miss means typesetting every formula, in order, so definitions taken from the cache
    /// are in effect again for the formulas that need them.
    func typeset(_ formulas: [Formula]) throws(KaTeX.Failure) -> Result {
        guard let cache, let engine = renderer.engineDigest() else {
            return Result(outcomes: try renderer.render(formulas), cached: 0)
        }
        let keys = FormulaKeys(formulas: formulas, engine: engine)
        let stored = useCache ? cache.load() : [:]
        var outcomes = keys.keys.map { stored[$0] }
        var missing = outcomes.indices.filter { outcomes[$0] == nil }
        if !missing.isEmpty && keys.macrosInPlay { missing = Array(formulas.indices) }
        if !missing.isEmpty {
            let rendered = try renderer.render(missing.map { formulas[$0] })
            guard rendered.count == missing.count else {
                throw KaTeX.Failure(description: "typesetting \(missing.count) formulas gave \(rendered.count) results")
            }
            for (index, outcome) in zip(missing, rendered) { outcomes[index] = outcome }
        }
        let complete = outcomes.compactMap { $0 }
        let entries = Dictionary(zip(keys.keys, complete)) { first, _ in first }
        // Rewrite only when something changed; the file then holds just this build's formulas.
        if !missing.isEmpty || entries.count != stored.count {
            // A cache that cannot be written only costs time on the next build.
            try? cache.save(entries)
        }
        return Result(outcomes: complete, cached: formulas.count - missing.count)
    }
}
