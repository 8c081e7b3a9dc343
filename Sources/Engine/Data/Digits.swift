import Foundation

/// The UCI optical digits (8x8 images, 1797 examples, 10 classes), shipped as
/// `data/digits.csv`; see `data/README.md` for source and licence.
extension Dataset {
    /// The relative location of the digits file inside the package.
    public static let digitsRelativePath = "data/digits.csv"

    /// Loads the digits: `X` is `[1797, 64]` with pixel counts in 0...16 (row-major 8x8),
    /// `y` the digit 0...9, `classCount` 10.
    ///
    /// With `path` nil the file is looked up as `data/digits.csv` under the current
    /// directory (the package root for `swift run`, `swift test` and chapter programs run by
    /// the book tool), then under the package root this file was compiled in. Throws
    /// `DataError.fileNotFound` listing every path tried, or `.malformed` with the line.
    public static func digits(path: String? = nil) throws -> Dataset {
        let candidates = path.map { [$0] } ?? defaultDataPaths(digitsRelativePath)
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw DataError.fileNotFound(paths: candidates)
        }
        let rows = try readNumericCSV(path: found, columns: 65)
        var features = [Double](), targets = [Double]()
        features.reserveCapacity(rows.count * 64)
        for (index, row) in rows.enumerated() {
            guard row[..<64].allSatisfy({ (0...16).contains($0) }), (0...9).contains(row[64]) else {
                throw DataError.malformed(path: found, line: index + 1, reason: "pixel outside 0...16 or label outside 0...9")
            }
            features += row[..<64]
            targets.append(row[64])
        }
        return Dataset(X: Tensor(shape: [rows.count, 64], scalars: features), y: Tensor(targets), classCount: 10)
    }

    /// Where a package-relative data file may be: under the working directory, then under
    /// the package root that contains this source file (`Sources/Engine/Data/`).
    static func defaultDataPaths(_ relative: String) -> [String] {
        let cwd = FileManager.default.currentDirectoryPath
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let paths = [URL(fileURLWithPath: cwd).appendingPathComponent(relative).path,
                     sourceRoot.appendingPathComponent(relative).path]
        return paths.first == paths.last ? [paths[0]] : paths
    }

    /// Parses a headerless CSV of numbers with exactly `columns` fields per non-empty line.
    static func readNumericCSV(path: String, columns: Int) throws -> [[Double]] {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else {
            throw DataError.unreadable(path: path)
        }
        var rows: [[Double]] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == columns else {
                throw DataError.malformed(path: path, line: index + 1, reason: "expected \(columns) fields, found \(fields.count)")
            }
            var row = [Double]()
            row.reserveCapacity(columns)
            for field in fields {
                guard let value = Double(field.trimmingCharacters(in: .whitespaces)) else {
                    throw DataError.malformed(path: path, line: index + 1, reason: "not a number: '\(field)'")
                }
                row.append(value)
            }
            rows.append(row)
        }
        return rows
    }
}
