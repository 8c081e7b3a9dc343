import BookKit
import Foundation

/// `book`: builds an executable textbook from Markdown chapters with Swift cells.
let usage = """
OVERVIEW: Build an executable textbook: Markdown chapters whose Swift cells run at build time.

USAGE: book <command> [options]

COMMANDS:
  build       Run every chapter's cells and write the HTML book into output/.
  markdown    Render Markdown from standard input to an HTML fragment (no cells run).

Run 'book <command> --help' for a command's options.

EXIT STATUS:
  0  the book was built and every check held
  1  some chapter failed: a compile error, a crash, a timeout or a failed check
  2  bad usage or the book could not be built at all (no chapters, unwritable output)

"""

let buildUsage = """
OVERVIEW: Run every chapter's cells and write the HTML book.

USAGE: book build [--root DIR] [--jobs N] [--timeout SECONDS] [--output DIR]

OPTIONS:
  --root DIR           The book's directory, holding chapters/ (default: the current directory).
  --output DIR         Where to write the book, relative to the root (default: output).
  --jobs N             Chapters to compile and run at once (default: the number of cores).
  --timeout SECONDS    Time limit per chapter program (default: 300); a cell's
                       '//| timeout:' option can raise it for its chapter.
  -h, --help           Show this help.

EXAMPLES:
  book build                  Build the book in the current directory.
  book build --jobs 1         Build one chapter at a time.

"""

let markdownUsage = """
OVERVIEW: Render Markdown from standard input to an HTML fragment on standard output,
through the same parser and renderer as the book. Cells are shown, not run.

USAGE: book markdown < chapter.md

"""

func fail(_ message: String, status: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(status)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
arguments.removeFirst()
let wantsHelp = arguments.contains("--help") || arguments.contains("-h")

switch command {
case "-h", "--help", "help":
    print(usage, terminator: "")
case "markdown":
    if wantsHelp { print(markdownUsage, terminator: ""); exit(0) }
    if let extra = arguments.first { fail("unexpected argument '\(extra)' for 'book markdown'") }
    let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    print(MarkdownFragment.render(input), terminator: "")
case "build":
    if wantsHelp { print(buildUsage, terminator: ""); exit(0) }
    do {
        let parsed = try Arguments(arguments, command: command,
                                   options: ["--root", "--jobs", "--timeout", "--output"], flags: [])
        exit(try BuildCommand(arguments: parsed).run())
    } catch {
        fail(String(describing: error))
    }
default:
    fail("unknown command '\(command)'; the commands are: build, markdown (see 'book --help')")
}
