/// A figure: one or more panels rendered to a self-contained inline SVG.
///
/// Single panel:
///
///     let fig = Figure(x: .log("step"), y: .log("loss")) {
///         Line(steps, sgd, label: "SGD")
///         RefLine(exponent: -1, coefficient: 3, label: "∝ 1/t")
///     }
///     let svg = try fig.svg()
///
/// Several panels, laid out in a grid (`columns` defaults to all in one row):
///
///     Figure(shareY: true) {
///         Panel(title: "η = 0.1") { Line(steps, a) }
///         Panel(title: "η = 1") { Line(steps, b) }
///     }
///
/// The SVG has no caption (the book page adds one), scales to its container
/// through `viewBox`, and is styled by `Figure.stylesheet`, which the page
/// includes once. Rendering is deterministic: the same figure gives the same bytes.
public struct Figure {
    public var panels: [Panel]
    /// Width in SVG user units; the book's column is ~680 px, so 640 keeps text near its nominal size.
    public var width: Double
    /// Height in SVG user units; nil picks 400 for one panel, less per row for grids.
    public var height: Double?
    /// Panels per row; nil puts every panel in one row.
    public var columns: Int?
    /// Accessible name (`<title>`). Not drawn: the page's caption is the visible title.
    public var title: String?
    /// Alternative text appended to the machine-made description (`<desc>`).
    public var alt: String?
    /// Prefix for IDs inside the SVG; nil derives one from a hash of the content.
    public var id: String?
    /// Give all panels the same x (or y) limits and label only the outer axes.
    public var shareX: Bool
    public var shareY: Bool

    /// A figure of several panels.
    public init(title: String? = nil, alt: String? = nil, id: String? = nil, width: Double = 640,
                height: Double? = nil, columns: Int? = nil, shareX: Bool = false, shareY: Bool = false,
                @PanelBuilder panels: () -> [Panel]) {
        self.panels = panels()
        self.width = width
        self.height = height
        self.columns = columns
        self.title = title
        self.alt = alt
        self.id = id
        self.shareX = shareX
        self.shareY = shareY
    }

    /// A single-panel figure; the axis and legend arguments are those of `Panel`.
    public init(title: String? = nil, alt: String? = nil, id: String? = nil, width: Double = 640,
                height: Double? = nil, x: Axis = .linear(), y: Axis = .linear(), aspect: Aspect = .auto,
                legend: LegendPosition = .auto, grid: Bool = true, @MarkBuilder marks: () -> [any Mark]) {
        self.init(title: title, alt: alt, id: id, width: width, height: height) {
            Panel(x: x, y: y, aspect: aspect, legend: legend, grid: grid, marks)
        }
    }

    /// The figure as an SVG element for inline use in an HTML page that includes
    /// `Figure.stylesheet`. Throws `PlotError` when a mark's data cannot be drawn.
    public func svg() throws -> String {
        try FigureRenderer(figure: self).render(embedStylesheet: false)
    }

    /// A standalone SVG document with the stylesheet embedded, for viewing on its
    /// own (galleries, tests, files).
    public func standaloneSVG() throws -> String {
        try FigureRenderer(figure: self).render(embedStylesheet: true)
    }

    /// The CSS every page with inline figures includes once: plot classes and the
    /// palette as CSS variables, light by default, dark under
    /// `prefers-color-scheme: dark` or `<html data-theme="dark">`, and light again
    /// under `<html data-theme="light">` whatever the system says.
    public static let stylesheet: String = Stylesheet.css
}
