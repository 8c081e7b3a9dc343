/// Help text for `book` and each of its commands.
enum Usage {
    static let overview = """
    OVERVIEW: Build an executable textbook: Markdown chapters whose Swift cells run at build time.

    USAGE: book <command> [options]

    COMMANDS:
      build       Run the chapters' cells (or reuse cached results) and write the HTML book.
      check       Like build, but print only errors, failed checks and the summary.
      watch       Build, then rebuild whenever a file under chapters/ changes.
      pdf         Build, then print the whole book to output/book.pdf (needs Chromium).
      list        List the chapters with their cells and labels (runs nothing).
      clean       Remove output/ (only if book wrote it) and the cache .book-cache/.
      markdown    Render Markdown from standard input to an HTML fragment (no cells run).

    Run 'book <command> --help' for a command's options.

    EXAMPLES:
      book build                         Build the book in the current directory.
      book build 03                      Run only chapter 03; others come from the cache.
      book check --no-cache              Rerun every chapter and report only problems.
      book watch                         Rebuild on every save; Ctrl-C to stop.

    EXIT STATUS:
      0    the book was built and every check held
      1    some chapter failed: a compile error, a crash, a timeout or a failed check
      2    bad usage, or the book could not be built at all (no chapters, unwritable output)
      130  interrupted (Ctrl-C or SIGTERM); the previous book is left as it was

    """

    static let buildOptions = """
    OPTIONS:
      --root DIR           The book's directory, holding chapters/ (default: the current directory).
      --output DIR         Where to write the book, relative to the root (default: output).
      --jobs N             Chapters to compile and run at once (default: the number of cores).
      --timeout SECONDS    Time limit per chapter program (default: 300); a cell's
                           '//| timeout:' option sets it for its chapter.
      --no-cache           Run every selected chapter and typeset every formula even
                           if cached results match (the cache is refreshed).
      --quiet              Print only errors and the summary.
      --verbose            Also print each compile command, the cells that took
                           0.1 s or more, slowest first, and how many formulas
                           came from the math cache.
      -h, --help           Show this help.
    """

    static let build = """
    OVERVIEW: Run every chapter's cells and write the HTML book into output/.

    Results are cached in .book-cache/ by a hash of each chapter's code, the runtime
    library, the compiler and its flags: a prose-only edit rebuilds without compiling.
    Named CHAPTERs (a number, slug or path) are run; the other chapters' pages use their
    cached results, or say they were not run when the cache has none for their code.

    USAGE: book build [CHAPTER ...] [options]

    \(buildOptions)

    EXAMPLES:
      book build                          Build the whole book.
      book build 03 chapters/05-adam.md   Run chapters 03 and 05 only.
      book build --jobs 4 --no-cache      Rerun everything, four chapters at a time.

    """

    static let check = """
    OVERVIEW: Build the book like 'book build', but print only compile errors, crashes,
    timeouts, failed checks and the summary. The book is written as usual.

    USAGE: book check [CHAPTER ...] [options]

    \(buildOptions)

    EXAMPLES:
      book check                Check every claim in the book (cached results count).
      book check --no-cache     Rerun every chapter and check every claim.

    """

    static let watch = """
    OVERVIEW: Build the book, then rebuild whenever a file under chapters/ (a chapter,
    a .bib file, an asset) changes, printing what changed and how long it took.
    Changes are polled every 0.3 s and a burst of saves causes one rebuild. Ctrl-C stops.
    A page open in a browser (from file://, no server) reloads itself when a rebuild
    changed it and keeps its scroll position; 'book build' writes pages without this.

    USAGE: book watch [CHAPTER ...] [options]

    \(buildOptions)

    EXAMPLES:
      book watch                Rebuild the book on every save.
      book watch 04             Rerun only chapter 04 on changes.

    """

    static let pdf = """
    OVERVIEW: Build the book as 'book build' does (from the cache when nothing changed),
    then print it with headless Chromium to one PDF: a title page, a table of contents
    with links, every chapter and appendix on new pages, page numbers and the chapter
    title in the running head, figures and tables never split, and a PDF outline. The
    HTML book in the output directory is left as it is; only book.pdf is written there.

    USAGE: book pdf [CHAPTER ...] [options]

    \(buildOptions)
      --paper SIZE         A4 (default) or letter.
      --solutions MODE     end: print the exercises' hints and solutions after each
                           chapter (default); omit: leave them out.

    Chromium is found on PATH as chromium, chromium-browser or google-chrome, or given
    by the CHROMIUM environment variable; 'make pdf' installs Debian's chromium.

    EXAMPLES:
      book pdf                          Print the book to output/book.pdf.
      book pdf --paper letter --solutions omit

    EXIT STATUS:
      0    the book was printed and every check held
      1    printed, but some chapter failed (its error boxes are in the PDF)
      2    bad usage, Chromium missing, or the book could not be built or printed

    """

    static let list = """
    OVERVIEW: List the chapters in build order with their titles, cell and inline value
    counts and labels ('//| label:' of cells, '{#sec-...}' of headings, '{#eq-...}' of
    equations, '{#tbl-...}' of tables), the same labels references resolve to. Runs nothing.

    USAGE: book list [--root DIR]

    EXAMPLES:
      book list

    """

    static let clean = """
    OVERVIEW: Remove the output directory (only if book created it: it holds a
    .book-output marker) and the cache directory .book-cache/.

    USAGE: book clean [--root DIR] [--output DIR]

    EXAMPLES:
      book clean

    """

    static let markdown = """
    OVERVIEW: Render Markdown from standard input to an HTML fragment on standard output,
    through the same parser and renderer as the book. Cells are shown, not run.

    USAGE: book markdown < chapter.md

    EXAMPLES:
      book markdown < chapters/01-linear-regression.md > /tmp/01.html

    """
}
