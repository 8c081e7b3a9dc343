import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on `<cache>/lock`, held while a build writes the cache and the
/// output directory, so two builds of one book take turns instead of corrupting each
/// other. The kernel releases it when the process ends, however it ends.
public final class BuildLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Takes the lock in `directory` (created if needed). If another build holds it,
    /// calls `waiting` once with that build's process id (nil if it has not written it
    /// within half a second), then waits up to `timeout` seconds.
    public static func acquire(in directory: String, timeout: Double,
                               waiting: (pid_t?) -> Void) throws -> BuildLock {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = "\(directory)/lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BookError.io("cannot open the build lock '\(path)': \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        // The holder writes its pid just after it takes the lock; give it a moment, so the
        // message can name it.
        let announceBy = Date().addingTimeInterval(0.5)
        var announced = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                close(descriptor)
                throw BookError.io("cannot lock '\(path)': \(String(cString: strerror(errno)))")
            }
            let holder = readHolder(descriptor)
            if !announced, holder != nil || Date() >= announceBy {
                waiting(holder)
                announced = true
            }
            guard Date() < deadline else {
                close(descriptor)
                throw BookError.lockTimeout(path: path, holder: holder, seconds: timeout)
            }
            usleep(100_000)
        }
        let pid = Data("\(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return BuildLock(descriptor: descriptor)
    }

    private static func readHolder(_ descriptor: Int32) -> pid_t? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return pid_t(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
