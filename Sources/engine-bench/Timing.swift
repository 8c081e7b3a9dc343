import Foundation

/// Median-of-samples timing, the same method as `bench/engine_peer.py`: one warm-up call,
/// then enough calls per sample for a sample to last at least `minimumSample` seconds,
/// and the median over the samples of the time per call.
///
/// With `ENGINE_BENCH_CLOCK=process` in the environment both sides measure the process's
/// CPU time instead of wall time: on a machine shared with other jobs a 1-thread case then
/// does not count the time it spent descheduled (with 2 threads CPU time adds up both
/// threads, spinning included, so use it for 1-thread comparisons only).
enum Timing {
    static let minimumSample = 0.02
    static let clock = ProcessInfo.processInfo.environment["ENGINE_BENCH_CLOCK"] == "process"
        ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    /// Seconds per call of `body`, median over samples.
    static func median(_ body: () -> Void) -> Double {
        let start = now()
        body()
        let first = Swift.max(now() - start, 1e-9)
        let perSample = Swift.max(1, Int((minimumSample / first).rounded(.up)))
        let samples = first > 0.25 ? 5 : (first > 0.05 ? 7 : 15)
        var times: [Double] = []
        for _ in 0..<samples {
            let t0 = now()
            for _ in 0..<perSample { body() }
            times.append((now() - t0) / Double(perSample))
        }
        times.sort()
        return times[times.count / 2]
    }
}

/// Keeps results observable so the optimizer cannot drop the work being timed.
final class Sink: @unchecked Sendable {
    static let shared = Sink()
    var value = 0.0
    func consume(_ x: Double) { value += x }
}
