import Engine
import Foundation

/// Worker mode: measures the engine and the PyTorch peer at one thread count (this
/// process's), prints the table, and writes the record to `options.json` if given.
func runWorker(_ options: Options) {
    let threads = options.threads[0]
    setBLASThreadCount(threads)
    print("BLAS: \(blasConfiguration()), threads \(blasThreadCount())")

    var problem = Problem()
    var sgd = SGD(learningRate: 0.01)
    let trainStep = medianTime {
        let (_, g) = problem.lossAndGradients()
        sgd.step(&problem.model.parameters, g)
    }
    var adamProblem = Problem()
    var adam = Adam(learningRate: 1e-3)
    let adamStep = medianTime {
        let (_, g) = adamProblem.lossAndGradients()
        adam.step(&adamProblem.model.parameters, g)
    }
    var vrng = RNG(seed: 1)
    let direction = problem.model.parameters.map { vrng.normal($0.shape) }
    let hvpTime = medianTime { _ = problem.hessianVectorProduct(direction) }

    var nrng = RNG(seed: 2)
    let ntkModel = MLP(widths: [64, 1024, 1], activation: .relu, parameterization: .ntk, rng: &nrng)
    let ntkInputs = nrng.normal([128, 64])
    let ntkTime = medianTime(warmup: 1, repeats: 5) { _ = empiricalNTK(ntkModel, ntkInputs) }

    // Memory: a 2000-step SGD loop; the peak RSS must not grow after step 100.
    var memoryProblem = Problem()
    var memorySGD = SGD(learningRate: 0.01)
    var rssAt100 = 0.0
    for step in 1...2000 {
        let (_, g) = memoryProblem.lossAndGradients()
        memorySGD.step(&memoryProblem.model.parameters, g)
        if step == 100 { rssAt100 = peakRSS() }
    }
    let rssAt2000 = peakRSS()

    let ours: [(String, Double, Double)] = [
        ("train_step", trainStep, 1.0), ("adam_step", adamStep, 1.0), ("hvp", hvpTime, 1.2), ("ntk", ntkTime, 1.5),
    ]
    let torch = peerTimes(options, threads: threads)
    print("")
    print("case         engine ms   torch ms   ratio   target")
    var records: [String] = []
    for (name, seconds, target) in ours {
        let peer = torch[name]
        let ratio = peer.map { seconds / $0 }
        let verdict = ratio.map { $0 <= target ? "ok" : "MISSED" } ?? "-"
        print(name.padding(toLength: 12, withPad: " ", startingAt: 0)
              + String(format: " %9.3f  %9.3f  %6.2f  <= %.1f %@", seconds * 1e3, (peer ?? .nan) * 1e3, ratio ?? .nan, target, verdict))
        records.append("\"\(name)\": {\"engine_s\": \(seconds), \"torch_s\": \(peer ?? -1), \"target\": \(target)}")
    }
    let grew = rssAt2000 > rssAt100 * 1.02 + 1
    print(String(format: "peak RSS: %.1f MiB at step 100, %.1f MiB at step 2000 (%@)", rssAt100, rssAt2000, grew ? "GROWS" : "no growth"))
    records.append("\"rss_mib\": {\"step100\": \(rssAt100), \"step2000\": \(rssAt2000)}")
    if let path = options.json {
        let text = "{\"threads\": \(threads), \"blas\": \"\(blasConfiguration())\",\n " + records.joined(separator: ",\n ") + "}\n"
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Runs the PyTorch peer at `threads` threads and reads its `name seconds` lines.
private func peerTimes(_ options: Options, threads: Int) -> [String: Double] {
    guard let python = options.peer else { return [:] }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [options.peerScript, "--threads", String(threads)]
    var environment = ProcessInfo.processInfo.environment
    for key in threadVariables { environment[key] = String(threads) }
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { print("peer failed to start: \(error)"); return [:] }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var result: [String: Double] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let parts = line.split(separator: " ")
        if parts.count == 2, let seconds = Double(parts[1]) { result[String(parts[0])] = seconds }
        else { print("peer: \(line)") }
    }
    return result
}

/// The environment variables through which BLAS and OpenMP libraries take a thread count.
let threadVariables = ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"]
