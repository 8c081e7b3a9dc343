import BookKit
import Foundation

/// `book pdf`: build the book (from the cache when nothing changed) and print it to
/// `<output>/book.pdf` with headless Chromium.
struct PDFCommand {
    static let options: Set<String> = BuildCommand.options.union(["--paper", "--solutions"])
    static let flags: Set<String> = BuildCommand.flags

    var arguments: Arguments

    func run() throws -> Int32 {
        let pdf = BookPDF(builder: try BuildCommand.builder(for: arguments),
                          paper: arguments.values["--paper"] ?? "A4",
                          solutions: arguments.values["--solutions"] ?? "end")
        let printer = ProgressPrinter(verbosity: BuildCommand.verbosity(for: arguments))
        let start = Date()
        defer { printer.finish() }
        let (reports, path) = try pdf.make { printer.handle($0) }
        printer.finish()
        let failed = reports.filter(\.hasErrors).count
        let checks = reports.reduce(0) { $0 + $1.checksPassed + $1.checksFailed }
        print("\(reports.count) chapters, \(checks) checks (\(reports.reduce(0) { $0 + $1.checksFailed }) failed), "
              + "\(failed) chapters with errors, in \(ProgressPrinter.seconds(Date().timeIntervalSince(start))); book printed to \(path)")
        return failed > 0 ? 1 : 0
    }
}
