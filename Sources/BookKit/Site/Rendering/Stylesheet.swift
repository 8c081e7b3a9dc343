/// The book's stylesheet, written to `assets/book.css`: typography for long reading,
/// the page layout (sidebar collapsing behind a menu button on narrow screens), code,
/// outputs, figures, equations, checks, and a print style.
///
/// Colours are CSS variables with a light and a dark set. The dark set applies when the
/// reader chose it (`<html data-theme="dark">`, set by the toggle) or, with no choice
/// made, when the system prefers dark; figures from the Plot library follow the same
/// contract.
enum Stylesheet {
    static let light = """
      --bg: #fdfdfc; --fg: #1d2125; --muted: #5d646c; --faint: #8a9099; --border: #dfe2e6;
      --accent: #1a5fb4; --accent-soft: #d7e5f7; --sidebar-bg: #f6f7f8; --code-bg: #f4f5f7;
      --output-bar: #b5c7dd; --mark: #fff1a8; --ok: #1a7f37; --ok-bg: #e9f6ec; --bad: #c62828; --bad-bg: #fdeceb;
      --hl-kw: #9b2393; --hl-ty: #1c5f7a; --hl-fn: #3346a0; --hl-str: #b3261e; --hl-esc: #9b2393;
      --hl-num: #1c00cf; --hl-com: #6a737d; --hl-attr: #815f03; --hl-op: #4a4f55;
      color-scheme: light;
    """

    static let dark = """
      --bg: #16181b; --fg: #e3e5e8; --muted: #a2a9b1; --faint: #737a83; --border: #30353b;
      --accent: #79b0f2; --accent-soft: #22364f; --sidebar-bg: #1c1f23; --code-bg: #1f2328;
      --output-bar: #3d5a7d; --mark: #5c4d0f; --ok: #5cc27a; --ok-bg: #17301f; --bad: #ff7b72; --bad-bg: #3a1b1b;
      --hl-kw: #fc5fa3; --hl-ty: #6bd4f5; --hl-fn: #9fb4ff; --hl-str: #fc8a7d; --hl-esc: #fc5fa3;
      --hl-num: #d9c97c; --hl-com: #7f8b98; --hl-attr: #fdae6b; --hl-op: #c3c8ce;
      color-scheme: dark;
    """

    static let css = """
    :root {
    \(light)
      --serif: Charter, "Bitstream Charter", "Iowan Old Style", "Sitka Text", Cambria, Georgia, "DejaVu Serif", serif;
      --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", sans-serif;
      --mono: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
      --topbar: 3.25rem;
    }
    :root[data-theme="dark"] {
    \(dark)
    }
    @media (prefers-color-scheme: dark) {
      :root:not([data-theme="light"]) {
    \(dark)
      }
    }

    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; scroll-padding-top: calc(var(--topbar) + 1rem); }
    body { margin: 0; background: var(--bg); color: var(--fg); font: 1.0625rem/1.65 var(--serif);
           text-rendering: optimizeLegibility; font-kerning: normal; }
    a { color: var(--accent); text-underline-offset: .15em; text-decoration-thickness: .06em; }
    a:hover { text-decoration-thickness: .12em; }
    :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
    .skip-link { position: absolute; left: -999px; top: .5rem; z-index: 20; background: var(--bg); padding: .4rem .8rem; }
    .skip-link:focus { left: .5rem; }

    /* Top bar, sidebar and the menu button that shows it on narrow screens. */
    .topbar { position: sticky; top: 0; z-index: 10; height: var(--topbar); display: flex; align-items: center;
              gap: .75rem; padding: 0 1rem; background: var(--bg); border-bottom: 1px solid var(--border); font-family: var(--sans); }
    .topbar-title { flex: 1; min-width: 0; font-weight: 650; color: var(--fg); text-decoration: none;
                    white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .theme-toggle { border: 1px solid var(--border); background: transparent; color: var(--fg); border-radius: 999px;
                    width: 2.1rem; height: 2.1rem; font-size: 1.05rem; line-height: 1; cursor: pointer; }
    .theme-toggle:hover { background: var(--sidebar-bg); }
    .nav-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; pointer-events: none; }
    .menu-button { display: none; width: 2.1rem; height: 2.1rem; border-radius: 6px; cursor: pointer; position: relative; }
    .menu-button span, .menu-button span::before, .menu-button span::after {
      position: absolute; left: .45rem; right: .45rem; height: 2px; background: var(--fg); content: ""; border-radius: 1px; }
    .menu-button span { top: 50%; margin-top: -1px; }
    .menu-button span::before { left: 0; right: 0; top: -6px; }
    .menu-button span::after { left: 0; right: 0; top: 6px; }
    .nav-toggle:focus-visible + .topbar .menu-button { outline: 2px solid var(--accent); }

    .layout { display: grid; grid-template-columns: 18.5rem minmax(0, 1fr); }
    .sidebar { position: sticky; top: var(--topbar); height: calc(100vh - var(--topbar)); overflow-y: auto;
               padding: 1.25rem 1rem 2rem 1.25rem; background: var(--sidebar-bg); border-right: 1px solid var(--border);
               font: .9rem/1.45 var(--sans); }
    .sidebar a { color: var(--fg); text-decoration: none; }
    .sidebar a:hover { color: var(--accent); }
    .toc, .toc-sections { list-style: none; margin: 0; padding: 0; }
    .toc > li { margin: .1rem 0; }
    .toc > li > a { display: block; padding: .3rem .5rem; border-radius: 6px; }
    .toc > li.current > a { background: var(--accent-soft); color: var(--accent); font-weight: 600; }
    .toc-sections { margin: .25rem 0 .5rem .9rem; border-left: 1px solid var(--border); }
    .toc-sections a { display: block; padding: .2rem .6rem; color: var(--muted); font-size: .86rem; }
    .toc-number { color: var(--faint); font-variant-numeric: tabular-nums; margin-right: .2em; }
    .toc > li.current .toc-number { color: inherit; }

    .search { margin-bottom: 1rem; }
    .search input { width: 100%; padding: .45rem .7rem; border: 1px solid var(--border); border-radius: 6px;
                    background: var(--bg); color: var(--fg); font: inherit; }
    .search-results { list-style: none; margin: .4rem 0 0; padding: 0; }
    .search-results:empty { display: none; }
    .search-results li { border-bottom: 1px solid var(--border); }
    .search-results a { display: block; padding: .45rem .25rem; }
    .search-title { display: block; font-weight: 600; }
    .search-chapter { display: block; font-size: .78rem; color: var(--faint); }
    .search-snippet { display: block; font-size: .8rem; color: var(--muted); }
    .search-snippet mark { background: var(--mark); color: inherit; }
    .search-empty { padding: .5rem .25rem; color: var(--muted); }

    main { min-width: 0; padding: 2.5rem clamp(1rem, 4vw, 3.5rem) 5rem; }
    article, .pager { max-width: 43rem; margin: 0 auto; }

    /* Prose. */
    h1, h2, h3, h4 { font-family: var(--sans); line-height: 1.25; letter-spacing: -.01em; position: relative; }
    h1 { font-size: 2.15rem; margin: 0 0 1.5rem; font-weight: 700; }
    h1 .secnum { display: block; font-size: .95rem; letter-spacing: .08em; text-transform: uppercase; color: var(--accent); margin-bottom: .35rem; }
    h2 { font-size: 1.45rem; margin: 2.6rem 0 .8rem; padding-top: .3rem; }
    h3 { font-size: 1.17rem; margin: 2rem 0 .6rem; }
    h4 { font-size: 1rem; margin: 1.6rem 0 .5rem; }
    .secnum { color: var(--muted); font-weight: 600; margin-right: .25em; font-variant-numeric: tabular-nums; }
    .anchor { margin-left: .35em; color: var(--faint); text-decoration: none; opacity: 0; font-weight: 400; }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
    p, ul, ol, blockquote { margin: 0 0 1.05em; }
    li { margin: .2em 0; }
    li > p { margin-bottom: .5em; }
    blockquote { margin-left: 0; padding: .1rem 1.1rem; border-left: 3px solid var(--border); color: var(--muted); }
    hr { border: none; border-top: 1px solid var(--border); margin: 2.5rem 0; }
    img { max-width: 100%; height: auto; }
    code { font-family: var(--mono); font-size: .86em; background: var(--code-bg); padding: .1em .3em; border-radius: 4px; }
    .xref { white-space: nowrap; }
    .xref-missing { color: var(--bad); font-weight: 700; font-family: var(--mono); font-size: .9em; white-space: nowrap; }
    .inline-value { white-space: nowrap; }
    .inline-error { color: var(--bad); background: var(--bad-bg); border-radius: 3px; padding: 0 .2em; }
    .inline-missing { color: var(--muted); text-decoration: underline dotted; cursor: help; }
    .citation a, a.citation { text-decoration: none; }

    /* Math. */
    .katex { font-size: 1.1em; }
    /* A display formula is centred; its number sits at the right; a formula too wide for
       the column scrolls on its own, never under the number. */
    .math.display { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, auto) minmax(max-content, 1fr);
                    align-items: center; margin: 1.1rem 0; }
    .math.display > * { grid-column: 2; min-width: 0; overflow-x: auto; overflow-y: hidden; padding: .25em 0; }
    .math.display > .eqno { grid-column: 3; justify-self: end; font-family: var(--serif); padding-left: 1rem; }
    .math.display .katex-display { margin: 0; }
    .math-error, .math-source { color: var(--bad); }
    .math-source { color: inherit; }

    /* Cells: code, outputs, figures, tables, checks. */
    pre { margin: 0 0 1rem; overflow-x: auto; font: .84rem/1.55 var(--mono); tab-size: 4; }
    pre code { background: none; padding: 0; font-size: inherit; border-radius: 0; }
    pre.code, article > pre, li > pre { background: var(--code-bg); border: 1px solid var(--border); border-radius: 8px; padding: .8rem 1rem; }
    .cell { margin: 1.5rem 0; }
    .cell > pre.code { margin-bottom: .6rem; }
    pre.output { margin: .6rem 0; padding: .15rem 0 .15rem 1rem; border-left: 3px solid var(--output-bar); color: var(--fg); white-space: pre-wrap; }
    .truncated { color: var(--bad); font-style: italic; }
    .code-fold { margin-bottom: .6rem; }
    .code-fold > summary { cursor: pointer; color: var(--muted); font: .85rem var(--sans); padding: .2rem 0; }
    .code-fold[open] > summary { margin-bottom: .4rem; }
    .kw { color: var(--hl-kw); font-weight: 600; } .ty { color: var(--hl-ty); } .fn { color: var(--hl-fn); }
    .str { color: var(--hl-str); } .esc { color: var(--hl-esc); } .num { color: var(--hl-num); }
    .com { color: var(--hl-com); font-style: italic; } .attr { color: var(--hl-attr); } .op { color: var(--hl-op); }

    figure { margin: 1.75rem 0; }
    figure.figure svg { display: block; width: 100%; max-width: 100%; height: auto; margin: 0 auto; }
    /* On a phone, a figure of several panels keeps a readable size and scrolls sideways. */
    @media (max-width: 36rem) {
      figure.figure:has(> svg.plot-panels) { overflow-x: auto; }
      figure.figure svg.plot-panels { min-width: 34rem; max-width: none; }
    }
    figcaption, caption { font: .9rem/1.5 var(--sans); color: var(--muted); margin-top: .6rem; text-align: left; }
    .caption-number { font-weight: 650; color: var(--fg); }

    .table-wrap { overflow-x: auto; margin: 1.5rem 0; }
    table { border-collapse: collapse; font: .92rem/1.45 var(--sans); font-variant-numeric: tabular-nums; margin: 0 auto; }
    caption { caption-side: top; margin: 0 0 .5rem; }
    table:has(caption) { min-width: min(100%, 24rem); }
    th, td { padding: .35rem .8rem; border-bottom: 1px solid var(--border); text-align: left; }
    thead th { border-bottom: 2px solid var(--fg); font-weight: 650; }
    table.result td { font-family: var(--mono); font-size: .85rem; }

    .checks { margin: .6rem 0; font: .85rem/1.45 var(--sans); }
    .checks > summary { display: inline-flex; align-items: center; gap: .35rem; cursor: pointer; color: var(--ok);
                        background: var(--ok-bg); border-radius: 999px; padding: .1rem .7rem .1rem .45rem; font-weight: 600; list-style: none; }
    .checks > summary::-webkit-details-marker { display: none; }
    .checks ul { margin: .5rem 0 0; padding-left: 1.4rem; color: var(--fg); }
    .check-detail, .check-location { color: var(--muted); }
    .badge { font-weight: 700; }
    .check.fail { background: var(--bad-bg); border: 1px solid var(--bad); border-left-width: 4px; border-radius: 6px;
                  padding: .6rem .9rem; margin: .8rem 0; font: .9rem/1.45 var(--sans); }
    .check.fail p { margin: .15rem 0; }
    .check.fail .check-title { color: var(--bad); font-weight: 700; }
    .check-location { font-family: var(--mono); font-size: .8rem; }
    .cell-error { background: var(--bad-bg); border: 1px solid var(--bad); border-left-width: 4px; border-radius: 6px;
                  padding: .5rem 1rem; margin: .8rem 0; font-family: var(--sans); font-size: .92rem; }
    .cell-error pre { background: transparent; border: none; padding: 0; white-space: pre-wrap; }
    .error-title { color: var(--bad); font-weight: 700; margin: .25rem 0; }
    .cell-skipped { color: var(--muted); font: italic .9rem var(--sans); }

    .references { margin-top: 3rem; border-top: 1px solid var(--border); }
    .reference-list { list-style: none; padding: 0; font-size: .93rem; }
    .reference-list li { padding-left: 1.5rem; text-indent: -1.5rem; margin: .5rem 0; overflow-wrap: anywhere; }
    .reference-list li:target, .math.display:target, figure:target, table:target { background: var(--accent-soft); }

    .pager { display: flex; gap: 1rem; margin-top: 4rem; padding-top: 1.5rem; border-top: 1px solid var(--border); font-family: var(--sans); }
    .pager a { flex: 1; display: block; padding: .7rem 1rem; border: 1px solid var(--border); border-radius: 8px; text-decoration: none; }
    .pager a:hover { border-color: var(--accent); }
    .pager-next { text-align: right; margin-left: auto; }
    .pager-label { display: block; font-size: .8rem; color: var(--muted); }
    .pager-title { display: block; color: var(--fg); font-weight: 600; }

    .chapter-list { list-style: none; padding: 0; }
    .chapter-list li { border-bottom: 1px solid var(--border); padding: .7rem 0; }
    .chapter-list a { text-decoration: none; font: 600 1.1rem var(--sans); color: var(--fg); }
    .chapter-list .toc-number { display: inline-block; min-width: 1.8rem; color: var(--accent); font: 600 1.1rem var(--sans); }
    .chapter-sections { margin: .2rem 0 0 2.1rem; font: .85rem/1.5 var(--sans); color: var(--muted); }

    /* Narrow screens: the sidebar becomes a panel behind the menu button. */
    @media (max-width: 60rem) {
      .menu-button { display: block; }
      .layout { display: block; }
      .sidebar { display: none; position: fixed; z-index: 9; inset: var(--topbar) 0 0 0; height: auto; border-right: none; }
      .nav-toggle:checked ~ .layout .sidebar { display: block; }
      main { padding-top: 1.5rem; }
      h1 { font-size: 1.75rem; }
      body { font-size: 1.03rem; }
    }

    @media print {
      :root { \(light) }
      .topbar, .sidebar, .pager, .skip-link, .nav-toggle, .anchor, .search { display: none !important; }
      .layout { display: block; }
      main { padding: 0; }
      article { max-width: none; }
      body { font-size: 11pt; }
      figure, pre, table, .math.display, .check, .cell-error { break-inside: avoid; }
      h1, h2, h3 { break-after: avoid; }
      pre { white-space: pre-wrap; }
      a { color: inherit; }
    }
    """
}
