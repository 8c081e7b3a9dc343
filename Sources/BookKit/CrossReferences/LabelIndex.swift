/// Something a cross-reference can point at.
struct LabelTarget: Equatable {
    enum Kind: Equatable {
        case chapter, appendix, section, figure, table, equation, exercise
    }

    var label: String
    var kind: Kind
    /// "3", "3.2"; empty for an unnumbered section.
    var number: String
    /// Page file name, e.g. `03-second-order.html`.
    var page: String
    var anchor: String
    /// Where the label is defined, for duplicate warnings.
    var location: SourceLocation

    /// "Figure 3.2", "Equation (3.4)", "Chapter 3"; with `bare`, the number alone.
    func text(bare: Bool) -> String {
        let number = kind == .equation ? "(\(self.number))" : self.number
        if bare { return number }
        switch kind {
        case .chapter: return "Chapter \(number)"
        case .appendix: return "Appendix \(number)"
        case .exercise: return "Exercise \(number)"
        case .section: return number.isEmpty ? "Section" : "Section \(number)"
        case .figure: return "Figure \(number)"
        case .table: return "Table \(number)"
        case .equation: return "Equation \(number)"
        }
    }
}

/// The labels of the whole book, collected from every chapter's outline before any page is
/// rendered, so a reference resolves whether it points backward, forward or to another
/// chapter.
///
/// Every chapter is labelled `ch-<file name>` and `ch-<file name without its number>`
/// (`@ch-01-linear-regression`, `@ch-linear-regression`), besides any `{#sec-...}` on its
/// `# Title`; an appendix (`A-notation.md`) also `app-<name>` (`@app-notation`, "Appendix A").
/// A label defined twice keeps its first definition and warns at the second.
struct LabelIndex {
    private(set) var targets: [String: LabelTarget] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(chapters: [(chapter: Chapter, outline: ChapterOutline)]) {
        for (chapter, outline) in chapters {
            let location = SourceLocation(file: chapter.path, line: 1)
            let number = outline.number ?? ""
            let anchor = outline.sections.first { $0.level == 1 }?.id ?? ""
            var automatic = ["ch-\(chapter.slug)"]
            let unnumbered = chapter.slug.drop { $0.isNumber }.drop { $0 == "-" || $0 == "_" }
            if !unnumbered.isEmpty, unnumbered.count < chapter.slug.count { automatic.append("ch-\(unnumbered)") }
            let appendixName = chapter.slug.dropFirst(2)
            if outline.isAppendix, !appendixName.isEmpty { automatic += ["ch-\(appendixName)", "app-\(appendixName)"] }
            for label in automatic where targets[label] == nil {
                targets[label] = LabelTarget(label: label, kind: outline.isAppendix ? .appendix : .chapter, number: number,
                                             page: "\(chapter.slug).html",
                                             anchor: anchor, location: location)
            }
            for target in outline.labels {
                if let first = targets[target.label] {
                    if first.page != target.page || first.anchor != target.anchor {
                        diagnostics.append(Diagnostic(.warning, at: target.location,
                                                      "duplicate label '\(target.label)' (first defined at \(first.location)); references go to the first"))
                    }
                } else {
                    targets[target.label] = target
                }
            }
        }
    }

    /// Labels a page the build generates (the claims index): `app-<slug>` and `ch-<slug>`,
    /// unless a chapter took them.
    mutating func addGeneratedAppendix(slug: String, letter: String, anchor: String) {
        for label in ["app-\(slug)", "ch-\(slug)"] where targets[label] == nil {
            targets[label] = LabelTarget(label: label, kind: .appendix, number: letter, page: "\(slug).html",
                                         anchor: anchor, location: SourceLocation(file: "\(slug).html", line: 1))
        }
    }

    subscript(label: String) -> LabelTarget? { targets[label] }
}
