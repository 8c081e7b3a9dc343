import Foundation

/// What the book was built with, for the colophon: the commit, the compiler, the BLAS
/// library and the kernel it chose, and the operating system's kernel. Each is read from
/// the machine at build time (nothing is timestamped, so two builds of one commit on one
/// machine give the same page); a fact that cannot be read is "unknown".
public struct BuildFacts: Equatable, Sendable {
    public var commit: String
    public var compiler: String
    public var blas: String
    public var kernel: String

    public init(commit: String = "unknown", compiler: String = "unknown", blas: String = "unknown", kernel: String = "unknown") {
        self.commit = commit
        self.compiler = compiler
        self.blas = blas
        self.kernel = kernel
    }

    /// The facts of this machine for the book at `root`.
    static func collect(root: String, compilerVersion: String?, environment: [String: String]) -> BuildFacts {
        BuildFacts(commit: gitCommit(root: root) ?? "unknown",
                   compiler: compilerVersion.flatMap { $0.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } } ?? "unknown",
                   blas: openBLAS(coreType: environment["OPENBLAS_CORETYPE"]) ?? "unknown",
                   kernel: operatingSystemKernel() ?? "unknown")
    }

    /// `git rev-parse HEAD` in `root`; nil outside a repository or without git.
    static func gitCommit(root: String) -> String? {
        guard let git = ExecutableSearch.find(["git"]) else { return nil }
        let output = "\(NSTemporaryDirectory())/book-git-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let text = try? ChildProcess.capture(executable: git, arguments: ["-C", root, "rev-parse", "HEAD"], outputPath: output)
        let commit = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return commit.count == 40 && commit.allSatisfy(\.isHexDigit) ? commit : nil
    }

    /// OpenBLAS's build configuration and the kernel it uses (`openblas_get_config`,
    /// `openblas_get_corename`), read by loading the library the chapters link.
    static func openBLAS(coreType: String?) -> String? {
        let names: [String] = ["libopenblas.so.0", "libopenblas.so"]
        guard let library = names.lazy.compactMap({ name in dlopen(name, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
        defer { dlclose(library) }
        typealias Getter = @convention(c) () -> UnsafePointer<CChar>?
        func call(_ name: String) -> String? {
            guard let symbol = dlsym(library, name) else { return nil }
            return unsafeBitCast(symbol, to: Getter.self)().map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        guard let config = call("openblas_get_config") else { return nil }
        let core = call("openblas_get_corename").map { ", kernel \($0)" } ?? ""
        let requested = coreType.map { " (OPENBLAS_CORETYPE=\($0))" } ?? ""
        return config + core + requested
    }

    /// `uname -srm`: system, release, machine.
    static func operatingSystemKernel() -> String? {
        var names = utsname()
        guard uname(&names) == 0 else { return nil }
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        return "\(field(names.sysname)) \(field(names.release)) \(field(names.machine))"
    }
}
