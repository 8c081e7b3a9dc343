/// The CSS contract between figures and the page.
///
/// Colours live in CSS variables on `:root`: `--plot-c0` … `--plot-c7` (the
/// palette), `--plot-muted`, `--plot-grid` and `--plot-bg` (legend backgrounds).
/// Light values are the defaults; dark values apply under
/// `prefers-color-scheme: dark` unless `<html data-theme="light">`, and always
/// under `<html data-theme="dark">`. Everything else draws in `currentColor` with
/// the page's font, so a page can restyle figures by overriding these variables.
enum Stylesheet {
    /// Okabe & Ito's colour-blind-safe palette (yellow darkened for white pages).
    static let light = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#b8a200", "#6e6e6e"]
    /// The same hues lightened for dark pages.
    static let dark = ["#5fb0ef", "#f0783c", "#2ec79f", "#e29fc8", "#f2b53f", "#a8dcfa", "#f0e442", "#b0b0b0"]

    static func variables(_ palette: [String], muted: String, grid: String, bg: String) -> String {
        palette.enumerated().map { "--plot-c\($0.offset):\($0.element);" }.joined()
            + "--plot-muted:\(muted);--plot-grid:\(grid);--plot-bg:\(bg);"
    }

    static let css: String = {
        let lightVars = variables(light, muted: "#6b6b6b", grid: "rgba(0,0,0,.1)", bg: "#fff")
        let darkVars = variables(dark, muted: "#9a9a9a", grid: "rgba(255,255,255,.13)", bg: "#1b1b1d")
        let dashes = ["6 3", "1.5 3", "7 2.5 1.5 2.5", "12 3"].enumerated()
            .map { ".plot-dash\($0.offset + 1){stroke-dasharray:\($0.element)}" }.joined(separator: "\n")
        let colors = (0..<light.count).map { ".plot-c\($0){color:var(--plot-c\($0))}" }.joined(separator: "\n")
        return """
        :root{\(lightVars)}
        @media (prefers-color-scheme:dark){:root:not([data-theme="light"]){\(darkVars)}}
        :root[data-theme="dark"]{\(darkVars)}
        .plot{font-family:inherit;font-size:12px;overflow:visible}
        .plot text{fill:currentColor;font-family:inherit}
        .plot-title{font-size:14px;font-weight:600;text-anchor:middle}
        .plot-label{font-size:13px;text-anchor:middle}
        .plot-xt text{text-anchor:middle}
        .plot-yt text{text-anchor:end}
        .plot-cb text{text-anchor:start}
        .plot-script{font-size:72%}
        .plot-axis,.plot-tick{fill:none;stroke:currentColor;stroke-width:1}
        .plot-tick{stroke-opacity:.75}
        .plot-grid{fill:none;stroke:var(--plot-grid);stroke-width:1}
        .plot-muted{color:var(--plot-muted)}
        \(colors)
        .plot-line{fill:none;stroke:currentColor;stroke-width:1.75;stroke-linejoin:round;stroke-linecap:round}
        \(dashes)
        .plot-pts{fill:currentColor;stroke:none}
        .plot-pts-round{fill:none;stroke:currentColor;stroke-linecap:round}
        .plot-pts-square{fill:none;stroke:currentColor;stroke-linecap:square}
        .plot-pts-stroke{fill:none;stroke:currentColor;stroke-width:1.5;stroke-linecap:round}
        .plot-area{fill:currentColor;fill-opacity:.2;stroke:none}
        .plot-bar{fill:currentColor;fill-opacity:.8;stroke:var(--plot-bg);stroke-width:.75}
        .plot-err{fill:none;stroke:currentColor;stroke-width:1.25}
        .plot-ref{fill:none;stroke:currentColor;stroke-width:1.25;stroke-dasharray:5 3}
        .plot-note{font-size:12px}
        .plot-arrow{fill:none;stroke:currentColor;stroke-width:1.25}
        .plot-head{fill:currentColor;stroke:none}
        .plot-contour{fill:none;stroke-width:1}
        .plot-fill{stroke:none}
        .plot-quiver{fill:none;stroke:currentColor;stroke-width:1.1}
        .plot-heatmap{image-rendering:pixelated}
        .plot-legend-bg{fill:var(--plot-bg);fill-opacity:.88;stroke:var(--plot-grid)}
        .plot-legend text{font-size:12px}
        .plot-frame{fill:none;stroke:currentColor;stroke-opacity:.5}
        """
    }()
}
