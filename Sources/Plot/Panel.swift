/// How a panel's x and y units relate on screen.
public enum Aspect: Sendable {
    /// Fill the panel.
    case auto
    /// One unit of x is as long as one unit of y (in each scale's own space), so
    /// circles look round and gradient steps meet contours at true angles. The
    /// automatic limits of one axis grow to fill the panel; explicit limits are
    /// kept, and the plot area shrinks (centred) along the axis that would have
    /// had to grow.
    case equal
}

/// Where a panel's legend goes.
public enum LegendPosition: Sendable {
    /// The inside corner covering the fewest data points, or outside on the right
    /// when every corner would cover data.
    case auto
    case topRight, topLeft, bottomLeft, bottomRight
    /// Outside the plot area, on the right.
    case outside
    /// No legend, even for labelled marks.
    case hidden
}

/// One set of axes with its marks.
///
///     Panel(title: "Loss", x: .log("step"), y: .log("loss")) {
///         Line(steps, sgd, label: "SGD")
///         Line(steps, adam, label: "Adam")
///     }
public struct Panel {
    /// Heading above the panel (markup). Use it to name panels of a multi-panel
    /// figure; the book page renders the figure caption itself.
    public var title: String?
    public var x: Axis
    public var y: Axis
    public var aspect: Aspect
    public var legend: LegendPosition
    /// Light grid lines at the major ticks.
    public var grid: Bool
    public var marks: [any Mark]

    public init(title: String? = nil, x: Axis = .linear(), y: Axis = .linear(), aspect: Aspect = .auto,
                legend: LegendPosition = .auto, grid: Bool = true, @MarkBuilder _ marks: () -> [any Mark]) {
        self.title = title
        self.x = x
        self.y = y
        self.aspect = aspect
        self.legend = legend
        self.grid = grid
        self.marks = marks()
    }
}
