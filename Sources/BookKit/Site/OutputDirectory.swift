import Foundation

/// The book's output directory, replaced atomically: the new book is written beside the
/// old one and swapped in only when complete, so a failed build leaves the old one readable.
struct OutputDirectory {
    /// Absolute path of the directory.
    var root: String
    /// How messages name it, e.g. `output`.
    var displayPath: String

    /// Marks a directory as written by `book`, so it may be replaced.
    static let marker = ".book-output"

    /// Writes `files` (output-relative path to bytes) as the new contents of the directory.
    func replace(with files: [String: Data]) throws {
        let fileManager = FileManager.default
        let output = URL(fileURLWithPath: root).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).new-\(getpid())")
        let retired = parent.appendingPathComponent(".\(name).old-\(getpid())")
        do {
            try? fileManager.removeItem(at: staging)
            var files = files
            files[OutputDirectory.marker] = Data()
            for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: url)
            }
            if fileManager.fileExists(atPath: output.path) {
                let contents = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
                guard contents.isEmpty || contents.contains(OutputDirectory.marker) else {
                    throw BookError.outputNotOwned(displayPath)
                }
                try fileManager.moveItem(at: output, to: retired)
            }
            try fileManager.moveItem(at: staging, to: output)
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
}
