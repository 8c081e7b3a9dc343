/// The works a book can cite, from `chapters/references.bib`, with the author–year labels
/// that citations show ("Grosse 2021", "Martens & Grosse 2015", "Cohen et al. 2021") and
/// the entries of a chapter's reference list.
///
/// Two works with the same label get letters in title order ("Grosse 2021a", "2021b").
public struct Bibliography: Sendable {
    public private(set) var entries: [String: BibEntry] = [:]
    /// `Martens & Grosse` and `2015` per key; the year carries any disambiguating letter.
    private var labels: [String: (authors: String, year: String)] = [:]

    public init(entries: [BibEntry]) {
        for entry in entries where self.entries[entry.key] == nil { self.entries[entry.key] = entry }
        var byLabel: [String: [BibEntry]] = [:]
        for entry in self.entries.values {
            let authors = Bibliography.shortAuthors(entry)
            byLabel["\(authors) \(Bibliography.year(entry))", default: []].append(entry)
        }
        for group in byLabel.values {
            let sorted = group.sorted { ($0.fields["title"] ?? "", $0.key) < ($1.fields["title"] ?? "", $1.key) }
            for (offset, entry) in sorted.enumerated() {
                let letter = sorted.count > 1 ? String(UnicodeScalar(UInt8(ascii: "a") + UInt8(min(offset, 25)))) : ""
                labels[entry.key] = (Bibliography.shortAuthors(entry), Bibliography.year(entry) + letter)
            }
        }
    }

    public func contains(_ key: String) -> Bool { entries[key] != nil }

    /// "Martens & Grosse" for a key in the bibliography.
    public func authors(_ key: String) -> String? { labels[key]?.authors }

    /// "2015" (or "2015a") for a key in the bibliography.
    public func year(_ key: String) -> String? { labels[key]?.year }

    /// Keys in reference-list order: first author's family name, then year, then title.
    public func sorted(_ keys: Set<String>) -> [String] {
        keys.filter(contains).sorted { a, b in
            let x = sortKey(a), y = sortKey(b)
            return x != y ? x < y : a < b
        }
    }

    private func sortKey(_ key: String) -> String {
        guard let entry = entries[key] else { return key }
        let first = Bibliography.names(entry).first.map(\.family) ?? entry.fields["title"] ?? key
        return "\(first.lowercased()) \(labels[key]?.year ?? "") \(entry.fields["title"]?.lowercased() ?? "")"
    }

    /// The reference-list entry as HTML: "Martens, J., & Grosse, R. (2015). Title. *Venue*. link".
    public func referenceHTML(_ key: String) -> String {
        guard let entry = entries[key] else { return key.htmlEscaped }
        let names = Bibliography.names(entry)
        var authors = names.map(\.full)
        if Bibliography.hasOthers(entry) { authors.append("et al.") }
        let authorText: String
        switch authors.count {
        case 0: authorText = ""
        case 1: authorText = authors[0]
        case 2: authorText = "\(authors[0]), & \(authors[1])"
        default: authorText = authors.dropLast().joined(separator: ", ") + ", & " + authors.last!
        }
        var html = authorText.isEmpty ? "" : "\(authorText.htmlEscaped) "
        html += "(\((labels[key]?.year ?? Bibliography.year(entry)).htmlEscaped)). "
        if let title = entry.fields["title"] {
            html += "\(title.htmlEscaped)\(title.last.map { ".?!".contains($0) } == true ? "" : ".") "
        }
        let venue = entry.fields["journal"] ?? entry.fields["booktitle"] ?? entry.fields["publisher"]
            ?? entry.fields["howpublished"] ?? entry.fields["institution"]
        if let venue {
            var detail = ""
            if let volume = entry.fields["volume"] { detail += ", \(volume)" }
            if let number = entry.fields["number"] { detail += "(\(number))" }
            if let pages = entry.fields["pages"] { detail += ", \(pages)" }
            html += "<em>\(venue.htmlEscaped)</em>\(detail.htmlEscaped). "
        }
        if let link = Bibliography.link(entry) {
            html += "<a href=\"\(link.htmlEscaped)\">\(link.htmlEscaped)</a>"
        }
        return html.trimmingTrailingWhitespace
    }

    // MARK: Fields

    static func year(_ entry: BibEntry) -> String {
        entry.fields["year"] ?? entry.fields["date"].map { String($0.prefix(4)) } ?? "n.d."
    }

    static func link(_ entry: BibEntry) -> String? {
        if let doi = entry.fields["doi"] { return doi.hasPrefix("http") ? doi : "https://doi.org/\(doi)" }
        return entry.fields["url"]
    }

    static func shortAuthors(_ entry: BibEntry) -> String {
        let families = names(entry).map(\.family)
        let others = hasOthers(entry)
        switch (families.count, others) {
        case (0, _): return entry.fields["title"].map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? entry.key
        case (1, false): return families[0]
        case (2, false): return "\(families[0]) & \(families[1])"
        default: return "\(families[0]) et al."
        }
    }

    /// A person: family name and full display form "Martens, J.".
    struct Name {
        var family: String
        var full: String
    }

    static func hasOthers(_ entry: BibEntry) -> Bool {
        splitNames(entry.fields["author"] ?? entry.fields["editor"] ?? "").contains { $0 == "others" }
    }

    /// The authors (or editors), as "Family, Given" or "Given Family" in BibTeX's `and` list.
    static func names(_ entry: BibEntry) -> [Name] {
        splitNames(entry.fields["author"] ?? entry.fields["editor"] ?? "").filter { $0 != "others" }.map { raw in
            let family: String, given: String
            if let comma = raw.firstIndex(of: ",") {
                family = raw[..<comma].trimmed
                given = raw[raw.index(after: comma)...].trimmed
            } else {
                let words = raw.split(separator: " ")
                // Lower-case particles ("van", "de") belong to the family name.
                let particle = words.dropLast().firstIndex { $0.first?.isLowercase == true } ?? max(0, words.count - 1)
                family = words[particle...].joined(separator: " ")
                given = words[..<particle].joined(separator: " ")
            }
            // "Shun-ichi" -> "S.-I.", "Jeremy M." -> "J. M."
            let initials = given.split(separator: " ").map { word in
                word.split(separator: "-").compactMap(\.first).map { "\($0.uppercased())." }.joined(separator: "-")
            }
            return Name(family: family, full: initials.isEmpty ? family : "\(family), \(initials.joined(separator: " "))")
        }
    }

    private static func splitNames(_ field: String) -> [String] {
        field.components(separatedBy: " and ").map(\.trimmed).filter { !$0.isEmpty }
    }
}
