import Foundation
import XCTest

/// A small book in a temporary directory, built by the real `book` executable that
/// `swift build -c release` made (as `make test` does before running the tests).
struct FixtureBook {
    let root: URL

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let executable = packageRoot.appendingPathComponent(".build/release/book")

    init(chapters: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("book-fixture-\(UUID().uuidString)")
        let chaptersDirectory = root.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: chaptersDirectory, withIntermediateDirectories: true)
        for (name, text) in chapters {
            try text.write(to: chaptersDirectory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `book <arguments>` in the fixture's root, with `environment` (nil: this process's).
    func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: FixtureBook.executable.path) else {
            XCTFail("\(FixtureBook.executable.path) is missing: run 'swift build -c release' first ('make test' does)")
            return Result(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = FixtureBook.executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    func page(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("output/\(name)"), encoding: .utf8)
    }
}
