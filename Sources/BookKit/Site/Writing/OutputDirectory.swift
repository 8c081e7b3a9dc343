import Foundation

/// The book's output directory, replaced atomically: the new book is written beside the
/// old one and swapped in only when complete, so a failed or interrupted build leaves the
/// old one readable and no temporary directory behind.
struct OutputDirectory {
    /// Absolute path of the directory.
    var root: String
    /// How messages name it, e.g. `output`.
    var displayPath: String

    /// Marks a directory as written by `book`, so it may be replaced.
    static let marker = ".book-output"

    private var output: URL { URL(fileURLWithPath: root).standardizedFileURL }

    /// A sibling of the output directory, hidden, named after this process.
    private func sibling(_ kind: String) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(kind)-\(getpid())")
    }

    /// Throws unless the directory is absent, empty, or carries the marker.
    private func checkOwnership() throws {
        guard FileManager.default.fileExists(atPath: output.path) else { return }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        guard contents.isEmpty || contents.contains(OutputDirectory.marker) else {
            throw BookError.outputNotOwned(displayPath)
        }
    }

    /// Writes `files` (output-relative path to bytes) as the new contents of the directory.
    func replace(with files: [String: Data]) throws {
        let fileManager = FileManager.default
        let staging = sibling("new"), retired = sibling("old")
        let interruption = Interruption.shared
        interruption.removeOnInterrupt(staging.path)
        defer { interruption.keepOnInterrupt(staging.path) }
        do {
            try checkOwnership()
            try? fileManager.removeItem(at: staging)
            var files = files
            files[OutputDirectory.marker] = Data()
            for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: url)
            }
            try interruption.uninterruptible {
                if fileManager.fileExists(atPath: output.path) {
                    try fileManager.moveItem(at: output, to: retired)
                }
                try fileManager.moveItem(at: staging, to: output)
            }
            try? fileManager.removeItem(at: retired)
        } catch {
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: output.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: output)
            }
            if let error = error as? BookError { throw error }
            throw BookError.io("cannot write the book to '\(displayPath)': \(error.localizedDescription)")
        }
    }

    /// Deletes the directory if `book` wrote it; returns its display path, or nil when
    /// there was nothing to delete.
    func remove() throws -> String? {
        guard FileManager.default.fileExists(atPath: output.path) else { return nil }
        try checkOwnership()
        do {
            try FileManager.default.removeItem(at: output)
        } catch {
            throw BookError.io("cannot remove '\(displayPath)': \(error.localizedDescription)")
        }
        return displayPath
    }
}
