import Foundation

/// A formula to typeset.
struct Formula: Hashable, Sendable {
    var tex: String
    var display: Bool
}

/// Typesets TeX with KaTeX at build time, so readers need neither network nor JavaScript:
/// Debian's `libjs-katex` run by `node`, one process for the whole build, formulas in as
/// JSON lines on standard input and HTML (with MathML for screen readers) out.
struct KaTeX: FormulaRenderer {
    /// Where KaTeX and node are installed.
    struct Installation: Sendable {
        var node: String
        /// `katex.min.js`.
        var script: String
        /// `katex.min.css`, whose `fonts/` URLs are relative to it.
        var stylesheet: String
        var fontsDirectory: String

        /// The Debian packages' paths, or nil when something is missing.
        static func locate() -> Installation? {
            let fileManager = FileManager.default
            let directory = "/usr/share/javascript/katex"
            let node = ExecutableSearch.find(["node"])
                ?? (fileManager.isExecutableFile(atPath: "/usr/bin/node") ? "/usr/bin/node" : nil)
            let fonts = ["\(directory)/fonts", "/usr/share/fonts/truetype/katex"].first { fileManager.fileExists(atPath: $0) }
            guard let node, let fonts, fileManager.fileExists(atPath: "\(directory)/katex.min.js"),
                  fileManager.fileExists(atPath: "\(directory)/katex.min.css") else { return nil }
            return Installation(node: node, script: "\(directory)/katex.min.js",
                                stylesheet: "\(directory)/katex.min.css", fontsDirectory: fonts)
        }
    }

    /// KaTeX's answer for one formula.
    enum Outcome: Equatable, Sendable {
        case html(String)
        /// The TeX does not parse; KaTeX's message.
        case error(String)
    }

    /// The node process could not typeset at all.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var installation: Installation

    /// Reads JSON lines {tex, display}, writes JSON lines {html} or {error}, in order. Macros
    /// defined with `\gdef` persist from one formula to the next, in reading order.
    ///
    /// KaTeX writes an operator name as two MathML siblings, `<mi>max</mi><mo>⁡</mo>`; as a
    /// subscript (`\lambda_{\max}`) that gives `<msub>` three children, which is invalid
    /// MathML. `groupOperators` wraps each such pair in an `<mrow>`, which changes nothing else.
    private static let program = """
    const katex = require(process.argv[1]);
    const macros = {};
    const groupOperators = (html) =>
      html.replace(/(<mi[^>]*>[^<]*<\\/mi>)<mo>\\u2061<\\/mo>/g, '<mrow>$1<mo>\\u2061</mo></mrow>');
    const lines = require('readline').createInterface({input: process.stdin});
    const out = [];
    lines.on('line', (line) => {
      const f = JSON.parse(line);
      try {
        out.push(JSON.stringify({html: groupOperators(katex.renderToString(f.tex, {displayMode: f.display,
          throwOnError: true, output: 'htmlAndMathml', strict: 'ignore', macros: macros}))}));
      } catch (e) {
        out.push(JSON.stringify({error: String(e && e.message || e)}));
      }
    });
    lines.on('close', () => process.stdout.write(out.join('\\n') + '\\n'));
    """

    /// Everything besides a formula that decides its HTML: KaTeX's script (its bytes, not
    /// just its version, so a patched package counts) and the node program with its render
    /// options and post-processing. Nil when the script cannot be read.
    func engineDigest() -> String? {
        guard let script = FileManager.default.contents(atPath: installation.script) else { return nil }
        var hasher = SHA256()
        hasher.update(field: "katex-engine-v1")
        hasher.update(field: SHA256.hex(script))
        hasher.update(field: KaTeX.program)
        return hasher.finalizeHex()
    }

    /// Typesets `formulas`, returning one outcome per formula in the same order.
    func render(_ formulas: [Formula]) throws(Failure) -> [Outcome] {
        guard !formulas.isEmpty else { return [] }
        let encoder = JSONEncoder()
        var input = Data()
        for formula in formulas {
            guard let line = try? encoder.encode(Request(tex: KaTeX.unnumbered(formula.tex), display: formula.display)) else {
                throw Failure(description: "cannot encode the formula '\(formula.tex)' for node")
            }
            input += line
            input += Data("\n".utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: installation.node)
        process.arguments = ["-e", KaTeX.program, installation.script]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot start '\(installation.node)': \(error.localizedDescription)")
        }
        // Write and drain concurrently so neither side blocks on a full pipe.
        let payload = input
        let group = DispatchGroup()
        let errorOutput = ErrorOutput()
        DispatchQueue.global().async(group: group) {
            stdin.fileHandleForWriting.write(payload)
            try? stdin.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) {
            errorOutput.data = stderr.fileHandleForReading.readDataToEndOfFile()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let lines = output.split(separator: UInt8(ascii: "\n"))
        guard process.terminationStatus == 0, lines.count == formulas.count else {
            let message = String(decoding: errorOutput.data, as: UTF8.self).split(separator: "\n").first ?? "no output"
            throw Failure(description: "node exited with status \(process.terminationStatus) while typesetting math: \(message)")
        }
        let decoder = JSONDecoder()
        return try lines.map { line throws(Failure) in
            guard let response = try? decoder.decode(Response.self, from: Data(line)) else {
                throw Failure(description: "node wrote a line that is not a KaTeX result: \(String(decoding: line.prefix(80), as: UTF8.self))")
            }
            return response.html.map(Outcome.html) ?? .error(response.error ?? "no output")
        }
    }

    private struct Request: Encodable {
        var tex: String
        var display: Bool
    }

    private struct Response: Decodable {
        var html: String?
        var error: String?
    }

    private final class ErrorOutput: @unchecked Sendable {
        var data = Data()
    }

    /// The book numbers equations itself, so KaTeX gets the unnumbered (starred) environments.
    static func unnumbered(_ tex: String) -> String {
        guard tex.contains("\\begin{") else { return tex }
        var tex = tex
        for name in ["equation", "align", "gather", "multline", "alignat", "flalign"] {
            tex = tex.replacingOccurrences(of: "\\begin{\(name)}", with: "\\begin{\(name)*}")
                .replacingOccurrences(of: "\\end{\(name)}", with: "\\end{\(name)*}")
        }
        return tex
    }
}
