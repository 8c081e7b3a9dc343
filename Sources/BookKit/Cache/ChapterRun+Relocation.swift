/// Moving a cached run's Markdown line numbers to where its cells are now.
///
/// A cached run is reused when the cells' code is unchanged, but prose edits above a cell
/// move it up or down; every `chapters/x.md:LINE` the run recorded (compiler diagnostics,
/// check locations, crash messages, printed `#line`s) then shifts by the same amount as
/// the cell it falls in. Lines outside every cell are left alone. A compiler message about
/// an inline value also moves by the columns its expression moved within its line.
extension ChapterRun {
    func relocated(in path: String, cells: [Cell], from oldFirstLines: [Int], columns oldColumns: [Int]) -> ChapterRun {
        let shifts = zip(cells, oldFirstLines).map { cell, oldFirst in
            (lines: oldFirst...(oldFirst + cell.lines.count - 1), delta: cell.firstLine - oldFirst)
        }
        let moved = zip(zip(cells, oldFirstLines), oldColumns).map { pair, oldColumn in
            var old = pair.0
            old.firstLine = pair.1
            old.column = oldColumn
            return (old: old, line: pair.0.firstLine - pair.1, column: pair.0.column - oldColumn)
        }
        guard moved.contains(where: { $0.line != 0 || $0.column != 0 }) else { return self }
        let move = { (line: Int) -> Int in line + (shifts.first { $0.lines.contains(line) }?.delta ?? 0) }
        let relocate = { (text: String) in ChapterRun.relocateReferences(in: text, to: path, move: move) }

        var run = self
        for index in run.compilerDiagnostics.indices where run.compilerDiagnostics[index].file == path {
            let location = run.compilerDiagnostics[index].location
            if let value = moved.first(where: { $0.old.kind == .inlineValue && $0.old.contains(location) }) {
                run.compilerDiagnostics[index].location.line += value.line
                run.compilerDiagnostics[index].location.column = location.column.map { $0 + value.column }
            } else {
                run.compilerDiagnostics[index].location.line = move(location.line)
            }
        }
        run.cells = run.cells.mapValues { items in
            items.map { item in
                switch item {
                case let .text(text, truncated): return .text(relocate(text), truncated: truncated)
                case .check(var check):
                    check.location = relocate(check.location)
                    return .check(check)
                case .figure, .table, .value: return item
                }
            }
        }
        if case let .crashed(cell, reason) = run.failure {
            run.failure = .crashed(cell: cell, reason: relocate(reason))
        }
        return run
    }

    /// `text` with every `<path>:<line>` rewritten to `<path>:<move(line)>`.
    static func relocateReferences(in text: String, to path: String, move: (Int) -> Int) -> String {
        let prefix = path + ":"
        guard text.contains(prefix) else { return text }
        var result = ""
        var rest = Substring(text)
        while let found = rest.range(of: prefix) {
            result += rest[..<found.upperBound]
            rest = rest[found.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let line = Int(digits) {
                result += String(move(line))
                rest = rest[digits.endIndex...]
            }
        }
        return result + rest
    }
}
