import XCTest
@testable import BookKit

/// FIPS 180-4 example vectors, plus block-boundary and incremental-update cases.
final class SHA256Tests: XCTestCase {
    func testFIPSVectors() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([UInt8]()),
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testMillionAs() {
        var hasher = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        XCTAssertEqual(hasher.finalizeHex(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testIncrementalUpdatesMatchOneShotAtEveryLength() {
        let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 200] {
            let message = Array(bytes.prefix(length))
            var hasher = SHA256()
            for split in stride(from: 0, to: length, by: 7) { hasher.update(message[split..<min(split + 7, length)]) }
            XCTAssertEqual(hasher.finalizeHex(), SHA256.hex(message), "length \(length)")
        }
    }

    func testFieldsAreSeparated() {
        var first = SHA256(), second = SHA256()
        first.update(field: "ab"); first.update(field: "c")
        second.update(field: "a"); second.update(field: "bc")
        XCTAssertNotEqual(first.finalizeHex(), second.finalizeHex())
    }
}
