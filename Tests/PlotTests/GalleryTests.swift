import XCTest
import Foundation
@testable import Plot

/// Writes every gallery figure into one HTML page when PLOT_GALLERY is set to a
/// directory (light page and a data-theme="dark" copy), for looking at in a browser.
final class GalleryTests: XCTestCase {
    func testWriteGallery() throws {
        guard let dir = ProcessInfo.processInfo.environment["PLOT_GALLERY"] else {
            throw XCTSkip("set PLOT_GALLERY=<directory> to write the gallery")
        }
        var sections: [(String, String)] = []
        for item in Gallery.figures() {
            let html = "<figure id=\"\(item.name)\">\(try item.figure.svg())<figcaption>\(item.caption)</figcaption></figure>\n"
            sections.append((item.name, html))
        }
        for theme in ["light", "dark"] {
            // One page with everything, and one page per figure for screenshots.
            try page(theme, sections.map(\.1).joined()).write(toFile: "\(dir)/gallery-\(theme).html", atomically: true, encoding: .utf8)
            for (name, html) in sections {
                try page(theme, html).write(toFile: "\(dir)/\(name)-\(theme).html", atomically: true, encoding: .utf8)
            }
        }
    }

    private func page(_ theme: String, _ sections: String) -> String {
            """
            <!doctype html><html lang="en" data-theme="\(theme)"><head><meta charset="utf-8"><title>Plot gallery</title>
            <style>\(Figure.stylesheet)
            body{font-family:"DejaVu Sans",sans-serif;max-width:680px;margin:2em auto;background:#fff;color:#222}
            :root[data-theme="dark"] body{background:#161618;color:#ddd}
            figure{margin:0 0 2.5em}figcaption{font-size:14px;margin-top:.4em;opacity:.85}</style></head>
            <body>\n\(sections)</body></html>
            """
    }
}
