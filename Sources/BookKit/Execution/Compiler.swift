import Foundation

/// Compiles a chapter program and maps swiftc's diagnostics back to Markdown lines.
struct Compiler {
    var toolchain: Toolchain
    var environment: [String: String]

    /// Compiles `source` into `executable`; returns the diagnostics and whether it succeeded.
    func compile(source: String, executable: String, workingDirectory: String,
                 logPath: String) throws -> (succeeded: Bool, diagnostics: [Diagnostic], log: String) {
        let process = ChildProcess(executable: toolchain.compiler,
                                   arguments: toolchain.compileArguments(source: source, output: executable),
                                   environment: environment, workingDirectory: workingDirectory,
                                   outputPath: logPath)
        let termination = try process.run(timeout: 600)
        let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        let diagnostics = Compiler.parseDiagnostics(log)
        return (termination == .exited(0), diagnostics, log)
    }

    /// Parses `file:line:col: severity: message` lines, as swiftc prints them.
    static func parseDiagnostics(_ log: String) -> [Diagnostic] {
        log.split(separator: "\n").compactMap { line -> Diagnostic? in
            let parts = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5,
                  let lineNumber = Int(parts[1]), let column = Int(parts[2]) else { return nil }
            guard let severity = Diagnostic.Severity(rawValue: parts[3].trimmed) else { return nil }
            return Diagnostic(severity, at: SourceLocation(file: String(parts[0]), line: lineNumber, column: column),
                              parts[4].trimmed)
        }
    }
}
