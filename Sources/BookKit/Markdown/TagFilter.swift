/// GFM's tag filter (spec section 6.11, "Disallowed Raw HTML"): in raw HTML, the `<` that
/// opens or closes `title`, `textarea`, `style`, `xmp`, `iframe`, `noembed`, `noframes`,
/// `script` or `plaintext` (any case, followed by a space, `>` or `/>`) becomes `&lt;`, so
/// a stray `<style>` or `<title>` in prose shows as text instead of breaking the page.
enum TagFilter {
    static let tags = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]

    static func apply(_ html: String) -> String {
        guard html.contains("<") else { return html }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "<"), isFiltered(bytes[index...]) {
                result += Array("&lt;".utf8)
            } else {
                result.append(bytes[index])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// cmark-gfm's `is_tag`: `<`, an optional `/`, a filtered name, then whitespace, `>` or `/>`.
    private static func isFiltered(_ tag: ArraySlice<UInt8>) -> Bool {
        var index = tag.startIndex + 1
        if index < tag.endIndex, tag[index] == UInt8(ascii: "/") { index += 1 }
        return tags.contains { name in
            var position = index
            for character in name.utf8 {
                guard position < tag.endIndex, lowercased(tag[position]) == character else { return false }
                position += 1
            }
            guard position < tag.endIndex else { return false }
            let next = tag[position]
            if next == UInt8(ascii: ">") || [9, 10, 11, 12, 13, 32].contains(next) { return true }
            return next == UInt8(ascii: "/") && position + 1 < tag.endIndex && tag[position + 1] == UInt8(ascii: ">")
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
