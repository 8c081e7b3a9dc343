/// Why a figure could not be drawn. Marks keep their data unchecked until rendering,
/// so every problem surfaces from `Figure.svg()` with a message that names the mark.
public enum PlotError: Error, CustomStringConvertible, Equatable {
    /// Two arrays that must pair up element by element have different lengths.
    case lengthMismatch(mark: String, first: String, firstCount: Int, second: String, secondCount: Int)
    /// A zero or negative value was given to a logarithmic axis.
    case nonPositiveOnLogAxis(mark: String, axis: String, value: Double)
    /// A mark cannot be drawn on this kind of scale (e.g. a heatmap on a log axis).
    case unsupportedScale(mark: String, axis: String, scale: String)
    /// Fixed axis limits are not usable (not finite, empty, or non-positive on a log axis).
    case invalidLimits(axis: String, lower: Double, upper: Double)
    /// Panels that share an axis use different kinds of scale.
    case sharedScaleMismatch(axis: String)
    /// Any other argument that cannot be drawn, with an explanation.
    case invalidArgument(mark: String, reason: String)
    /// A type conforms to `Mark` outside this module; only Plot's own marks can render.
    case unsupportedMark(String)

    public var description: String {
        switch self {
        case let .lengthMismatch(mark, first, n1, second, n2):
            return "\(mark): \(first) has \(n1) values but \(second) has \(n2); they must have the same length"
        case let .nonPositiveOnLogAxis(mark, axis, value):
            return "\(mark): value \(value) on the logarithmic \(axis) axis; log axes need positive data"
                + " (use a symlog axis for data that reaches zero or below)"
        case let .unsupportedScale(mark, axis, scale):
            return "\(mark) cannot be drawn on a \(scale) \(axis) axis; use a linear \(axis) axis"
        case let .invalidLimits(axis, lower, upper):
            return "\(axis) axis limits \(lower)...\(upper) are not usable: they must be finite, "
                + "lower < upper, and positive on a log axis"
        case let .sharedScaleMismatch(axis):
            return "panels sharing the \(axis) axis must all use the same kind of \(axis) scale"
        case let .invalidArgument(mark, reason):
            return "\(mark): \(reason)"
        case let .unsupportedMark(name):
            return "\(name) conforms to Mark but is not one of Plot's marks; it cannot be rendered"
        }
    }
}
