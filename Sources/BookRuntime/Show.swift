import BookProtocol

/// Puts an SVG figure into the page, below the current cell's code, after the text the
/// cell printed so far.
///
/// The cell's `//| caption:` option, when present, takes precedence over `caption`.
public func show(svg: String, caption: String? = nil) {
    Session.shared.emit(.figure(FigureRecord(svg: svg, caption: caption)))
}

/// Puts a table of values into the page. Every row must have as many cells as `header`.
public func showTable(header: [String], rows: [[String]], caption: String? = nil) {
    for (number, row) in rows.enumerated() {
        precondition(row.count == header.count,
                     "showTable: row \(number) has \(row.count) cells but the header has \(header.count)")
    }
    Session.shared.emit(.table(TableRecord(header: header, rows: rows, caption: caption)))
}

/// Puts a figure made with the Plot library into the page.
///
/// Throws the figure's `PlotError` (mismatched lengths, non-positive data on a log axis,
/// ...), so a bad figure stops the cell with a clear message instead of drawing nonsense.
public func show(_ figure: Figure, caption: String? = nil) throws {
    show(svg: try figure.svg(), caption: caption)
}
