import BookKit
import Foundation

/// `book`: builds an executable textbook from Markdown chapters with Swift cells.

// Before any other thread exists, so every thread inherits the blocked signals.
Interruption.shared.install()

func fail(_ message: String, status: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(status)
}

/// Parses the arguments for a command and runs it, turning thrown errors into exit status 2.
func run(_ command: String, help: String, options: Set<String> = [], flags: Set<String> = [],
         positionals: Bool = false, _ body: (Arguments) throws -> Int32) -> Never {
    if arguments.contains("--help") || arguments.contains("-h") {
        print(help, terminator: "")
        exit(0)
    }
    do {
        let parsed = try Arguments(arguments, command: command, options: options, flags: flags,
                                   allowsPositionals: positionals)
        exit(try body(parsed))
    } catch {
        fail(String(describing: error))
    }
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    FileHandle.standardError.write(Data(Usage.overview.utf8))
    exit(2)
}
arguments.removeFirst()

switch command {
case "-h", "--help", "help":
    print(Usage.overview, terminator: "")
case "build":
    run(command, help: Usage.build, options: BuildCommand.options, flags: BuildCommand.flags, positionals: true) {
        try BuildCommand(arguments: $0).run()
    }
case "check":
    run(command, help: Usage.check, options: BuildCommand.options, flags: BuildCommand.flags, positionals: true) {
        try BuildCommand(arguments: $0, problemsOnly: true).run()
    }
case "watch":
    run(command, help: Usage.watch, options: BuildCommand.options, flags: BuildCommand.flags, positionals: true) {
        try WatchCommand(arguments: $0).run()
    }
case "pdf":
    run(command, help: Usage.pdf, options: PDFCommand.options, flags: PDFCommand.flags, positionals: true) {
        do {
            return try PDFCommand(arguments: $0).run()
        } catch let error as PrintError {
            fail(error.description)
        }
    }
case "list":
    run(command, help: Usage.list, options: ["--root"]) { try ListCommand(arguments: $0).run() }
case "clean":
    run(command, help: Usage.clean, options: ["--root", "--output"]) { try CleanCommand(arguments: $0).run() }
case "markdown":
    run(command, help: Usage.markdown) { _ in
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        print(MarkdownFragment.render(input), terminator: "")
        return 0
    }
default:
    let commands = ["build", "check", "watch", "pdf", "list", "clean", "markdown"]
    let hint = Suggestion.nearest(to: command, in: commands).map { "did you mean '\($0)'?" }
        ?? "the commands are: \(commands.joined(separator: ", "))"
    fail("unknown command '\(command)'; \(hint) (see 'book --help')")
}
