import BookKit
import Foundation

/// Prints a build's progress: a line per chapter as it finishes, problems on standard
/// error, and, on a terminal, a status line naming what is running, rewritten in place.
final class ProgressPrinter: @unchecked Sendable {
    enum Verbosity { case quiet, normal, verbose }

    private let verbosity: Verbosity
    private let isTerminal = isatty(STDOUT_FILENO) == 1
    private let lock = NSLock()
    private var total = 0
    private var finished = 0
    private var running: [(slug: String, since: Date)] = []
    private var statusShown = false
    private var ticker: Thread?

    init(verbosity: Verbosity) {
        self.verbosity = verbosity
    }

    func handle(_ event: BuildEvent) {
        lock.withLock {
            switch event {
            case .loaded(let count):
                total = count
            case .waitingForLock(let holder):
                let who = holder.map { "another build (pid \($0))" } ?? "another build"
                writeLine("waiting for \(who) to finish...", toError: true)
            case let .started(chapter, compileCommand):
                running.append((chapter.slug, Date()))
                if verbosity == .verbose { writeLine("compile \(chapter.path): \(compileCommand)") }
                startTickerIfNeeded()
            case .finished(let report):
                running.removeAll { $0.slug == report.chapter.slug }
                finished += 1
                if verbosity != .quiet { writeLine(Self.line(for: report)) }
                if verbosity == .verbose { Self.cellTimings(for: report).forEach { writeLine($0) } }
                for problem in report.problems { writeLine(problem, toError: true) }
            case .warnings(let diagnostics):
                for diagnostic in diagnostics { writeLine(diagnostic.description, toError: true) }
            case let .math(formulas, cached):
                if verbosity == .verbose { writeLine("math: \(formulas) formulas, \(cached) from cache") }
            }
            drawStatus()
        }
    }

    /// Clears the status line and stops redrawing it.
    func finish() {
        lock.withLock {
            ticker?.cancel()
            clearStatus()
        }
    }

    /// One line per cell that took a tenth of a second or more, slowest first: where a
    /// chapter spends its time.
    static func cellTimings(for report: ChapterReport) -> [String] {
        report.run.cellSeconds.filter { $0.value >= 0.1 }.sorted { $0.value > $1.value }.compactMap { index, seconds in
            guard let cell = report.chapter.cells.first(where: { $0.index == index }) else { return nil }
            let what = cell.kind == .code ? "cell \(index)" : "inline value `\(cell.source)`"
            return "    \(what) (\(report.chapter.path):\(cell.firstLine)): \(Self.seconds(seconds))"
        }
    }

    static func line(for report: ChapterReport) -> String {
        let status = report.skipped ? "skip" : report.hasErrors ? "FAILED" : "ok"
        let timing: String
        if report.skipped {
            timing = "not selected and not in the cache"
        } else if report.cached {
            timing = "cached"
        } else {
            timing = "compile \(seconds(report.run.compileSeconds)), run \(seconds(report.run.runSeconds))"
        }
        return "\(status.padding(toLength: 6, withPad: " ", startingAt: 0)) \(report.chapter.path)  \(timing), "
            + "\(report.chapter.codeCells.count) cells, checks \(report.checksPassed) passed / \(report.checksFailed) failed"
    }

    static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }

    private func writeLine(_ text: String, toError: Bool = false) {
        clearStatus()
        if toError {
            fflush(stdout)
            FileHandle.standardError.write(Data("\(text)\n".utf8))
        } else {
            print(text)
            fflush(stdout)
        }
    }

    private func drawStatus() {
        guard isTerminal, verbosity != .quiet, let first = running.first else { return }
        let elapsed = Int(Date().timeIntervalSince(first.since))
        let others = running.count > 1 ? " and \(running.count - 1) more" : ""
        print("\r\u{1B}[Krunning \(finished + 1)/\(max(total, finished + 1)): \(first.slug) (\(elapsed) s)\(others)",
              terminator: "")
        fflush(stdout)
        statusShown = true
    }

    private func clearStatus() {
        guard statusShown else { return }
        print("\r\u{1B}[K", terminator: "")
        fflush(stdout)
        statusShown = false
    }

    private func startTickerIfNeeded() {
        guard isTerminal, verbosity != .quiet, ticker == nil else { return }
        let thread = Thread { [weak self] in
            while !Thread.current.isCancelled {
                Thread.sleep(forTimeInterval: 0.5)
                guard let self else { return }
                self.lock.withLock { if !Thread.current.isCancelled { self.drawStatus() } }
            }
        }
        ticker = thread
        thread.start()
    }
}
