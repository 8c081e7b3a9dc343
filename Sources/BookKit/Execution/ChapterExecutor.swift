import BookProtocol
import Foundation

/// Compiles and runs one chapter's program and collects each cell's results.
public struct ChapterExecutor: Sendable {
    public var toolchain: Toolchain
    /// Directory the chapter programs run in (the book's root, so relative data paths work).
    public var projectDirectory: String
    /// Seconds a chapter program may run unless its cells ask for more.
    public var defaultTimeout: Double
    /// Bytes of printed text kept per cell; the rest is replaced by a note.
    public var outputLimit: Int
    /// The compiler's and the chapter programs' environment (see `Toolchain.childEnvironment`).
    public var environment: [String: String]

    public init(toolchain: Toolchain, projectDirectory: String,
                defaultTimeout: Double = 300, outputLimit: Int = 1 << 20,
                environment: [String: String] = Toolchain.childEnvironment()) {
        self.toolchain = toolchain
        self.projectDirectory = projectDirectory
        self.defaultTimeout = defaultTimeout
        self.outputLimit = outputLimit
        self.environment = environment
    }

    /// Runs `chapter`'s cells, using `workDirectory` (created if needed) for the program,
    /// its executable and its outputs.
    public func execute(_ chapter: Chapter, workDirectory: String) -> ChapterRun {
        var run = ChapterRun()
        guard !chapter.cells.isEmpty else { return run }
        let files = WorkFiles(directory: workDirectory)
        do {
            try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
            try ProgramSynthesizer.program(for: chapter.cells, chapterPath: chapter.path)
                .write(toFile: files.source, atomically: true, encoding: .utf8)

            let compileStart = Date()
            let compiler = Compiler(toolchain: toolchain, environment: environment)
            let compiled = try compiler.compile(source: files.source, executable: files.executable,
                                                workingDirectory: projectDirectory, logPath: files.compileLog)
            run.compileSeconds = Date().timeIntervalSince(compileStart)
            run.compilerDiagnostics = compiled.diagnostics
            guard compiled.succeeded else {
                if compiled.diagnostics.isEmpty {
                    run.failure = .launch("the compiler failed without a diagnostic:\n\(compiled.log)")
                } else {
                    run.failure = .compile
                }
                return run
            }

            var childEnvironment = environment
            childEnvironment[RecordChannel.pathVariable] = files.records
            _ = FileManager.default.createFile(atPath: files.records, contents: nil)
            let timeout = chapter.cells.compactMap(\.options.timeout).max() ?? defaultTimeout
            let runStart = Date()
            let termination = try ChildProcess(executable: files.executable, arguments: [],
                                               environment: childEnvironment,
                                               workingDirectory: projectDirectory,
                                               outputPath: files.output).run(timeout: timeout)
            run.runSeconds = Date().timeIntervalSince(runStart)
            try collect(into: &run, files: files, termination: termination, timeout: timeout)
        } catch {
            run.failure = .launch(String(describing: error))
        }
        switch run.failure {
        case .timedOut, .launch: run.isTransient = true
        default: break
        }
        return run
    }

    /// The compiler command line for `chapter`'s program in `workDirectory`, as `--verbose` shows it.
    public func compileCommand(workDirectory: String) -> String {
        let files = WorkFiles(directory: workDirectory)
        return ([toolchain.compiler] + toolchain.compileArguments(source: files.source, output: files.executable))
            .joined(separator: " ")
    }

    private struct WorkFiles {
        let directory: String
        var source: String { "\(directory)/main.swift" }
        var executable: String { "\(directory)/chapter" }
        var compileLog: String { "\(directory)/compile.log" }
        var output: String { "\(directory)/output.txt" }
        var records: String { "\(directory)/records.jsonl" }
    }

    /// Splits the program's text output at the record offsets and files everything under its cell.
    private func collect(into run: inout ChapterRun, files: WorkFiles,
                         termination: ChildProcess.Termination, timeout: Double) throws {
        let envelopes = decodeRecords(at: files.records)
        let output = try OutputFile(path: files.output)
        var current: Int?
        var consumed = 0
        var finished = false
        var cellStart = 0.0

        func takeText(upTo offset: Int) {
            let end = min(max(offset, consumed), output.size)
            guard end > consumed, let cell = current else { consumed = max(consumed, end); return }
            let alreadyKept = run.cells[cell, default: []].reduce(0) { total, item in
                if case .text(let text, _) = item { return total + text.utf8.count }
                return total
            }
            let (text, truncated) = output.text(from: consumed, to: end, limit: max(0, outputLimit - alreadyKept))
            if !text.isEmpty || truncated { run.cells[cell, default: []].append(.text(text, truncated: truncated)) }
            consumed = end
        }

        for envelope in envelopes {
            takeText(upTo: envelope.outputOffset)
            switch envelope.record {
            case .cellBegin, .finished:
                // The cell that was running ends where the next one begins.
                if let cell = current { run.cellSeconds[cell] = envelope.elapsed - cellStart }
            case .figure, .check, .table, .value:
                break
            }
            switch envelope.record {
            case .cellBegin(let index):
                current = index
                cellStart = envelope.elapsed
                run.cells[index] = run.cells[index] ?? []
            case .figure(let figure): current.map { run.cells[$0, default: []].append(.figure(figure)) }
            case .check(let check): current.map { run.cells[$0, default: []].append(.check(check)) }
            case .table(let table): current.map { run.cells[$0, default: []].append(.table(table)) }
            case .value(let text): current.map { run.cells[$0, default: []].append(.value(text)) }
            case .finished: finished = true
            }
        }
        takeText(upTo: output.size)

        switch termination {
        case .exited(0) where finished:
            break
        case .exited(let status):
            run.failure = .crashed(cell: current, reason: status == 0
                ? "the program exited before the end of the chapter"
                : "the program exited with status \(status)")
        case .signaled(let signal):
            let message = current.flatMap { ChapterExecutor.trimCrashReport(in: &run.cells[$0, default: []]) }
            run.failure = .crashed(cell: current, reason: message ?? ChapterExecutor.describe(signal: signal))
            run.isTransient = signal == SIGKILL
        case .timedOut:
            run.failure = .timedOut(cell: current, seconds: timeout)
        }
    }

    private func decodeRecords(at path: String) -> [Envelope] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let decoder = JSONDecoder()
        // A record cut short by a crash is the last line; it and any garbage are skipped.
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(Envelope.self, from: Data($0)) }
    }

    /// Removes the runtime's stack trace (addresses without symbols, useless to a reader)
    /// from a crashed cell's last text, and returns the runtime's one-line error message.
    static func trimCrashReport(in items: inout [CellItem]) -> String? {
        guard case .text(let text, let truncated)? = items.last else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let trace = lines.firstIndex(where: { $0.hasPrefix("Current stack trace:") }) {
            lines.removeSubrange(trace...)
        }
        let message = lines.last { $0.contains("Fatal error") || $0.contains("Precondition failed")
            || $0.contains("Assertion failed") }
        let kept = lines.joined(separator: "\n")
        items[items.count - 1] = .text(kept.isEmpty || kept.hasSuffix("\n") ? kept : kept + "\n", truncated: truncated)
        if kept.isEmpty { items.removeLast() }
        return message.map { String($0) }
    }

    static func describe(signal: Int32) -> String {
        switch signal {
        case SIGILL, SIGTRAP:
            return "the program trapped (a failed precondition, an index out of range, a forced unwrap of nil, or fatalError)"
        case SIGSEGV, SIGBUS: return "the program crashed with a memory access error (signal \(signal))"
        case SIGFPE: return "the program crashed with an arithmetic error (SIGFPE)"
        case SIGABRT: return "the program aborted (SIGABRT)"
        case SIGKILL: return "the program was killed (SIGKILL; out of memory?)"
        default: return "the program was stopped by signal \(signal)"
        }
    }
}

/// The program's combined text output, read in slices so a runaway cell cannot exhaust memory.
private struct OutputFile {
    let handle: FileHandle
    let size: Int

    init(path: String) throws {
        handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        size = Int(try handle.seekToEnd())
    }

    /// Text between byte offsets, at most `limit` bytes of it (cut at a character boundary).
    func text(from start: Int, to end: Int, limit: Int) -> (String, truncated: Bool) {
        let wanted = min(end - start, limit)
        let truncated = wanted < end - start
        guard wanted > 0 else { return ("", truncated) }
        try? handle.seek(toOffset: UInt64(start))
        let data = (try? handle.read(upToCount: wanted)) ?? Data()
        var text = String(decoding: data, as: UTF8.self)
        if truncated, text.last == "\u{FFFD}" { text.removeLast() }
        return (text, truncated)
    }
}
