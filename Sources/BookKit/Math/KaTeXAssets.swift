import Foundation

/// KaTeX's stylesheet and fonts for `output/assets/katex/`, so typeset math displays
/// offline. The stylesheet names each font in woff2, woff and ttf; the copy keeps, per
/// font, the first of those that is installed (Debian's `fonts-katex` has woff2 and ttf)
/// and the book ships only that file.
enum KaTeXAssets {
    static let directory = "assets/katex"

    /// Output-relative paths and contents: `assets/katex/katex.min.css` and its fonts.
    static func files(from installation: KaTeX.Installation) throws -> [String: Data] {
        let css: String
        do {
            css = try String(contentsOfFile: installation.stylesheet, encoding: .utf8)
        } catch {
            throw BookError.io("cannot read KaTeX's stylesheet '\(installation.stylesheet)': \(error.localizedDescription)")
        }
        var files: [String: Data] = [:]
        var rewritten = ""
        var rest = Substring(css)
        while let src = rest.range(of: "src:") {
            let end = rest[src.upperBound...].firstIndex { $0 == ";" || $0 == "}" } ?? rest.endIndex
            rewritten += rest[..<src.upperBound]
            let sources = rest[src.upperBound..<end].split(separator: ",")
            let available = sources.first { source in
                guard let name = fontName(in: source) else { return false }
                return FileManager.default.fileExists(atPath: "\(installation.fontsDirectory)/\(name)")
            }
            if let source = available, let name = fontName(in: source) {
                rewritten += source
                files["\(directory)/fonts/\(name)"] = FileManager.default.contents(atPath: "\(installation.fontsDirectory)/\(name)")
            } else {
                rewritten += rest[src.upperBound..<end]
            }
            rest = rest[end...]
        }
        rewritten += rest
        files["\(directory)/katex.min.css"] = Data(rewritten.utf8)
        return files
    }

    /// `KaTeX_Main-Regular.woff2` in `url(fonts/KaTeX_Main-Regular.woff2) format('woff2')`.
    private static func fontName(in source: Substring) -> String? {
        guard let open = source.range(of: "url(fonts/"), let close = source[open.upperBound...].firstIndex(of: ")") else {
            return nil
        }
        let name = source[open.upperBound..<close].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return name.contains("/") ? nil : name
    }
}
