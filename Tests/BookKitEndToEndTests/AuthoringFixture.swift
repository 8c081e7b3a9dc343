/// A three-page book using every authoring feature of issue 14: GitHub callouts, exercises
/// with folded hints and solutions (one with a cell that runs), footnotes, an appendix,
/// references to exercises and appendices across pages, and the Markdown that cmark-gfm
/// renders differently from a naive renderer (link destinations, the tag filter, a fence
/// closed by its block quote, a fence left open at the end of the document).
enum AuthoringFixture {
    static var chapters: [String: String] {
        ["index.md": landing, "01-basics.md": basics, "02-more.md": more, "A-notation.md": notation]
    }

    static let landing = """
    # Feature Book

    A book that uses every authoring feature.
    """

    static let basics = """
    # Basics

    ### Before any section

    Text with a note.[^first] And a second reference to it.[^first] Another one.[^other]

    ## Callouts {#sec-callouts}

    > [!NOTE]
    > A plain note with *emphasis* and $x^2$.

    > [!TIP]
    > A tip.

    > [!IMPORTANT]
    > Important.

    > [!WARNING] Mind the step size
    > Steps above $2/\\lambda_{\\max}$ diverge.

    > [!CAUTION]
    > Caution.

    > [!FOO]
    > An unknown marker.

    ## Exercises {#sec-exercises}

    > [!EXERCISE] Newton on a quadratic {#ex-newton}
    > Show that Newton's method converges in one step on a quadratic.
    >
    > ```swift norun
    > let steps = 1  // change me
    > ```
    >
    > > [!HINT]
    > > Write the update $\\theta - H^{-1} g$.
    >
    > > [!SOLUTION]
    > > The model is exact, so one step lands on the minimum.

    > [!EXERCISE] {#ex-cell}
    > This exercise runs a cell.
    >
    > ```swift
    > let doubled = 2 * 21
    > print("doubled:", doubled)
    > check("doubling works", Double(doubled), approx: 42, rtol: 1e-12)
    > ```

    > [!EXERCISE]
    > An exercise without a label or title, after @ex-newton and @ex-cell.

    ```swift
    check("a bound holds", 0.5, lessThan: 1)
    ```

    > ```
    > aaa

    bbb

    [a link](</my uri>) and [another](ä\\b) and <style>p{}</style> text.

    [^first]: The first note, with $\\alpha$.
    [^other]: The other note.
    """

    static let more = """
    # More

    See @ex-newton, [-@ex-cell], @app-notation, @ch-notation, @sec-symbols, @eq-objective,
    @ex-notation and the @app-claims. A note here too.[^here]

    [^here]: Numbered again from one.

    ```text
    an unclosed fence at the end of the document
    """

    static let notation = """
    # Notation

    ## Symbols {#sec-symbols}

    $$
    J(\\theta) = \\frac1N \\sum_i \\ell_i
    $$ {#eq-objective}

    | symbol | meaning |
    | --- | --- |
    | $\\alpha$ | learning rate |

    : Symbols. {#tbl-symbols}

    > [!EXERCISE] {#ex-notation}
    > Find a symbol with two meanings.
    """
}
