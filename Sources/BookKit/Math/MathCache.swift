import Foundation

/// Typeset formulas of the last build, in one file (`<cache>/math.cache`), so that a build
/// whose math did not change starts no KaTeX process.
///
/// Entries are keyed by `FormulaKeys`; errors are stored with KaTeX's message, and the
/// warning is made from the current build's locations. The file holds exactly the entries
/// the last build used, so it does not grow with edits, and is replaced atomically.
///
/// Format: a header line `book-math-cache 1 <count> <SHA-256 of the rest>`, then per entry
/// `<key> <h|e> <byte count>\n<bytes>\n` (HTML or error message). A length-prefixed file
/// reads in a few milliseconds where JSON with every quote of the HTML escaped would take
/// tens; the digest means a truncated, edited or garbled file is ignored as a whole
/// (and rewritten by the build), never partly trusted.
struct MathCache: Sendable {
    /// The cache file, e.g. `/book/.book-cache/math.cache`.
    var path: String

    private static let magic = "book-math-cache 1"

    /// The stored entries; empty when the file is missing, unreadable or not intact.
    func load() -> [String: KaTeX.Outcome] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        return MathCache.decode(data) ?? [:]
    }

    /// Replaces the file with `entries`.
    func save(_ entries: [String: KaTeX.Outcome]) throws {
        try AtomicFile.write(MathCache.encode(entries), to: path)
    }

    static func encode(_ entries: [String: KaTeX.Outcome]) -> Data {
        var body = Data()
        for (key, outcome) in entries.sorted(by: { $0.key < $1.key }) {
            let (kind, text) = switch outcome {
            case .html(let html): ("h", html)
            case .error(let message): ("e", message)
            }
            body += Data("\(key) \(kind) \(text.utf8.count)\n".utf8)
            body += Data(text.utf8)
            body += Data("\n".utf8)
        }
        return Data("\(magic) \(entries.count) \(SHA256.hex(body))\n".utf8) + body
    }

    /// The entries of `data`, or nil unless it is a complete, intact cache file.
    static func decode(_ data: Data) -> [String: KaTeX.Outcome]? {
        let bytes = [UInt8](data)
        guard let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = String(decoding: bytes[..<headerEnd], as: UTF8.self).split(separator: " ")
        guard header.count == 4, header[0...1].joined(separator: " ") == magic, let count = Int(header[2]) else { return nil }
        let body = bytes[(headerEnd + 1)...]
        guard SHA256.hex(body) == header[3] else { return nil }
        var entries: [String: KaTeX.Outcome] = [:]
        var position = body.startIndex
        while position < body.endIndex {
            guard let lineEnd = body[position...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            let fields = String(decoding: body[position..<lineEnd], as: UTF8.self).split(separator: " ")
            guard fields.count == 3, let length = Int(fields[2]), length >= 0,
                  length < body.endIndex - lineEnd - 1, body[lineEnd + 1 + length] == UInt8(ascii: "\n")
            else { return nil }
            let text = String(decoding: body[(lineEnd + 1)..<(lineEnd + 1 + length)], as: UTF8.self)
            switch fields[1] {
            case "h": entries[String(fields[0])] = .html(text)
            case "e": entries[String(fields[0])] = .error(text)
            default: return nil
            }
            position = lineEnd + 2 + length
        }
        return entries.count == count ? entries : nil
    }
}
