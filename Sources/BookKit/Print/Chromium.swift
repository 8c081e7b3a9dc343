import Foundation

/// Headless Chromium as a printer: an HTML file in, a PDF with an outline out.
struct Chromium {
    /// The browser executable.
    var executable: String

    /// Executable names Debian and other distributions install.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first of `names` on `PATH` (`CHROMIUM` in the environment overrides), or throws
    /// `PrintError.chromiumMissing`.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Chromium {
        if let explicit = environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) {
            return Chromium(executable: explicit)
        }
        guard let executable = ExecutableSearch.find(names, environment: environment) else { throw PrintError.chromiumMissing }
        return Chromium(executable: executable)
    }

    /// Prints `html` (a file path) to `pdf`. Chromium's own header and footer (URL, date) are
    /// off; headings become PDF bookmarks. Chromium runs as a `ChildProcess`, in its own process
    /// group, so a timeout or Ctrl-C stops its helper processes too. Throws
    /// `PrintError.printFailed` with Chromium's last words when it exits non-zero, writes
    /// nothing, or takes longer than `timeout`.
    func print(html: String, to pdf: String, timeout: Double = 300) throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("book-chromium-\(getpid())").path
        let log = "\(profile).log"
        defer {
            try? FileManager.default.removeItem(atPath: profile)
            try? FileManager.default.removeItem(atPath: log)
        }
        let process = ChildProcess(
            executable: executable,
            arguments: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--user-data-dir=\(profile)", "--no-pdf-header-footer",
                        "--generate-pdf-document-outline", "--virtual-time-budget=10000",
                        "--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString],
            environment: ProcessInfo.processInfo.environment,
            workingDirectory: (html as NSString).deletingLastPathComponent,
            outputPath: log)
        let termination: ChildProcess.Termination
        do {
            termination = try process.run(timeout: timeout)
        } catch {
            throw PrintError.printFailed("cannot start \(executable): \(error)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int) ?? 0
        guard termination == .exited(0), size > 0 else {
            if termination == .timedOut {
                throw PrintError.printFailed("\(executable) did not finish printing within \(Int(timeout)) s")
            }
            let messages = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            let tail = messages.split(separator: "\n").suffix(3).joined(separator: " | ")
            throw PrintError.printFailed("\(executable) ended with \(termination): \(tail)")
        }
    }
}

/// Why the book could not be printed. Each reads as one sentence with the fix.
public enum PrintError: Error, Equatable, CustomStringConvertible {
    case chromiumMissing
    case printFailed(String)
    case noPages

    public var description: String {
        switch self {
        case .chromiumMissing:
            return "book pdf needs headless Chromium and found none on PATH; install it with 'sudo apt-get install chromium' (or run 'make pdf', which does), or set CHROMIUM to its path"
        case .printFailed(let message):
            return "printing the book failed: \(message)"
        case .noPages:
            return "the built book has no pages to print"
        }
    }
}
