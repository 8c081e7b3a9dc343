/// Collects marks written one per line inside `Panel { … }` or a single-panel
/// `Figure { … }`, with `if`, `if let`, `switch` and `for` allowed.
@resultBuilder
public enum MarkBuilder {
    public static func buildExpression<M: Mark>(_ mark: M) -> [any Mark] { [mark] }
    public static func buildExpression(_ marks: [any Mark]) -> [any Mark] { marks }
    public static func buildBlock(_ parts: [any Mark]...) -> [any Mark] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any Mark]?) -> [any Mark] { part ?? [] }
    public static func buildEither(first: [any Mark]) -> [any Mark] { first }
    public static func buildEither(second: [any Mark]) -> [any Mark] { second }
    public static func buildArray(_ parts: [[any Mark]]) -> [any Mark] { parts.flatMap { $0 } }
}

/// Collects the panels of a multi-panel `Figure { … }`.
@resultBuilder
public enum PanelBuilder {
    public static func buildExpression(_ panel: Panel) -> [Panel] { [panel] }
    public static func buildBlock(_ parts: [Panel]...) -> [Panel] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Panel]?) -> [Panel] { part ?? [] }
    public static func buildEither(first: [Panel]) -> [Panel] { first }
    public static func buildEither(second: [Panel]) -> [Panel] { second }
    public static func buildArray(_ parts: [[Panel]]) -> [Panel] { parts.flatMap { $0 } }
}
