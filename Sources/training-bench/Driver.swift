import Foundation

/// Driver mode: one worker process per thread count, in order. OpenBLAS reads
/// OPENBLAS_NUM_THREADS only when it loads, so each count gets a fresh process with the
/// variable set before start-up (the worker also calls `setBLASThreadCount`, and the
/// PyTorch peer gets `torch.set_num_threads`). Workers print their tables as they finish;
/// with `--json`, their records are collected into `{"runs": [...]}`.
func runDriver(_ options: Options) {
    let scratch = FileManager.default.temporaryDirectory
        .appendingPathComponent("training-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }

    var records: [String] = []
    for (index, threads) in options.threads.enumerated() {
        if index > 0 { print("") }
        print("== \(threads) thread\(threads == 1 ? "" : "s") ==")
        let recordPath = scratch.appendingPathComponent("threads-\(threads).json").path
        var environment = ProcessInfo.processInfo.environment
        for key in threadVariables { environment[key] = String(threads) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = options.workerArguments(threads: threads, json: recordPath)
        process.environment = environment
        do { try process.run() } catch { fatalError("training-bench: worker failed to start: \(error)") }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            fatalError("training-bench: worker for \(threads) threads exited with status \(process.terminationStatus)")
        }
        if let record = try? String(contentsOfFile: recordPath, encoding: .utf8) {
            records.append(record.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
    if let path = options.json {
        let text = "{\"runs\": [\n" + records.joined(separator: ",\n") + "\n]}\n"
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
