/// Command-line options of training-bench:
///
///     training-bench [--threads 1,2] [--peer PYTHON] [--peer-script bench/torch_peer.py] [--json FILE]
///
/// `--threads` takes one count or a comma-separated list; each count is measured in its own
/// worker process (see `Driver.swift`). `--worker` is how the driver starts those processes.
struct Options {
    var threads = [1]
    var peer: String?
    var peerScript = "bench/torch_peer.py"
    var json: String?
    var worker = false

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()[...]
        func value(_ flag: String) -> String {
            guard let value = rest.popFirst() else { fatalError("missing value after \(flag)") }
            return value
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--threads":
                let text = value(flag)
                let list = text.split(separator: ",").map { Int($0) }
                guard !list.isEmpty, list.allSatisfy({ ($0 ?? 0) > 0 }) else {
                    fatalError("--threads takes a positive count or a list such as 1,2; got \(text)")
                }
                threads = list.compactMap { $0 }
            case "--peer": peer = value(flag)
            case "--peer-script": peerScript = value(flag)
            case "--json": json = value(flag)
            case "--worker": worker = true
            default: fatalError("unknown option \(flag)")
            }
        }
        precondition(!worker || threads.count == 1, "a worker measures one thread count")
    }

    /// The arguments for the worker that measures `threads` and writes its record to `json`.
    func workerArguments(threads: Int, json: String) -> [String] {
        ["--worker", "--threads", String(threads), "--peer-script", peerScript, "--json", json]
            + (peer.map { ["--peer", $0] } ?? [])
    }
}
