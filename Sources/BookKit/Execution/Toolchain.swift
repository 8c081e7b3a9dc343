import Foundation

/// Where the compiler and the BookRuntime library are, and how chapter programs are
/// compiled and run against them.
public struct Toolchain: Sendable {
    /// `swiftc`.
    public var compiler: String
    /// Directory with `libBookRuntime.so` and `Modules/` (SwiftPM's release build directory).
    public var runtimeDirectory: String
    /// Directories with the module maps of C libraries the engine imports.
    public var includeDirectories: [String]

    public init(compiler: String, runtimeDirectory: String, includeDirectories: [String]) {
        self.compiler = compiler
        self.runtimeDirectory = runtimeDirectory
        self.includeDirectories = includeDirectories
    }

    /// Finds the toolchain for the `book` executable at `executablePath`: the runtime
    /// library beside it (SwiftPM puts both in `.build/release`) and the package's C
    /// module maps in the `Sources/` of the package that built it.
    public static func locate(executablePath: String,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Toolchain {
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        let buildDirectory = executable.deletingLastPathComponent()
        let library = buildDirectory.appendingPathComponent("libBookRuntime.so").path
        guard FileManager.default.fileExists(atPath: library) else {
            throw BookError.runtimeNotFound(searched: buildDirectory.path)
        }
        // .build/<triple>/release/book -> package root three levels up.
        var root = buildDirectory
        for _ in 0..<3 { root.deleteLastPathComponent() }
        // The engine imports these C modules; clients of its Swift module need their module maps.
        let cModules = ["Sources/CBLAS", "Sources/CFastMath/include"].map { root.appendingPathComponent($0) }
        for directory in cModules
        where !FileManager.default.fileExists(atPath: directory.appendingPathComponent("module.modulemap").path) {
            throw BookError.runtimeNotFound(searched: directory.path)
        }
        guard let compiler = findCompiler(environment: environment) else {
            throw BookError.compilerNotFound
        }
        return Toolchain(compiler: compiler, runtimeDirectory: buildDirectory.path,
                         includeDirectories: cModules.map(\.path))
    }

    /// The first `swiftc` on `PATH`.
    private static func findCompiler(environment: [String: String]) -> String? {
        ExecutableSearch.find(["swiftc"], environment: environment)
    }

    /// Compiler arguments for a chapter program: fast to compile (`-Onone`); the heavy
    /// numerics run inside the optimized runtime library.
    public func compileArguments(source: String, output: String) -> [String] {
        // Warnings reach the author at their Markdown line, and so does an expression that
        // takes the type checker over 1.5 s (it would cost that on every rebuild).
        var arguments = ["-Onone", "-swift-version", "5",
                         "-Xfrontend", "-warn-long-expression-type-checking=1500",
                         "-I", "\(runtimeDirectory)/Modules"]
        for directory in includeDirectories { arguments += ["-I", directory] }
        arguments += ["-L", runtimeDirectory, "-lBookRuntime",
                      "-Xlinker", "-rpath", "-Xlinker", runtimeDirectory,
                      source, "-o", output]
        return arguments
    }

    /// The environment for compiler and chapter programs: the caller's, plus the BLAS
    /// kernel choice OpenBLAS cannot make itself on this CPU (it reads the variable only
    /// when it loads, so it must be set before the program starts), and no crash
    /// backtracer (its report would bury the one-line error a reader needs).
    public static func childEnvironment(base: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        var environment = base
        if environment["OPENBLAS_CORETYPE"] == nil, let core = CPUFeatures.openBLASCoreType() {
            environment["OPENBLAS_CORETYPE"] = core
        }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        return environment
    }
}

/// What the CPU supports, read from `/proc/cpuinfo`.
public enum CPUFeatures {
    /// `SkylakeX` on AVX-512 CPUs, `Haswell` on AVX2 CPUs, `nil` when OpenBLAS's own
    /// detection should be trusted.
    public static func openBLASCoreType(cpuinfo: String? = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) -> String? {
        guard let cpuinfo,
              let flagsLine = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
        else { return nil }
        let flags = Set(flagsLine.split(separator: " ").map(String.init))
        if flags.contains("avx512f") { return "SkylakeX" }
        if flags.contains("avx2") { return "Haswell" }
        return nil
    }
}
