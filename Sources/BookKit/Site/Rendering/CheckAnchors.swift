import BookProtocol

/// Stable anchors for a chapter's checks: `check-` and the claim's words as a slug
/// (`check-loss-decays`, then `-2` for a repeated claim), so links from the claims index
/// survive cells being added or moved and change only when the claim's words do.
struct CheckAnchors {
    /// Anchors by cell index, one per check in the order the cell made them.
    private(set) var byCell: [Int: [String]] = [:]

    init(run: ChapterRun) {
        var slugs = SlugAllocator()
        for index in run.cells.keys.sorted() {
            byCell[index] = run.cells[index, default: []].compactMap { item -> String? in
                guard case .check(let check) = item else { return nil }
                return slugs.allocate(for: "check " + check.claim)
            }
        }
    }

    /// The anchor of the `ordinal`-th check (0-based) of cell `cell`.
    func anchor(cell: Int, ordinal: Int) -> String? {
        guard let anchors = byCell[cell], ordinal < anchors.count else { return nil }
        return anchors[ordinal]
    }
}
