/// A two-chapter book exercising the reading features: math with Markdown characters,
/// numbered and cross-referenced sections, equations, figures and tables, citations.
enum ReadingFixture {
    static let bibliography = """
    @inproceedings{martens2015kfac,
      author = {James Martens and Roger Grosse},
      title = {Optimizing Neural Networks with {Kronecker}-factored Approximate Curvature},
      booktitle = {ICML}, year = {2015}, url = {https://proceedings.mlr.press/v37/martens15.html}
    }
    @article{amari1998natural, author = {Shun-ichi Amari}, title = {Natural Gradient Works Efficiently in Learning},
      journal = {Neural Computation}, year = {1998}, doi = {10.1162/089976698300017746}}
    """

    static let first = """
    # Linear regression

    Tricky: $a_1 * b_2$ and $a_2 * b_1$, a set $\\{x\\}$, $\\lambda_{\\max}$, code `$not math$`, a price \\$5 and $5 or $10.

    ## The loss {#sec-loss}

    $$
    L(w) = \\frac{1}{2}\\|Xw - y\\|^2
    $$ {#eq-loss}

    Bad: $\\frac{1}{$ here.

    ```swift
    //| label: fig-curve
    //| caption: A curve with $\\alpha_1$, see @eq-loss.
    show(svg: "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'><rect width='4' height='4'/></svg>")
    check("one is one", 1 == 1)
    ```

    | a | b |
    |---|---|
    | 1 | 2 |

    : Numbers. {#tbl-numbers}

    Cited [@martens2015kfac; @amari1998natural, p. 3] and @martens2015kfac. Missing @fig-nowhere.
    Unknown [@nobody2020].
    """

    static let second = """
    # Second-order methods

    ## Newton {#sec-newton}

    Back to @sec-loss, @eq-loss, [-@eq-loss], @fig-curve, @tbl-numbers and @ch-linear-regression.

    $$ w' = w - H^{-1} g $$ {#eq-newton}

    Compare @eq-newton.
    """

    static var chapters: [String: String] {
        ["01-linear-regression.md": first, "02-second-order.md": second, "references.bib": bibliography,
         "index.md": "# Test Book\n\nA book about $x^2$.\n"]
    }
}
