/// Unique, readable anchors for headings: "Gradient descent" -> "gradient-descent", then
/// "-2", ... An author's own `{#id}` is kept as written and reserved.
struct SlugAllocator {
    private var used: [String: Int] = [:]

    mutating func allocate(for text: String, verbatim: Bool = false) -> String {
        var slug = verbatim ? text : ""
        if !verbatim {
            for character in text.lowercased() {
                if character.isLetter || character.isNumber {
                    slug.append(character)
                } else if !slug.isEmpty, slug.last != "-" {
                    slug.append("-")
                }
            }
            while slug.hasSuffix("-") { slug.removeLast() }
            if slug.isEmpty { slug = "section" }
        }
        let count = used[slug, default: 0]
        used[slug] = count + 1
        return count == 0 || verbatim ? slug : "\(slug)-\(count + 1)"
    }
}
