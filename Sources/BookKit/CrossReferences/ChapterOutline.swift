import BookProtocol

/// Everything numbered in one chapter, worked out before any page is rendered so that
/// references can point forward and across chapters: section numbers and anchors,
/// figures, tables and labelled equations, and the labels that name them.
///
/// Numbering: sections `3.2` (level 2) and `3.2.1` (level 3), unless marked `{-}` (a level-3
/// heading before the first level-2 one is not numbered); figures, tables, equations and
/// exercises count per chapter in reading order: `3.1`, `3.2`, ... An appendix is numbered
/// by its letter: `A.1`.
/// A cell's figure is numbered when the cell has a label or the figure has a caption. A
/// cell that shows several figures numbers each: the first takes the cell's label and
/// `//| caption:`, the k-th (k ≥ 2) is labelled `<label>-k` and keeps its own caption.
struct ChapterOutline {
    /// A heading with its anchor and number.
    struct Section {
        var level: Int
        var number: String?
        var id: String
        var title: [Inline]
        var line: Int
    }

    /// A numbered figure or table: its number ("3.2") and anchor.
    struct Numbered: Equatable {
        var number: String
        var id: String
    }

    /// A figure or table produced by a cell: the cell's index and the item's position among
    /// the cell's figures (or tables).
    struct CellItemKey: Hashable {
        var cell: Int
        var ordinal: Int
    }

    /// The chapter's number ("3") or an appendix's letter ("A"); nil for the landing page.
    var number: String?
    /// An appendix (`chapters/A-notation.md`): "Appendix A" rather than "Chapter 1".
    var isAppendix: Bool { number.map { $0.allSatisfy(\.isLetter) } ?? false }
    var sections: [Section] = []
    var equations: [String: String] = [:]
    var figures: [CellItemKey: Numbered] = [:]
    var cellTables: [CellItemKey: Numbered] = [:]
    /// Markdown tables by the line of their header row.
    var tables: [Int: Numbered] = [:]
    /// Exercises by the line of their `[!EXERCISE]` marker.
    var exercises: [Int: Numbered] = [:]
    var labels: [LabelTarget] = []

    /// The page file name, e.g. `03-second-order.html`.
    let page: String
    private let path: String
    private var slugs = SlugAllocator()
    private var counters = (section: 0, subsection: 0, figure: 0, table: 0, equation: 0, exercise: 0)

    init(chapter: Chapter, run: ChapterRun, number: String?) {
        self.number = number
        page = "\(chapter.slug).html"
        path = chapter.path
        visit(chapter.document.blocks, run: run)
    }

    /// The section for the heading on `line`.
    func section(at line: Int) -> Section? {
        sections.first { $0.line == line }
    }

    private func numbered(_ counter: Int) -> String {
        number.map { "\($0).\(counter)" } ?? "\(counter)"
    }

    private mutating func addLabel(_ label: String?, _ kind: LabelTarget.Kind, number: String, anchor: String, line: Int) {
        guard let label else { return }
        labels.append(LabelTarget(label: label, kind: kind, number: number, page: page, anchor: anchor,
                                  location: SourceLocation(file: path, line: line)))
    }

    private mutating func visit(_ blocks: [Block], run: ChapterRun) {
        for block in blocks {
            switch block {
            case let .heading(level, content, line, attributes):
                heading(level: level, content: content, line: line, attributes: attributes)
            case .paragraph(let content, _):
                visit(content)
            case .table(let table):
                for row in [table.header] + table.rows { row.forEach { visit($0) } }
                if table.caption != nil || table.attributes.id != nil {
                    counters.table += 1
                    let id = table.attributes.id ?? "table-\(numbered(counters.table))"
                    tables[table.line] = Numbered(number: numbered(counters.table), id: id)
                    addLabel(table.attributes.id, .table, number: numbered(counters.table), anchor: id, line: table.line)
                }
            case .codeBlock(let code):
                if let cell = code.cell { self.cell(cell, items: run.cells[cell.index] ?? []) }
            case .blockQuote(let inner):
                visit(inner, run: run)
            case .callout(let callout):
                visit(callout.title)
                if callout.kind == .exercise { exercise(callout) }
                visit(callout.blocks, run: run)
            case .list(let list):
                list.items.forEach { visit($0.blocks, run: run) }
            case .htmlBlock, .thematicBreak:
                break
            }
        }
    }

    private mutating func heading(level: Int, content: [Inline], line: Int, attributes: BlockAttributes) {
        visit(content)
        let id = slugs.allocate(for: attributes.id ?? content.plainText, verbatim: attributes.id != nil)
        var sectionNumber: String?
        if level == 1 {
            if let number { sectionNumber = isAppendix ? "Appendix \(number)" : "Chapter \(number)" }
            addLabel(attributes.id, isAppendix ? .appendix : .chapter, number: number ?? "", anchor: id, line: line)
        } else if level <= 3, !attributes.isUnnumbered, level == 2 || counters.section > 0 {
            if level == 2 {
                counters.section += 1
                counters.subsection = 0
                sectionNumber = numbered(counters.section)
            } else {
                counters.subsection += 1
                sectionNumber = "\(numbered(counters.section)).\(counters.subsection)"
            }
            addLabel(attributes.id, .section, number: sectionNumber!, anchor: id, line: line)
        } else {
            addLabel(attributes.id, .section, number: "", anchor: id, line: line)
        }
        sections.append(Section(level: level, number: sectionNumber, id: id, title: content, line: line))
    }

    /// Exercises are numbered like figures; an unlabelled one is anchored `exercise-3.2`.
    private mutating func exercise(_ callout: Callout) {
        counters.exercise += 1
        let id = callout.label ?? "exercise-\(numbered(counters.exercise))"
        exercises[callout.line] = Numbered(number: numbered(counters.exercise), id: id)
        addLabel(callout.label, .exercise, number: numbered(counters.exercise), anchor: id, line: callout.line)
    }

    private mutating func cell(_ cell: Cell, items: [CellItem]) {
        let label = cell.options.label
        let figures = items.compactMap { item -> FigureRecord? in
            if case .figure(let figure) = item { return figure }
            return nil
        }
        let tables = items.compactMap { item -> TableRecord? in
            if case .table(let table) = item { return table }
            return nil
        }
        let labelsTable = label?.hasPrefix("tbl-") == true
        for (ordinal, table) in tables.enumerated() {
            let tableLabel = labelsTable && ordinal == 0 ? label : nil
            guard table.caption != nil || tableLabel != nil else { continue }
            counters.table += 1
            let id = tableLabel ?? "table-\(numbered(counters.table))"
            cellTables[CellItemKey(cell: cell.index, ordinal: ordinal)] = Numbered(number: numbered(counters.table), id: id)
            addLabel(tableLabel, .table, number: numbered(counters.table), anchor: id, line: cell.firstLine)
        }
        if labelsTable && tables.isEmpty {
            counters.table += 1
            addLabel(label, .table, number: numbered(counters.table), anchor: label!, line: cell.firstLine)
        }
        guard !labelsTable else { return }
        for (ordinal, figure) in figures.enumerated() {
            let figureLabel = label.map { ordinal == 0 ? $0 : "\($0)-\(ordinal + 1)" }
            guard figureLabel != nil || FigureCaption.text(for: figure, ordinal: ordinal, options: cell.options) != nil
            else { continue }
            counters.figure += 1
            let id = figureLabel ?? "figure-\(numbered(counters.figure))"
            self.figures[CellItemKey(cell: cell.index, ordinal: ordinal)] = Numbered(number: numbered(counters.figure), id: id)
            addLabel(figureLabel, .figure, number: numbered(counters.figure), anchor: id, line: cell.firstLine)
        }
        // A labelled cell that has not produced its figure (it failed, or did not run) keeps
        // its number, so references to it still resolve.
        if figures.isEmpty, let label {
            counters.figure += 1
            addLabel(label, .figure, number: numbered(counters.figure), anchor: label, line: cell.firstLine)
        }
    }

    private mutating func visit(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .math(let span) where span.display && span.label != nil:
                counters.equation += 1
                equations[span.label!] = numbered(counters.equation)
                addLabel(span.label, .equation, number: numbered(counters.equation), anchor: span.label!, line: span.line)
            case .emphasis(let content), .strong(let content), .strikethrough(let content),
                 .link(_, _, let content), .image(_, _, let content):
                visit(content)
            default:
                break
            }
        }
    }
}

/// Which caption a cell's figure shows.
enum FigureCaption {
    /// The first figure takes `//| caption:` (over the caption given in code); later ones their own.
    static func text(for figure: FigureRecord, ordinal: Int, options: CellOptions) -> String? {
        ordinal == 0 ? options.caption ?? figure.caption : figure.caption
    }
}
