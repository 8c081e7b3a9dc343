import BookProtocol
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The running chapter program's side of the record channel.
///
/// Records are appended with one `write(2)` each, so a program that crashes keeps every
/// record it wrote before the crash. Without the generator (a chapter program run by
/// hand) records are dropped and printed text goes to the terminal as usual.
final class Session: @unchecked Sendable {
    static let shared = Session()

    private let recordsFD: Int32?
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private let start = Session.monotonicSeconds()

    private init() {
        // Unbuffered standard output: text printed before a trap is never lost, and
        // the file offset always reflects everything printed so far.
        setvbuf(stdout, nil, _IONBF, 0)
        if let path = ProcessInfo.processInfo.environment[RecordChannel.pathVariable] {
            let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            recordsFD = fd >= 0 ? fd : nil
            unsetenv(RecordChannel.pathVariable)
        } else {
            recordsFD = nil
        }
    }

    /// Bytes written so far to standard output and standard error (which share one file).
    private var outputOffset: Int {
        fflush(stdout)
        let position = lseek(STDOUT_FILENO, 0, SEEK_CUR)
        return position >= 0 ? Int(position) : 0
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }

    func emit(_ record: Record) {
        let envelope = Envelope(outputOffset: outputOffset, elapsed: Session.monotonicSeconds() - start,
                                record: record)
        guard let fd = recordsFD, var line = try? encoder.encode(envelope) else { return }
        line.append(UInt8(ascii: "\n"))
        line.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var done = 0
            while done < bytes.count {
                let written = write(fd, base + done, bytes.count - done)
                if written <= 0 { return }
                done += written
            }
        }
    }
}

/// Marks the start of cell `index`. The generator inserts these calls; chapters never write them.
public func _bookBeginCell(_ index: Int) {
    Session.shared.emit(.cellBegin(index: index))
}

/// Marks that the program ran to its end. Inserted by the generator after the last cell.
public func _bookFinish() {
    Session.shared.emit(.finished)
}
