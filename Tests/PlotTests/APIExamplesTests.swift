import XCTest
import Foundation
import Plot

/// The examples from the module's documentation, written as chapter cells would
/// write them (public API only), so they keep compiling and rendering.
final class APIExamplesTests: XCTestCase {
    func testChapterStyleExamples() throws {
        let steps = Array(1...500)
        let sgd = steps.map { 1 / Double($0).squareRoot() + 0.01 }
        let adam = steps.map { 1 / Double($0) + 0.002 }

        // Log–log loss curves with a power-law guide.
        let loglog = Figure(alt: "Adam reaches a lower loss.", x: .log("step t"), y: .log("loss ℓ(θ_t)")) {
            Line(steps, sgd, label: "SGD, \\eta = 0.1")
            Line(steps, adam, label: "Adam")
            RefLine(exponent: -1, coefficient: 1, label: "∝ t^{-1}")
        }

        // Contours of a loss with a gradient-descent trajectory, equal aspect.
        var theta = (x: -1.8, y: 0.9)
        var path = [theta]
        for _ in 0..<20 {
            theta = (theta.x - 0.18 * theta.x, theta.y - 0.18 * 10 * theta.y)
            path.append(theta)
        }
        let contour = Figure(x: .linear("θ_1"), y: .linear("θ_2"), aspect: .equal) {
            Contour(x: -2...2, y: -1.2...1.2, levels: .log(9), colormap: nil) { x, y in 0.5 * (x * x + 10 * y * y) }
            Trajectory(path.map(\.x), path.map(\.y), label: "GD, \\eta = 0.18")
            Scatter([0.0], [0.0], label: "minimum θ^*", color: .foreground, symbol: .star, size: 9)
        }

        // Two panels sharing the y axis.
        let panels = Figure(shareY: true) {
            Panel(title: "SGD", x: .log("step"), y: .log("loss")) {
                Line(steps, sgd, label: "train")
                HLine(0.01, label: "noise floor")
            }
            Panel(title: "Adam", x: .log("step"), y: .log("loss")) {
                Line(steps, adam, label: "train")
            }
        }

        for fig in [loglog, contour, panels] {
            let svg = try fig.svg()
            XCTAssertTrue(svg.hasPrefix("<svg "))
            XCTAssertNil(XMLProbe.parse(svg).error)
        }
    }
}
