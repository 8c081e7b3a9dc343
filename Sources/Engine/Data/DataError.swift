/// Loading a data file failed. Thrown, since it depends on the machine, not the program.
public enum DataError: Error, CustomStringConvertible, Equatable {
    /// No file at any of these paths.
    case fileNotFound(paths: [String])
    /// The file exists but could not be read as text.
    case unreadable(path: String)
    /// A line did not have the expected form.
    case malformed(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .fileNotFound(paths):
            return "data file not found; looked at: " + paths.joined(separator: ", ")
        case let .unreadable(path):
            return "cannot read data file \(path) as UTF-8 text"
        case let .malformed(path, line, reason):
            return "\(path):\(line): \(reason)"
        }
    }
}
