/// The colour of a mark. Palette and theme colours are CSS classes backed by CSS
/// variables (see `Figure.stylesheet`), so figures follow the page's light or
/// dark theme; only `.css` fixes a colour.
public enum PlotColor: Equatable, Sendable {
    /// The next palette colour in the panel (the default).
    case auto
    /// A fixed palette slot, 0…7 (wraps around).
    case palette(Int)
    /// The text colour of the page (`currentColor`).
    case foreground
    /// A quiet grey for context marks such as reference lines.
    case muted
    /// Any CSS colour, e.g. `"#7f3fbf"` or `"var(--accent)"`. Does not adapt to themes.
    case css(String)
}

/// The dash pattern of a line. `.auto` cycles solid, dashed, dotted, dash-dot,
/// long-dash with the palette, so series stay distinguishable in greyscale.
public enum Dash: Int, Equatable, Sendable {
    case auto = -1, solid = 0, dashed, dotted, dashDot, longDash
}

/// A point symbol for scatter plots and markers. `.auto` cycles with the palette.
public enum Symbol: Int, Equatable, Sendable {
    case auto = -1, circle = 0, square, triangle, diamond, cross, plus, star
}

/// The resolved look of one mark: its palette slot and the classes that draw it.
struct SeriesStyle: Equatable {
    static let paletteSize = 8

    var slot: Int
    var color: PlotColor
    var dash: Dash
    var symbol: Symbol

    /// Resolves `.auto` choices against the mark's position among the panel's series.
    init(slot: Int, request: Request) {
        self.slot = slot
        color = request.color == .auto ? .palette(slot) : request.color
        // Dash and symbol pair with the palette colour when one was chosen, so
        // `color: .palette(0)` looks like the first series, solid and round.
        var index = slot
        if case .palette(let i) = color { index = i }
        dash = request.dash == .auto ? Dash(rawValue: index % 5) ?? .solid : request.dash
        symbol = request.symbol == .auto ? Symbol(rawValue: index % 7) ?? .circle : request.symbol
    }

    /// Class and style attributes for an element drawn with this colour: `base`
    /// classes (e.g. "plot-line") plus the colour class, optionally the dash class.
    func attributes(_ base: String, dashed: Bool = false, style extra: String? = nil) -> [(String, String)] {
        var cls = base
        var style = extra
        switch color {
        case .auto, .foreground: break
        case .palette(let i): cls += " plot-c\(((i % SeriesStyle.paletteSize) + SeriesStyle.paletteSize) % SeriesStyle.paletteSize)"
        case .muted: cls += " plot-muted"
        case .css(let c): style = "color:" + c + (style.map { ";" + $0 } ?? "")
        }
        if dashed, dash != .solid, dash != .auto { cls += " plot-dash\(dash.rawValue)" }
        var attrs = [("class", cls)]
        if let style = style { attrs.append(("style", style)) }
        return attrs
    }
}
