import Engine
import Foundation

// Training benchmark: the engine's autodiff against PyTorch (CPU, float64), same machine,
// same thread count, same run. Prints a table of median times and engine/PyTorch ratios,
// and the peak RSS of a 2000-step training loop at step 100 and at step 2000.
//
//   training-bench [--threads N] [--peer PYTHON] [--peer-script bench/torch_peer.py] [--json FILE]

struct Options {
    var threads = 1
    var peer: String?
    var peerScript = "bench/torch_peer.py"
    var json: String?

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst().makeIterator()
        while let flag = rest.next() {
            guard let value = rest.next() else { fatalError("missing value after \(flag)") }
            switch flag {
            case "--threads": threads = Int(value) ?? 1
            case "--peer": peer = value
            case "--peer-script": peerScript = value
            case "--json": json = value
            default: fatalError("unknown option \(flag)")
            }
        }
    }
}

/// Median wall time of `body` in seconds over `repeats` runs after `warmup` runs.
func medianTime(warmup: Int = 3, repeats: Int = 15, _ body: () -> Void) -> Double {
    for _ in 0..<warmup { body() }
    var times: [Double] = []
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    }
    return times.sorted()[repeats / 2]
}

/// Peak resident set size of this process so far, in MiB (Linux reports KiB).
func peakRSS() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// The MLP 64-256-256-10 (tanh) problem on a batch of 512, with data from a fixed seed.
struct Problem {
    var model: MLP
    let X: Tensor
    let labels: [Int]

    init() {
        var rng = RNG(seed: 0)
        model = MLP(widths: [64, 256, 256, 10], activation: .tanh, biasScale: 0, rng: &rng)
        X = rng.normal([512, 64])
        labels = (0..<512).map { _ in rng.int(below: 10) }
    }

    /// Loss and gradients with respect to the parameter list (the graph is freed on return).
    func lossAndGradients() -> (Double, [Tensor]) {
        let params = model.parameters.map { Var($0, requiresGrad: true) }
        let loss = crossEntropy(model.apply(params, X), labels: labels)
        return (loss.scalar, gradients(of: loss, withRespectTo: params).map(\.value))
    }

    /// The Hessian-vector product of the loss with respect to the parameter list along `v`.
    func hessianVectorProduct(_ v: [Tensor]) -> [Tensor] {
        let params = model.parameters.map { Var($0, requiresGrad: true) }
        let loss = crossEntropy(model.apply(params, X), labels: labels)
        let g = gradients(of: loss, withRespectTo: params, createGraph: true)
        let gv = zip(g, v).map { ($0 * $1).sum() }.reduce(Var(0.0), +)
        return gradients(of: gv, withRespectTo: params).map(\.value)
    }
}

let options = Options(CommandLine.arguments)
setBLASThreadCount(options.threads)
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

/// Runs the PyTorch peer and reads its `name seconds` lines.
func peerTimes() -> [String: Double] {
    guard let python = options.peer else { return [:] }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [options.peerScript, "--threads", String(options.threads)]
    var environment = ProcessInfo.processInfo.environment
    for key in ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"] { environment[key] = String(options.threads) }
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

let torch = peerTimes()
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
    let text = "{\"threads\": \(options.threads), \"blas\": \"\(blasConfiguration())\",\n " + records.joined(separator: ",\n ") + "}\n"
    try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
}
