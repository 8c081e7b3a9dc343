import XCTest
import Foundation
@testable import Plot

/// Byte-for-byte comparison with stored SVGs of representative figures. After an
/// intended change, regenerate with `PLOT_UPDATE_GOLDEN=1 swift test --filter GoldenTests`
/// and review the diff (and the gallery screenshots) before committing.
final class GoldenTests: XCTestCase {
    private let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func check(_ name: String) throws {
        guard let item = Gallery.figures().first(where: { $0.name == name }) else { return XCTFail("no figure \(name)") }
        let svg = try item.figure.standaloneSVG()
        let url = directory.appendingPathComponent("\(name).svg")
        if ProcessInfo.processInfo.environment["PLOT_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try svg.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        if svg != golden {
            let a = svg.split(separator: "\n", omittingEmptySubsequences: false)
            let b = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            XCTFail("\(name).svg differs from the golden file at line \(line + 1); run with PLOT_UPDATE_GOLDEN=1 if intended")
        }
    }

    func testLogLogGolden() throws { try check("loglog") }
    func testContourTrajectoryGolden() throws { try check("contour-gd") }
    func testMultiPanelGolden() throws { try check("panels") }
    func testHeatmapGolden() throws { try check("heatmap") }
}
