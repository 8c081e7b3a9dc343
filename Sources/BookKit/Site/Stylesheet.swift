/// The book's stylesheet, written to `assets/book.css`.
enum Stylesheet {
    static let css = """
    :root { --text: #1f2328; --muted: #59636e; --bg: #ffffff; --code-bg: #f6f8fa; --border: #d1d9e0;
            --accent: #0b62c4; --ok: #1a7f37; --bad: #cf222e; --bad-bg: #ffebe9; }
    @media (prefers-color-scheme: dark) {
      :root { --text: #e6edf3; --muted: #9198a1; --bg: #0d1117; --code-bg: #161b22; --border: #30363d;
              --accent: #4493f8; --ok: #3fb950; --bad: #f85149; --bad-bg: #2d1214; }
    }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--text); background: var(--bg); display: flex;
           font: 17px/1.6 "Charter", "Bitstream Charter", "Georgia", serif; }
    .sidebar { width: 17rem; flex-shrink: 0; padding: 1.5rem 1rem; border-right: 1px solid var(--border);
               font: 15px/1.45 system-ui, sans-serif; position: sticky; top: 0; height: 100vh; overflow-y: auto; }
    .sidebar ol { padding-left: 1.2rem; }
    .sidebar a { color: var(--text); text-decoration: none; }
    .sidebar a[aria-current="page"] { color: var(--accent); font-weight: 600; }
    .book-title { font-weight: 700; margin-top: 0; }
    main { max-width: 46rem; padding: 2rem 2.5rem 6rem; min-width: 0; }
    h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.25; }
    a { color: var(--accent); }
    .anchor { margin-left: .4em; opacity: 0; text-decoration: none; color: var(--muted); }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor { opacity: 1; }
    pre { background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; padding: .75rem 1rem;
          overflow-x: auto; font: 14px/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
    .cell { margin: 1.5rem 0; }
    .cell pre.code { margin-bottom: 0; }
    pre.output { background: transparent; border: none; border-left: 3px solid var(--border);
                 border-radius: 0; margin-top: .25rem; color: var(--text); }
    .truncated { color: var(--bad); font-style: italic; }
    figure.figure { margin: 1rem 0; }
    figure.figure svg { width: 100%; height: auto; }
    figcaption { font: 15px/1.45 system-ui, sans-serif; color: var(--muted); margin-top: .4rem; }
    .check { font: 14px/1.4 system-ui, sans-serif; margin: .3rem 0; }
    .check .badge { display: inline-block; padding: 0 .45em; border-radius: 1em; font-weight: 600; }
    .check.pass .badge { color: var(--ok); border: 1px solid var(--ok); }
    .check.fail { background: var(--bad-bg); border: 1px solid var(--bad); border-radius: 6px; padding: .5rem .75rem; }
    .check.fail .badge { color: var(--bad); }
    .check-detail, .check-location { color: var(--muted); }
    .cell-error { background: var(--bad-bg); border: 1px solid var(--bad); border-radius: 6px; padding: .5rem 1rem; }
    .cell-error pre { background: transparent; border: none; padding: 0; white-space: pre-wrap; }
    .error-title { color: var(--bad); font-weight: 700; margin: .25rem 0; font-family: system-ui, sans-serif; }
    .cell-skipped { color: var(--muted); font-style: italic; }
    table { border-collapse: collapse; }
    th, td { border-bottom: 1px solid var(--border); padding: .3rem .7rem; }
    .table-wrap { overflow-x: auto; }
    @media (max-width: 800px) { body { display: block; } .sidebar { position: static; width: auto; height: auto;
      border-right: none; border-bottom: 1px solid var(--border); } main { padding: 1rem; } }
    """
}
