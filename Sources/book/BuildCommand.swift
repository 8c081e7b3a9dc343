import BookKit
import Foundation

/// `book build` and `book check`: run the chapters (or take them from the cache), write
/// the book, and report. `check` does the same work but prints only problems and the summary.
struct BuildCommand {
    static let options: Set<String> = ["--root", "--output", "--jobs", "--timeout"]
    static let flags: Set<String> = ["--no-cache", "--quiet", "--verbose"]

    var arguments: Arguments
    /// `book check`: print only errors, failed claims and the summary.
    var problemsOnly = false

    func run() throws -> Int32 {
        let builder = try BuildCommand.builder(for: arguments)
        let printer = ProgressPrinter(verbosity: BuildCommand.verbosity(for: arguments, problemsOnly: problemsOnly))
        let start = Date()
        defer { printer.finish() }
        let reports = try builder.build { printer.handle($0) }
        printer.finish()
        print(BuildCommand.summary(reports, seconds: Date().timeIntervalSince(start),
                                   output: builder.options.outputDirectory))
        return reports.contains(where: \.hasErrors) ? 1 : 0
    }

    /// From `--quiet` and `--verbose`, shared by `build`, `check` and `watch`; `problemsOnly`
    /// (`book check`) is quiet.
    static func verbosity(for arguments: Arguments, problemsOnly: Bool = false) -> ProgressPrinter.Verbosity {
        problemsOnly || arguments.flags.contains("--quiet") ? .quiet
            : arguments.flags.contains("--verbose") ? .verbose : .normal
    }

    /// A builder for the options shared by `build`, `check` and `watch`.
    static func builder(for arguments: Arguments) throws -> BookBuilder {
        var options = BuildCommand.options(for: arguments.values)
        if let jobs = try arguments.positiveInteger("--jobs") { options.jobs = jobs }
        if let timeout = try arguments.positiveNumber("--timeout") { options.timeout = timeout }
        options.useCache = !arguments.flags.contains("--no-cache")
        options.selection = arguments.positionals
        return BookBuilder(options: options, toolchain: try locateToolchain())
    }

    /// The book's root and output directory from `--root` and `--output`.
    static func options(for values: [String: String]) -> BuildOptions {
        let root = values["--root"] ?? FileManager.default.currentDirectoryPath
        var options = BuildOptions(root: URL(fileURLWithPath: root).standardizedFileURL.path)
        if let output = values["--output"] { options.outputDirectory = output }
        return options
    }

    static func locateToolchain() throws -> Toolchain {
        try Toolchain.locate(executablePath: CommandLine.arguments[0].contains("/")
            ? CommandLine.arguments[0] : Bundle.main.executablePath ?? CommandLine.arguments[0])
    }

    /// One line: chapters, cache hits, checks, failures, time, and where the book is.
    static func summary(_ reports: [ChapterReport], seconds: Double, output: String) -> String {
        let failed = reports.filter(\.hasErrors).count
        let cached = reports.filter(\.cached).count
        let skipped = reports.filter(\.skipped).count
        let checks = reports.reduce(0) { $0 + $1.checksPassed + $1.checksFailed }
        let failedChecks = reports.reduce(0) { $0 + $1.checksFailed }
        return "\(reports.count) chapters (\(reports.count - cached - skipped) run, \(cached) cached"
            + "\(skipped > 0 ? ", \(skipped) skipped" : "")), \(checks) checks (\(failedChecks) failed), "
            + "\(failed) chapters with errors, in \(ProgressPrinter.seconds(seconds)); "
            + "book written to \(output)/index.html"
    }
}
