/// The HTML shell around every page of the book.
struct PageTemplate {
    var bookTitle: String

    /// A complete HTML5 page. `title` is plain text; `body` is HTML.
    func page(title: String, body: String, navigation: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.htmlEscaped)</title>
        <link rel="stylesheet" href="assets/book.css">
        </head>
        <body>
        <nav class="sidebar" aria-label="Chapters">
        <p class="book-title"><a href="index.html">\(bookTitle.htmlEscaped)</a></p>
        \(navigation)
        </nav>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}
