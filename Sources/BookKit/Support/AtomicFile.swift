import Foundation

/// Writes files so that readers see either the old contents or the new, never a part:
/// the bytes go to a temporary file in the same directory, which is then renamed over
/// the destination (rename is atomic within a file system).
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = "\(directory)/.\((path as NSString).lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw BookError.io("cannot write '\(temporary)'; check that '\(directory)' is writable")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BookError.io("cannot move '\(temporary)' to '\(path)': \(reason)")
        }
    }
}
