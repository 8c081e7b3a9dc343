import BookKit

/// A small command-line parser: `--name value`, `--name=value`, `--flag` and plain
/// arguments, with errors that quote the input and suggest the fix.
struct Arguments {
    enum ParseError: Error, CustomStringConvertible {
        case unknownOption(String, command: String, suggestion: String?)
        case missingValue(String)
        case invalidValue(option: String, value: String, expected: String)
        case unexpectedArgument(String, command: String)

        var description: String {
            switch self {
            case let .unknownOption(option, command, suggestion):
                let hint = suggestion.map { "did you mean '\($0)'?" } ?? "see 'book \(command) --help'"
                return "unknown option '\(option)' for 'book \(command)'; \(hint)"
            case .missingValue(let option):
                return "option '\(option)' needs a value, as in '\(option) 4'"
            case let .invalidValue(option, value, expected):
                return "option '\(option)' expects \(expected), not '\(value)'"
            case let .unexpectedArgument(argument, command):
                return "unexpected argument '\(argument)' for 'book \(command)'; see 'book \(command) --help'"
            }
        }
    }

    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    /// Arguments that are not options, in order (chapter names for `build`).
    private(set) var positionals: [String] = []

    /// Parses `arguments` for `command`: `options` take a value, `flags` do not, and plain
    /// arguments are accepted only when `allowsPositionals`.
    init(_ arguments: [String], command: String, options: Set<String>, flags allowedFlags: Set<String>,
         allowsPositionals: Bool = false) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-") else {
                guard allowsPositionals else { throw ParseError.unexpectedArgument(argument, command: command) }
                positionals.append(argument)
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1)
            let name = String(parts.first ?? "")
            if allowedFlags.contains(name), parts.count == 1 {
                flags.insert(name)
            } else if options.contains(name) {
                if parts.count == 2 {
                    values[name] = String(parts[1])
                } else if index < arguments.count {
                    values[name] = arguments[index]
                    index += 1
                } else {
                    throw ParseError.missingValue(name)
                }
            } else {
                let suggestion = Suggestion.nearest(to: name, in: (options.union(allowedFlags)).sorted())
                throw ParseError.unknownOption(name, command: command, suggestion: suggestion)
            }
        }
    }

    func positiveNumber(_ option: String) throws -> Double? {
        guard let text = values[option] else { return nil }
        guard let value = Double(text), value > 0 else {
            throw ParseError.invalidValue(option: option, value: text, expected: "a positive number")
        }
        return value
    }

    func positiveInteger(_ option: String) throws -> Int? {
        guard let text = values[option] else { return nil }
        guard let value = Int(text), value > 0 else {
            throw ParseError.invalidValue(option: option, value: text, expected: "a positive whole number")
        }
        return value
    }
}
