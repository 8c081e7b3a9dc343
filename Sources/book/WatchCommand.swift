import BookKit
import Foundation

/// `book watch`: builds, then rebuilds whenever a file under `chapters/` changes, printing
/// what changed and how long the rebuild took; pages open in a browser reload themselves
/// after each rebuild, keeping their scroll position. Runs until Ctrl-C.
struct WatchCommand {
    var arguments: Arguments

    func run() throws -> Never {
        var builder = try BuildCommand.builder(for: arguments)
        // Pages open in a browser reload themselves after each rebuild.
        builder.options.liveReload = true
        let options = builder.options
        let watcher = ChangeWatcher(directory: "\(options.root)/\(options.chaptersDirectory)",
                                    displayPrefix: options.chaptersDirectory)
        let verbosity = BuildCommand.verbosity(for: arguments)
        var snapshot = watcher.snapshot()
        rebuild(builder, verbosity: verbosity)
        while true {
            say("watching \(options.chaptersDirectory)/ for changes (Ctrl-C to stop)")
            let (next, changed) = watcher.waitForChange(since: snapshot)
            snapshot = next
            say("changed: \(changed.joined(separator: ", "))")
            rebuild(builder, verbosity: verbosity)
        }
    }

    /// Builds once; a build that cannot run at all is reported, and watching goes on.
    private func rebuild(_ builder: BookBuilder, verbosity: ProgressPrinter.Verbosity) {
        let printer = ProgressPrinter(verbosity: verbosity)
        let start = Date()
        do {
            let reports = try builder.build { printer.handle($0) }
            printer.finish()
            say(BuildCommand.summary(reports, seconds: Date().timeIntervalSince(start),
                                     output: builder.options.outputDirectory))
        } catch {
            printer.finish()
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        }
    }

    /// Prints a line at once: a watch session's log is read while it runs.
    private func say(_ line: String) {
        print(line)
        fflush(stdout)
    }
}
