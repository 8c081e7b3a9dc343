import XCTest
@testable import Plot

final class TextMarkupTests: XCTestCase {
    func testGreekScriptsAndEscapes() {
        XCTAssertEqual(TextMarkup("\\eta").plain, "η")
        XCTAssertEqual(TextMarkup("α·λ_max").runs, [.init(text: "α·λ", level: 0), .init(text: "max", level: -1)])
        XCTAssertEqual(TextMarkup("10^{-3}").runs, [.init(text: "10", level: 0), .init(text: "−3", level: 1)])
        XCTAssertEqual(TextMarkup("10^-3 s").runs.map(\.text), ["10", "−3", " s"])
        XCTAssertEqual(TextMarkup("x_{t+1} = x_t").runs.map(\.level), [0, -1, 0, -1])
        XCTAssertEqual(TextMarkup("a\\_b \\\\ \\unknown").plain, "a_b \\ \\unknown")
        XCTAssertEqual(TextMarkup("cross-entropy").plain, "cross-entropy")
        XCTAssertEqual(TextMarkup("").plain, "")
        XCTAssertEqual(TextMarkup("e^").plain, "e")
    }

    func testSVGUsesTspansThatReturnToBaseline() {
        let svg = TextMarkup("λ_max < 2/\\eta").svg(fontSize: 10)
        XCTAssertEqual(svg, "λ<tspan dy=\"2.5\" class=\"plot-script\">max</tspan><tspan dy=\"-2.5\"> &lt; 2/η</tspan>")
        XCTAssertEqual(TextMarkup("plain & simple").svg(fontSize: 12), "plain &amp; simple")
    }
}
