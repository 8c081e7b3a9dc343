import BookProtocol

/// Evaluates an inline value (`` `{swift} expr` `` in a chapter's prose) and sends its text
/// to the page. The generator inserts these calls; chapters never write them.
///
/// Numbers are formatted by `fmt` (a `String`, such as what `fmt(x, digits: 2)` returns,
/// is shown as it is). An error the expression throws stops the chapter like a trap, with
/// the error in the message.
public func _bookInlineValue<T>(_ value: () throws -> T) {
    let result: T
    do {
        result = try value()
    } catch {
        fatalError("the inline value threw an error: \(error)")
    }
    Session.shared.emit(.value(inlineText(result)))
}

/// How a value reads in prose. An optional shows its value, or `nil`.
func inlineText(_ value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional {
        return mirror.children.first.map { inlineText($0.value) } ?? "nil"
    }
    switch value {
    case let text as String: return text
    case let text as Substring: return String(text)
    case let number as Double: return fmt(number)
    case let number as Float: return fmt(Double(number))
    case let number as Int: return fmt(number)
    case let number as any BinaryInteger:
        return Int(exactly: number).map { fmt($0) } ?? String(describing: number)
    case let described as CustomStringConvertible: return described.description
    default: return String(describing: value)
    }
}
