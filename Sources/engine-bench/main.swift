import Engine
import Foundation

/// engine-bench: times the engine against NumPy on the same machine in the same run.
///
///     engine-bench [--threads 1,2] [--rounds 3] [--only gemv_4096x256,...] [--peer PYTHON]
///                  [--peer-script bench/engine_peer.py] [--json PATH]
///
/// For each thread count the program re-runs itself as a worker with OPENBLAS_NUM_THREADS
/// (and OMP_NUM_THREADS) set before start-up, because OpenBLAS reads them only when it
/// loads; the worker times the engine, then runs the NumPy peer with the same environment.
/// Without --threads one worker runs with the inherited environment. OPENBLAS_CORETYPE is
/// set for the workers from /proc/cpuinfo (SkylakeX with avx512f, Haswell with avx2) unless
/// it is already set. The workers run `--rounds` times, alternating thread counts, and each
/// time is the median over rounds of per-round medians, so that load from other processes
/// on a shared machine hits both sides alike. Prints a table of times and ratios; --json
/// writes them.

struct Options {
    var threads: [Int] = []
    var rounds = 3
    var peer: String?
    var peerScript = "bench/engine_peer.py"
    var json: String?
    var only: [String] = []
    var worker = false

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let v = rest.popFirst() else { throw BenchError.usage("\(flag) needs a value") }
            return v
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--threads":
                let list = try value(flag).split(separator: ",").compactMap { Int($0) }
                guard !list.isEmpty, list.allSatisfy({ $0 > 0 }) else { throw BenchError.usage("--threads takes e.g. 1,2") }
                threads = list
            case "--rounds":
                guard let n = Int(try value(flag)), n > 0 else { throw BenchError.usage("--rounds takes a positive integer") }
                rounds = n
            case "--peer": peer = try value(flag)
            case "--peer-script": peerScript = try value(flag)
            case "--json": json = try value(flag)
            case "--only": only = try value(flag).split(separator: ",").map(String.init)
            case "--worker": worker = true
            default: throw BenchError.usage("unknown argument \(flag)")
            }
        }
    }

    /// The flags a worker needs.
    var workerArguments: [String] {
        ["--worker", "--peer-script", peerScript] + (peer.map { ["--peer", $0] } ?? [])
            + (only.isEmpty ? [] : ["--only", only.joined(separator: ",")])
    }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case childFailed(String, Int32, String)
    case badOutput(String)

    var description: String {
        switch self {
        case let .usage(message):
            return "\(message)\nusage: engine-bench [--threads 1,2] [--rounds N] [--only CASE,...] [--peer PYTHON] [--peer-script FILE] [--json PATH]"
        case let .childFailed(command, status, stderr): return "\(command) exited with status \(status)\n\(stderr)"
        case let .badOutput(command): return "\(command) did not print the expected JSON"
        }
    }
}

/// Runs `executable` with `arguments` and `environment`, returning its standard output.
func capture(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchError.childFailed(([executable] + arguments).joined(separator: " "), process.terminationStatus, errorText)
    }
    return data
}

/// SkylakeX or Haswell from the CPU flags, for Debian's OpenBLAS which misdetects some CPUs.
func detectedCoretype() -> String? {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
    let flags = Set(info.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
    if flags.contains("avx512f") { return "SkylakeX" }
    if flags.contains("avx2") { return "Haswell" }
    return nil
}

/// Worker mode: time the engine, then the NumPy peer, at the thread count of this process.
func runWorker(_ options: Options) throws {
    let engine = try Cases.run(only: options.only.isEmpty ? nil : Set(options.only))
    var numpy: [String: Double] = [:], numpyBLAS = "not run"
    if let python = options.peer {
        let arguments = [options.peerScript] + (options.only.isEmpty ? [] : ["--only", options.only.joined(separator: ",")])
        let data = try capture(python, arguments, environment: ProcessInfo.processInfo.environment)
        struct PeerOutput: Decodable { var blas: String; var results: [String: Double] }
        guard let peer = try? JSONDecoder().decode(PeerOutput.self, from: data) else {
            throw BenchError.badOutput(python + " " + options.peerScript)
        }
        numpy = peer.results
        numpyBLAS = peer.blas
    }
    let run = ThreadRun(threads: blasThreadCount(), engineBLAS: blasConfiguration(),
                        numpyBLAS: numpyBLAS, engine: engine, numpy: numpy)
    FileHandle.standardOutput.write(try JSONEncoder().encode(run))
}

/// Driver mode: one worker per thread count, then the table and the JSON file.
func runDriver(_ options: Options) throws {
    var environment = ProcessInfo.processInfo.environment
    if environment["OPENBLAS_CORETYPE"] == nil, let coretype = detectedCoretype() {
        environment["OPENBLAS_CORETYPE"] = coretype
    }
    let threadCounts = options.threads.isEmpty ? [0] : options.threads
    var rounds: [[ThreadRun]] = []
    for _ in 0..<options.rounds {
        var round: [ThreadRun] = []
        for threads in threadCounts {
            var env = environment
            if threads > 0 {
                for key in ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"] { env[key] = "\(threads)" }
            }
            let data = try capture("/proc/self/exe", options.workerArguments, environment: env)
            guard let run = try? JSONDecoder().decode(ThreadRun.self, from: data) else {
                throw BenchError.badOutput("engine-bench --worker")
            }
            round.append(run)
        }
        rounds.append(round)
    }
    let runs = threadCounts.indices.map { index in Report.medianRun(rounds.map { $0[index] }) }
    print("engine BLAS: \(runs.first?.engineBLAS ?? "?")")
    print("numpy BLAS:  \(runs.first?.numpyBLAS ?? "?")")
    print("OPENBLAS_CORETYPE=\(environment["OPENBLAS_CORETYPE"] ?? "(unset)")\n")
    print(Report.table(runs))
    if let path = options.json {
        let report = BenchReport(date: ISO8601DateFormatter().string(from: Date()),
                                 coretype: environment["OPENBLAS_CORETYPE"] ?? "",
                                 runs: runs, ratios: Report.ratios(runs))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try encoder.encode(report).write(to: URL(fileURLWithPath: path))
        print("\nwrote \(path)")
    }
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    try options.worker ? runWorker(options) : runDriver(options)
} catch {
    FileHandle.standardError.write(Data("engine-bench: \(error)\n".utf8))
    exit(1)
}
