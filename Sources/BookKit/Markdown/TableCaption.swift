/// Pandoc's table captions: a paragraph right after a table that starts with `: ` or
/// `Table: ` is the table's caption, and may end with `{#tbl-label}`.
///
/// ```markdown
/// | step | loss |
/// |-----:|-----:|
/// |    1 | 0.93 |
///
/// : Loss by step. {#tbl-loss}
/// ```
func attachingCaptions(_ blocks: [Block]) -> [Block] {
    var result: [Block] = []
    for block in blocks {
        if case .paragraph(let content, _) = block, case .table(var table)? = result.last, table.caption == nil,
           let caption = captionText(content) {
            let (inlines, attributes) = BlockAttributes.split(caption)
            table.caption = inlines
            table.attributes = attributes ?? BlockAttributes()
            result[result.count - 1] = .table(table)
        } else {
            result.append(block)
        }
    }
    return result
}

/// The inlines of a caption paragraph without its `: ` or `Table: ` marker, or nil.
private func captionText(_ content: [Inline]) -> [Inline]? {
    guard case .text(let first)? = content.first else { return nil }
    for marker in [": ", "Table: "] where first.hasPrefix(marker) {
        let rest = String(first.dropFirst(marker.count))
        return (rest.isEmpty ? [] : [.text(rest)]) + content.dropFirst()
    }
    return nil
}
