/// Styles for callouts, exercises, folded hints and solutions, footnotes and the claims
/// index, appended to `Stylesheet.css`. Each callout kind has one colour (a variable with
/// a light, a dark and a print value); boxes tint the page background with it.
extension Stylesheet {
    static let calloutLight = """
      --note: #1a5fb4; --tip: #1a7f37; --important: #8250df; --warning: #9a6700; --caution: #c62828; --exercise: #0b6e7f;
    """

    static let calloutDark = """
      --note: #79b0f2; --tip: #5cc27a; --important: #b691f5; --warning: #d9a53a; --caution: #ff7b72; --exercise: #4cc4d6;
    """

    static let callouts = """
    :root { \(calloutLight) }
    :root[data-theme="dark"] { \(calloutDark) }
    @media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { \(calloutDark) } }

    /* Callouts (> [!NOTE] ...) and exercises (> [!EXERCISE] ...). */
    .callout { --c: var(--note); margin: 1.4rem 0; padding: .55rem 1rem .6rem; border: 1px solid color-mix(in srgb, var(--c) 30%, transparent);
               border-left: 4px solid var(--c); border-radius: 6px; background: color-mix(in srgb, var(--c) 6%, var(--bg)); }
    .callout.tip { --c: var(--tip); } .callout.important { --c: var(--important); } .callout.warning { --c: var(--warning); }
    .callout.caution { --c: var(--caution); } .callout.exercise { --c: var(--exercise); }
    .callout.hint, .callout.solution { --c: var(--muted); background: transparent; padding: .3rem .9rem; margin: .8rem 0; }
    .callout > :last-child { margin-bottom: 0; }
    .callout-title { margin: 0 0 .35rem; font: 600 .92rem/1.4 var(--sans); color: var(--c); }
    .callout.exercise .callout-title { font-size: 1rem; }
    .callout-name { color: var(--fg); font-weight: 600; }
    .callout pre.code { background: var(--bg); }
    .callout .cell { margin: 1rem 0; }
    details.callout > summary { cursor: pointer; font: 600 .9rem/1.6 var(--sans); color: var(--muted); }
    details.callout[open] > summary { margin-bottom: .4rem; }
    .callout:target { box-shadow: 0 0 0 3px var(--accent-soft); }

    /* Footnotes ([^note]). */
    .footnote-ref a { text-decoration: none; font-family: var(--sans); padding: 0 .1em; }
    sup.footnote-ref { line-height: 0; }
    .footnotes { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid var(--border); font-size: .93rem; }
    .footnotes ol { padding-left: 1.5rem; }
    .footnotes li:target { background: var(--accent-soft); }
    .footnote-backref { text-decoration: none; font-family: var(--sans); }

    /* Claims index and colophon; check anchors as link targets. */
    .checks li:target, .check:target { background: var(--accent-soft); }
    table.claims { width: 100%; }
    table.claims td { vertical-align: top; }
    table.claims td.claim-value { font: .8rem/1.45 var(--mono); overflow-wrap: anywhere; }
    table.claims td.result { white-space: nowrap; color: var(--ok); font-weight: 600; }
    table.claims tr.fail td { background: var(--bad-bg); }
    table.claims tr.fail td.result { color: var(--bad); }
    .claim-location { display: block; color: var(--faint); font: .72rem/1.4 var(--mono); overflow-wrap: anywhere; }
    .colophon dt { font: 650 .9rem var(--sans); margin-top: .6rem; }
    .colophon dd { margin: .1rem 0 0; overflow-wrap: anywhere; }
    .toc-part { margin: 1rem .5rem .3rem; font-size: .72rem; letter-spacing: .08em; text-transform: uppercase; color: var(--faint); }

    @media print {
      :root, :root[data-theme] { \(calloutLight) }
      .callout { break-inside: avoid; background: transparent; border: 1px solid var(--c); border-left-width: 4px; }
      /* Paper cannot be clicked: hints and solutions print open. */
      details.callout::details-content { content-visibility: visible; }
      details.callout > summary { list-style: none; }
    }
    """
}
