/// A GFM footnote, `[^label]: text`, as cmark-gfm numbers it: by the order of first
/// reference in the document (definitions that nothing references are dropped).
public struct Footnote: Equatable, Sendable {
    /// 1-based, per document (each chapter is one document).
    public var number: Int
    /// The label as written between `[^` and `]`.
    public var label: String
    public var blocks: [Block]
    /// How many times the text refers to it; each reference gets its own back link.
    public var references: Int

    /// The anchor of the note in the list: `fn-<label>`, as cmark-gfm writes it.
    public var anchor: String { "fn-\(label)" }

    /// The anchor of the `occurrence`-th reference (1-based): `fnref-<label>`, then `-2`, ...
    public func referenceAnchor(_ occurrence: Int) -> String {
        occurrence == 1 ? "fnref-\(label)" : "fnref-\(label)-\(occurrence)"
    }
}

/// A reference to a footnote in the text, `[^label]`.
public struct FootnoteReference: Equatable, Sendable {
    public var number: Int
    public var label: String
    /// 1 for the first reference to this footnote, 2 for the second, ...
    public var occurrence: Int
}
