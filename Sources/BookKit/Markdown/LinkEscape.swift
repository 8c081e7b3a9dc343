/// Link destinations as cmark-gfm's HTML renderer writes them (`houdini_escape_href`):
/// characters that may appear in a URL stay, `%` included (an author's `%20` is kept);
/// everything else (space, `\`, `"`, `<`, `>`, `[`, `]`, `^`, `` ` ``, `{`, `|`, `}`, control
/// characters and every non-ASCII byte of the UTF-8) becomes `%XX`. `&` and `'` stay
/// here and are entity-escaped with the rest of the attribute by `htmlEscaped`.
enum LinkEscape {
    /// ASCII bytes kept as they are.
    private static let safe: Set<UInt8> = Set(Array(
        "-_.+!*(),%#@?=;:/$~&'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8))

    /// `destination` percent-encoded; the result still needs `htmlEscaped` inside an attribute.
    static func encode(_ destination: String) -> String {
        var result = ""
        for byte in destination.utf8 {
            if safe.contains(byte) {
                result.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// `destination` ready for an `href` or `src` attribute.
    static func attribute(_ destination: String) -> String {
        encode(destination).htmlEscaped
    }
}
