import Foundation

/// Maps over an array on `jobs` dedicated threads, keeping the input order.
///
/// Chapter jobs mostly wait on child processes, so `--jobs 4` on two cores should really
/// run four; `DispatchQueue.concurrentPerform` would cap the width at the core count.
enum WorkerPool {
    static func map<T, U>(_ items: [T], jobs: Int, _ transform: @escaping (T) -> U) -> [U] {
        let queue = WorkQueue<U>(count: items.count)
        let done = DispatchGroup()
        for _ in 0..<max(1, min(jobs, items.count)) {
            done.enter()
            let worker = Thread {
                while let index = queue.take() {
                    queue.put(transform(items[index]), at: index)
                }
                done.leave()
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        done.wait()
        return queue.results
    }
}

/// The next index to work on and the results so far, behind a lock.
private final class WorkQueue<U>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [U?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func take() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func put(_ value: U, at index: Int) { lock.withLock { slots[index] = value } }

    var results: [U] { lock.withLock { slots.compactMap { $0 } } }
}
