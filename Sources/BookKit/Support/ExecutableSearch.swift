import Foundation

/// Finds programs the way a shell does: the first directory of `PATH` (default
/// `/usr/bin:/bin`) that holds an executable file of the given name.
enum ExecutableSearch {
    /// The path of the first of `names` found on `PATH`, trying each name in every
    /// directory before the next name; nil when none is there.
    static func find(_ names: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }
}
