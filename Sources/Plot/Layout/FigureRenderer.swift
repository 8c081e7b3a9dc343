import Foundation

/// Turns a `Figure` into SVG text: validates and resolves panels, lays them out,
/// places legends, draws, and wraps the result with accessibility metadata.
struct FigureRenderer {
    let figure: Figure

    func render(embedStylesheet: Bool) throws -> String {
        let columns = Swift.max(1, Swift.min(figure.columns ?? figure.panels.count, Swift.max(figure.panels.count, 1)))
        // A figure without panels still renders, as one empty panel.
        var panels = try (figure.panels.isEmpty ? [Panel {}] : figure.panels).map(ResolvedPanel.init)
        try ResolvedPanel.share(&panels, x: figure.shareX, y: figure.shareY, columns: columns)
        // When every panel that shows a legend would show the same one, show it
        // once, on the last of them. Hidden legends take no part: they neither
        // count as duplicates nor receive the shared legend.
        let withLegend = panels.indices.filter { !panels[$0].legend.isEmpty && panels[$0].panel.legend != .hidden }
        if withLegend.count > 1, withLegend.allSatisfy({ panels[$0].legend == panels[withLegend[0]].legend }) {
            for i in withLegend.dropLast() { panels[i].legend = [] }
        }
        let rows = Swift.max(1, (panels.count + columns - 1) / columns)
        let width = figure.width
        let height = figure.height ?? (rows == 1 ? (columns == 1 ? 400 : 320) : 270 * Double(rows))

        // Place legends on a first layout; if any must go outside, lay out again
        // with room for it and re-place the inside ones on the final geometry.
        let shown = panels.map { !$0.legend.isEmpty && $0.panel.legend != .hidden }
        var outside = panels.indices.map { shown[$0] && panels[$0].panel.legend == .outside }
        var frames = Layout.arrange(panels, width: width, height: height, columns: columns, outside: outside)
        var legends = place(panels, frames, outside: outside, allowOutside: true)
        let needOutside = panels.indices.map { shown[$0] && legends[$0] == nil }
        if needOutside != outside {
            outside = needOutside
            frames = Layout.arrange(panels, width: width, height: height, columns: columns, outside: outside)
            legends = place(panels, frames, outside: outside, allowOutside: false)
        }

        let token = "\u{1}id\u{1}"
        var body = SVGWriter()
        for i in panels.indices {
            PanelRenderer.render(panels[i], frames[i], legend: legends[i], prefix: "\(token)-\(i)", into: &body)
        }
        let description = describe(panels)
        let name = figure.title ?? panels.compactMap { $0.panel.title.map { TextMarkup($0).plain } }.first ?? summary(panels[0])
        let prefix = figure.id ?? "plot-" + FigureRenderer.hash(body.output + description + name)
        let content = body.output.replacingOccurrences(of: token, with: prefix)

        var w = SVGWriter()
        // Pages may lay figures of several panels out differently on narrow screens.
        let classes = panels.count > 1 ? "plot plot-panels" : "plot"
        w.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", classes), ("viewBox", "0 0 \(Num.px(width)) \(Num.px(height))"),
                       ("width", Num.px(width)), ("height", Num.px(height)), ("style", "width:100%;height:auto"),
                       ("role", "img"), ("aria-labelledby", "\(prefix)-title \(prefix)-desc")])
        w.open("title", [("id", "\(prefix)-title")], newline: false)
        w.raw(SVGWriter.escape(name))
        w.close("title")
        w.open("desc", [("id", "\(prefix)-desc")], newline: false)
        w.raw(SVGWriter.escape(description))
        w.close("desc")
        if embedStylesheet {
            w.open("style", newline: false)
            w.raw(SVGWriter.escape(Stylesheet.css, quotes: false))
            w.close("style")
        }
        w.raw(content)
        w.close("svg")
        return w.output
    }

    /// Inside legend rectangles for each panel; nil for outside or no legend.
    private func place(_ panels: [ResolvedPanel], _ frames: [PanelFrame], outside: [Bool], allowOutside: Bool) -> [Rect?] {
        panels.indices.map { i in
            let p = panels[i], f = frames[i]
            guard !p.legend.isEmpty, !outside[i] else { return nil }
            var points: [Point] = []
            if p.panel.legend == .auto {
                for (k, m) in p.marks.enumerated() {
                    points += m.occupancy(MarkContext(x: f.x, y: f.y, plot: f.plot, style: p.styles[k]))
                }
            }
            return Legend.place(p.legend, in: f.plot, avoiding: points, position: p.panel.legend, allowOutside: allowOutside)
        }
    }

    /// "Line plot with 3 series; x: step (log), y: loss (log)".
    private func summary(_ p: ResolvedPanel) -> String {
        var kinds: [(String, Int)] = []
        for m in p.marks {
            if let i = kinds.firstIndex(where: { $0.0 == m.kind }) { kinds[i].1 += 1 } else { kinds.append((m.kind, 1)) }
        }
        let what: String
        switch kinds.count {
        case 0: what = "Empty plot"
        case 1: what = kinds[0].0.prefix(1).uppercased() + kinds[0].0.dropFirst() + " plot" + (kinds[0].1 > 1 ? " with \(kinds[0].1) series" : "")
        default: what = "Plot with " + kinds.map { $0.1 > 1 ? "\($0.1) × \($0.0)" : $0.0 }.joined(separator: ", ")
        }
        func axis(_ name: String, _ a: Axis) -> String {
            let label = a.label.map { TextMarkup($0).plain } ?? "unlabelled"
            return "\(name): \(label)" + (a.scale == .linear ? "" : " (\(a.scale.name))")
        }
        return what + "; " + axis("x", p.panel.x) + ", " + axis("y", p.panel.y)
    }

    private func describe(_ panels: [ResolvedPanel]) -> String {
        var text: String
        if panels.count == 1 {
            text = summary(panels[0]) + "."
        } else {
            text = "Figure with \(panels.count) panels. " + panels.enumerated().map { i, p in
                "Panel \(i + 1)" + (p.panel.title.map { " (\(TextMarkup($0).plain))" } ?? "") + ": " + summary(p) + "."
            }.joined(separator: " ")
        }
        if let alt = figure.alt, !alt.isEmpty { text += " " + alt }
        return text
    }

    /// FNV-1a, 64-bit, of the UTF-8 bytes: a stable (unlike `hashValue`) content hash for IDs.
    static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return String(h, radix: 16)
    }
}
