import BookProtocol
import Foundation
import XCTest
@testable import BookRuntime

/// The runtime's side of the record channel, exercised in this test process.
final class RecordChannelTests: XCTestCase {
    func testChecksAndFiguresAreWrittenAsRecords() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString).jsonl").path
        setenv(RecordChannel.pathVariable, path, 1)
        defer { try? FileManager.default.removeItem(atPath: path) }

        _bookBeginCell(1)
        let checkLine = #line + 1
        XCTAssertTrue(check("one equals one", 1.0, approx: 1.0 + 1e-13, rtol: 1e-12))
        XCTAssertFalse(check("NaN is never close", Double.nan, approx: 0, atol: 1))
        XCTAssertFalse(check("two is less than one", 2, lessThan: 1))
        show(svg: "<svg/>", caption: "c")
        _bookFinish()

        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let records = try lines.map { try JSONDecoder().decode(Envelope.self, from: Data($0.utf8)).record }
        XCTAssertEqual(records.count, 6)
        XCTAssertEqual(records.first, .cellBegin(index: 1))
        XCTAssertEqual(records.last, .finished)
        guard case .check(let passed) = records[1], case .check(let nan) = records[2] else {
            return XCTFail("expected checks, got \(records)")
        }
        XCTAssertTrue(passed.passed)
        XCTAssertTrue(passed.location.hasSuffix("RecordChannelTests.swift:\(checkLine)"), passed.location)
        XCTAssertFalse(nan.passed)
        XCTAssertEqual(nan.detail, "measured NaN, expected 0 (atol 1); |difference| = NaN")
        XCTAssertEqual(records[4], .figure(FigureRecord(svg: "<svg/>", caption: "c")))
    }

    func testNumbersFormatWithoutBinaryNoise() {
        XCTAssertEqual(formatNumber(0.1 + 0.2), "0.3")
        XCTAssertEqual(formatNumber(12), "12")
        XCTAssertEqual(formatNumber(1.5e-12), "1.5e-12")
        XCTAssertEqual(formatNumber(-.infinity), "−∞")
    }
}
