import BookKit
import Foundation

/// `book build`: runs the chapters and reports one line per chapter and a summary.
struct BuildCommand {
    var arguments: Arguments

    func run() throws -> Int32 {
        let root = arguments.values["--root"] ?? FileManager.default.currentDirectoryPath
        var options = BuildOptions(root: URL(fileURLWithPath: root).standardizedFileURL.path)
        if let output = arguments.values["--output"] { options.outputDirectory = output }
        if let jobs = try arguments.positiveInteger("--jobs") { options.jobs = jobs }
        if let timeout = try arguments.positiveNumber("--timeout") { options.timeout = timeout }

        let toolchain = try Toolchain.locate(executablePath: CommandLine.arguments[0].contains("/")
            ? CommandLine.arguments[0] : Bundle.main.executablePath ?? CommandLine.arguments[0])
        let builder = BookBuilder(options: options, toolchain: toolchain)
        let start = Date()
        let lock = NSLock()
        let reports = try builder.build { report in
            lock.withLock {
                let run = report.run
                let status = report.hasErrors ? "FAILED" : "ok"
                print("\(status.padding(toLength: 6, withPad: " ", startingAt: 0)) \(report.chapter.path)  "
                    + "compile \(format(run.compileSeconds)) s, run \(format(run.runSeconds)) s, "
                    + "\(report.chapter.cells.count) cells, checks \(report.checksPassed) passed / \(report.checksFailed) failed")
                for problem in report.problems {
                    FileHandle.standardError.write(Data("\(problem)\n".utf8))
                }
            }
        } warnings: { diagnostics in
            for diagnostic in diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            }
        }
        let failed = reports.filter(\.hasErrors)
        let checks = reports.reduce(0) { $0 + $1.checksPassed + $1.checksFailed }
        let failedChecks = reports.reduce(0) { $0 + $1.checksFailed }
        print("\(reports.count) chapters, \(checks) checks (\(failedChecks) failed), "
            + "\(failed.count) chapters with errors, in \(format(Date().timeIntervalSince(start))) s; "
            + "book written to \(options.outputDirectory)/index.html")
        return failed.isEmpty ? 0 : 1
    }

    private func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }
}
