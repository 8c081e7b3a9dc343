/// The channel between a running chapter program and the generator.
///
/// A chapter program writes its printed text to standard output and its structured
/// results (cell boundaries, figures, checks) as JSON lines to a private file whose
/// path the generator passes in the environment. Text a cell prints can therefore
/// never be mistaken for a record, however it is crafted.
public enum RecordChannel {
    /// Environment variable holding the path of the records file.
    public static let pathVariable = "BOOK_RECORDS_PATH"
}

/// One structured event, stamped with the length of the program's text output at the
/// moment it happened, so the generator can interleave text and records in order, and
/// with the time, so it can tell how long each cell ran.
public struct Envelope: Codable, Equatable, Sendable {
    /// Bytes of standard output and standard error written before this record.
    public var outputOffset: Int
    /// Seconds since the program's first record, on a monotonic clock.
    public var elapsed: Double
    public var record: Record

    public init(outputOffset: Int, elapsed: Double, record: Record) {
        self.outputOffset = outputOffset
        self.elapsed = elapsed
        self.record = record
    }
}

/// A structured result of a chapter program.
public enum Record: Codable, Equatable, Sendable {
    /// The program entered cell `index` (1-based, in reading order).
    case cellBegin(index: Int)
    /// A figure to show at this point of the cell's output.
    case figure(FigureRecord)
    /// A claim the chapter makes and whether it held.
    case check(CheckRecord)
    /// A table to show at this point of the cell's output.
    case table(TableRecord)
    /// The formatted value of an inline value (`` `{swift} expr` ``), the cell that is running.
    case value(String)
    /// The program ran every cell to the end.
    case finished
}

/// An inline SVG figure.
public struct FigureRecord: Codable, Equatable, Sendable {
    public var svg: String
    /// Caption given in code; the cell's `//| caption:` option takes precedence.
    public var caption: String?

    public init(svg: String, caption: String? = nil) {
        self.svg = svg
        self.caption = caption
    }
}

/// The outcome of `check(...)`: a claim in words, whether it held, and the numbers behind it.
public struct CheckRecord: Codable, Equatable, Sendable {
    public var claim: String
    public var passed: Bool
    /// Measured versus expected values and the tolerance, in words; empty for a plain condition.
    public var detail: String
    /// `file:line` of the `check` call in the chapter's Markdown.
    public var location: String

    public init(claim: String, passed: Bool, detail: String, location: String) {
        self.claim = claim
        self.passed = passed
        self.detail = detail
        self.location = location
    }
}

/// A small table of computed values, rendered as HTML.
public struct TableRecord: Codable, Equatable, Sendable {
    public var header: [String]
    public var rows: [[String]]
    public var caption: String?

    public init(header: [String], rows: [[String]], caption: String? = nil) {
        self.header = header
        self.rows = rows
        self.caption = caption
    }
}
