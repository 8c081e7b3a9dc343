/// A place in a source file, printed `file:line:column` like a compiler does.
public struct SourceLocation: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}

/// A message about the author's input, tied to the Markdown line it concerns: the one
/// type for problems found reading a chapter, compiling its program and rendering its page.
public struct Diagnostic: Codable, Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable { case error, warning, note }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var file: String { location.file }
    public var line: Int { location.line }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
