/// The HTML shell around every page: a top bar (menu button on narrow screens, book
/// title, light/dark toggle), the sidebar with search and contents, the article, and the
/// previous/next links. Landmarks: header, nav, main. No external requests.
struct PageTemplate {
    /// The book's title as HTML (it may contain math).
    var bookTitle: String

    /// A complete HTML5 page. `title` is plain text; the other arguments are HTML.
    func page(title: String, body: String, sidebar: String, pager: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(title.htmlEscaped)</title>
        \(BookScript.theme)
        <link rel="stylesheet" href="\(KaTeXAssets.directory)/katex.min.css">
        <link rel="stylesheet" href="assets/book.css">
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <input type="checkbox" id="nav-toggle" class="nav-toggle" aria-label="Show the table of contents">
        <header class="topbar">
        <label for="nav-toggle" class="menu-button" aria-hidden="true"><span></span></label>
        <a class="topbar-title" href="index.html">\(bookTitle)</a>
        <button type="button" class="theme-toggle" aria-label="Dark mode" hidden><span aria-hidden="true">◐</span></button>
        </header>
        <div class="layout">
        <nav class="sidebar" aria-label="Table of contents">
        <div class="search" role="search" data-index="\(SearchIndex.path)" hidden>
        <input type="search" placeholder="Search the book" aria-label="Search the book" autocomplete="off">
        <ol class="search-results"></ol>
        </div>
        \(sidebar)
        </nav>
        <main id="content">
        <article>
        \(body)
        </article>
        \(pager)
        </main>
        </div>
        <script src="assets/book.js"></script>
        </body>
        </html>

        """
    }
}
