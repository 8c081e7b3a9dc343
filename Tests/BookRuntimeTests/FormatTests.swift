import XCTest
@testable import BookRuntime

/// How numbers read in prose: the default format of inline values and `fmt`.
final class FormatTests: XCTestCase {
    let thin = "\u{2009}"

    func testDoublesDefaultToFourSignificantDigits() {
        XCTAssertEqual(fmt(0.1234567), "0.1235")
        XCTAssertEqual(fmt(3.14159265), "3.142")
        XCTAssertEqual(fmt(1234.5678), "1235")
        XCTAssertEqual(fmt(0.5), "0.5")
        XCTAssertEqual(fmt(2.0), "2")
        XCTAssertEqual(fmt(-0.25), "−0.25")
        XCTAssertEqual(fmt(0.000123456), "0.0001235")
    }

    func testWholeNumbersOfFiveAndSixDigitsAreRoundedAndGrouped() {
        XCTAssertEqual(fmt(12345.6), "12\(thin)346")
        XCTAssertEqual(fmt(99999.7), "100\(thin)000")
        XCTAssertEqual(fmt(-123456.0), "−123\(thin)456")
    }

    func testVerySmallAndLargeMagnitudesAreScientific() {
        XCTAssertEqual(fmt(1.2e-8), "1.2 × 10⁻⁸")
        XCTAssertEqual(fmt(1.23456e-5), "1.235 × 10⁻⁵")
        XCTAssertEqual(fmt(3e6), "3 × 10⁶")
        XCTAssertEqual(fmt(-6.02214076e23), "−6.022 × 10²³")
        XCTAssertEqual(fmt(999999.7), "1 × 10⁶")
    }

    func testSpecialValues() {
        XCTAssertEqual(fmt(0.0), "0")
        XCTAssertEqual(fmt(Double.nan), "NaN")
        XCTAssertEqual(fmt(Double.infinity), "∞")
        XCTAssertEqual(fmt(-Double.infinity), "−∞")
    }

    func testIntegersAreGroupedFromFiveDigits() {
        XCTAssertEqual(fmt(1234), "1234")
        XCTAssertEqual(fmt(12345), "12\(thin)345")
        XCTAssertEqual(fmt(1234567), "1\(thin)234\(thin)567")
        XCTAssertEqual(fmt(-98765), "−98\(thin)765")
        XCTAssertEqual(fmt(0), "0")
    }

    func testExplicitSignificantDigitsKeepTrailingZeros() {
        XCTAssertEqual(fmt(0.5, digits: 3), "0.500")
        XCTAssertEqual(fmt(1234.5, digits: 2), "1200")
        XCTAssertEqual(fmt(2.0 / 3.0, digits: 2), "0.67")
        XCTAssertEqual(fmt(4.2e-9, digits: 2), "4.2 × 10⁻⁹")
        XCTAssertEqual(fmt(1.0e-9, digits: 2), "1.0 × 10⁻⁹")
    }

    func testFixedDecimals() {
        XCTAssertEqual(fmt(2.5, decimals: 2), "2.50")
        XCTAssertEqual(fmt(2.0 / 3.0, decimals: 3), "0.667")
        XCTAssertEqual(fmt(123456.789, decimals: 1), "123\(thin)456.8")
        XCTAssertEqual(fmt(-0.001, decimals: 2), "0.00", "a value that rounds to zero has no sign")
        XCTAssertEqual(fmt(-1.5, decimals: 0), "−2")
        XCTAssertEqual(fmt(7.0, decimals: 0), "7")
    }

    func testInlineValuesFormatByType() {
        XCTAssertEqual(inlineText(0.1234567), "0.1235")
        XCTAssertEqual(inlineText(Float(0.5)), "0.5")
        XCTAssertEqual(inlineText(123456), "123\(thin)456")
        XCTAssertEqual(inlineText(UInt8(200)), "200")
        XCTAssertEqual(inlineText("SGD <b>"), "SGD <b>", "strings are inserted as they are (the page escapes them)")
        XCTAssertEqual(inlineText(fmt(0.5, digits: 2)), "0.50")
        XCTAssertEqual(inlineText(true), "true")
        XCTAssertEqual(inlineText([1, 2]), "[1, 2]")
        XCTAssertEqual(inlineText([0.5, 0.25].last as Any), "0.25", "an optional shows its value")
        XCTAssertEqual(inlineText([Double]().last as Any), "nil")
    }
}
