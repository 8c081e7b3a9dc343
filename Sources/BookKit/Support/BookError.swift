/// Errors that stop a build before any chapter runs. Each reads as one sentence with the fix.
public enum BookError: Error, Equatable, CustomStringConvertible {
    case missingChaptersDirectory(String)
    case noChapters(String)
    case unreadable(path: String, reason: String)
    case notUTF8(path: String)
    case runtimeNotFound(searched: String)
    case compilerNotFound
    case outputNotOwned(String)
    case lockTimeout(path: String, holder: Int32?, seconds: Double)
    case unknownChapter(String, available: [String])
    case io(String)

    public var description: String {
        switch self {
        case .missingChaptersDirectory(let path):
            return "no chapters directory at '\(path)'; create it and put chapters in it as NN-name.md"
        case .noChapters(let path):
            return "'\(path)' has no chapters; add Markdown files such as '\(path)/01-intro.md'"
        case let .unreadable(path, reason):
            return "cannot read '\(path)': \(reason)"
        case .notUTF8(let path):
            return "'\(path)' is not valid UTF-8 text"
        case .runtimeNotFound(let searched):
            return "cannot find the BookRuntime library (libBookRuntime.so and Modules/) near '\(searched)'; run 'swift build -c release' in the project first"
        case .compilerNotFound:
            return "cannot find 'swiftc' on PATH; install the Swift toolchain or add its bin directory to PATH"
        case .outputNotOwned(let path):
            return "refusing to replace '\(path)': it exists but was not written by book (no .book-output marker); move it away or pass another --output"
        case let .lockTimeout(path, holder, seconds):
            let who = holder.map { "build (pid \($0))" } ?? "build"
            return "another \(who) still holds '\(path)' after \(Int(seconds)) s; wait for it to finish or stop it"
        case let .unknownChapter(name, available):
            return "no chapter matches '\(name)'; the chapters are: \(available.joined(separator: ", "))"
        case .io(let message):
            return message
        }
    }
}
