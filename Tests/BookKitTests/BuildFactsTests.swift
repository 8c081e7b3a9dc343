import Foundation
import XCTest
@testable import BookKit

/// The colophon's facts come from the machine: the commit from git, the kernel from uname.
final class BuildFactsTests: XCTestCase {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func testCommitIsGitsHeadOrNilOutsideARepository() throws {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", Self.packageRoot, "rev-parse", "HEAD"]
        let output = Pipe()
        git.standardOutput = output
        git.standardError = FileHandle.nullDevice
        try git.run()
        let head = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        git.waitUntilExit()
        XCTAssertEqual(BuildFacts.gitCommit(root: Self.packageRoot), git.terminationStatus == 0 ? head : nil)

        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("no-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        XCTAssertNil(BuildFacts.gitCommit(root: outside.path))
    }

    func testKernelAndCompilerLine() {
        XCTAssertTrue(BuildFacts.operatingSystemKernel()?.hasPrefix("Linux ") ?? false)
        let facts = BuildFacts.collect(root: "/nonexistent", compilerVersion: "Swift version 6.0 (x)\nTarget: y\n", environment: [:])
        XCTAssertEqual(facts.compiler, "Swift version 6.0 (x)")
        XCTAssertEqual(facts.commit, "unknown")
    }
}
