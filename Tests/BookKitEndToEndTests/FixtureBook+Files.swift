import Foundation
import XCTest

/// Editing a fixture book, starting `book` in the background, and reading its output tree.
extension FixtureBook {
    func write(chapter name: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent("chapters/\(name)"), atomically: true, encoding: .utf8)
    }

    func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// Starts `book <arguments>` in the fixture's root, output to files under the root.
    func start(_ arguments: [String], name: String) throws -> Process {
        let process = Process()
        process.executableURL = FixtureBook.executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        try Data().write(to: url("\(name).out"))
        try Data().write(to: url("\(name).err"))
        process.standardOutput = try FileHandle(forWritingTo: url("\(name).out"))
        process.standardError = try FileHandle(forWritingTo: url("\(name).err"))
        try process.run()
        return process
    }

    func text(_ relativePath: String) -> String {
        (try? String(contentsOf: url(relativePath), encoding: .utf8)) ?? ""
    }

    /// Every file under `directory` (relative paths) with its bytes.
    func tree(_ directory: String) throws -> [String: Data] {
        let base = url(directory)
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = base.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    /// Names in the fixture's root, hidden ones included.
    func rootEntries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    }

    /// Modification time of a chapter program's executable in the cache's work directory.
    func executableDate(of slug: String) -> Date? {
        try? FileManager.default.attributesOfItem(atPath: url(".book-cache/work/\(slug)/chapter").path)[.modificationDate] as? Date
    }

    /// Waits up to `seconds` for `condition`.
    func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }
}

/// Live processes whose command line contains `text` (zombies excluded), from /proc.
func liveProcesses(commandLineContaining text: String) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.filter { Int($0) != nil }.compactMap { pid in
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { return nil }
        let commandLine = String(decoding: data.map { $0 == 0 ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
        return commandLine.contains(text) ? "\(pid): \(commandLine)" : nil
    }
}
