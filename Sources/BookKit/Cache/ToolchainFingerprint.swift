import Foundation

/// A digest of everything outside a chapter that can change what its program prints: the
/// runtime library and the modules it exposes, the compiler's version, the compile flags
/// and the BLAS kernel choice. Computed once per build.
public struct ToolchainFingerprint: Sendable, Equatable {
    /// 64 hexadecimal digits.
    public var digest: String

    /// Modules in the runtime directory that belong to the generator, not to chapter programs;
    /// editing the generator must not invalidate every cached result.
    static let generatorModules: Set<String> = ["BookKit", "book"]

    /// Hashes the runtime directory's `libBookRuntime.so` and `Modules/*.swiftmodule`, the
    /// compiler version (from `versionCache`, which runs `swiftc --version` only when the
    /// compiler binary changed), the compile flags and `environment`'s OpenBLAS kernel.
    public static func compute(toolchain: Toolchain, versionCache: CompilerVersionCache,
                               environment: [String: String]) throws -> ToolchainFingerprint {
        var hasher = SHA256()
        hasher.update(field: "book-cache-v3")
        let library = "\(toolchain.runtimeDirectory)/libBookRuntime.so"
        let modules = "\(toolchain.runtimeDirectory)/Modules"
        let moduleFiles = ((try? FileManager.default.contentsOfDirectory(atPath: modules)) ?? [])
            .filter { $0.hasSuffix(".swiftmodule") }
            .filter { !generatorModules.contains(String($0.dropLast(".swiftmodule".count))) }
            .sorted()
            .map { "\(modules)/\($0)" }
        for path in [library] + moduleFiles {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw BookError.unreadable(path: path, reason: "the runtime file disappeared; run 'swift build -c release' again")
            }
            hasher.update(field: (path as NSString).lastPathComponent)
            hasher.update(field: SHA256.hex(bytes))
        }
        hasher.update(field: try versionCache.version(of: toolchain.compiler))
        for argument in toolchain.compileArguments(source: "main.swift", output: "chapter") {
            hasher.update(field: argument)
        }
        hasher.update(field: "OPENBLAS_CORETYPE=\(environment["OPENBLAS_CORETYPE"] ?? "")")
        return ToolchainFingerprint(digest: hasher.finalizeHex())
    }
}

/// `swiftc --version` output, remembered in a file keyed by the compiler binary's path,
/// modification time and size, so a build does not pay for a compiler process to learn it.
public struct CompilerVersionCache: Sendable {
    /// File holding the remembered version, inside the cache directory.
    public var path: String

    public init(path: String) {
        self.path = path
    }

    private struct Entry: Codable {
        var compiler: String
        var modified: Double
        var size: UInt64
        var version: String
    }

    /// The version text of the compiler at `compiler`.
    public func version(of compiler: String) throws -> String {
        let resolved = URL(fileURLWithPath: compiler).resolvingSymlinksInPath().path
        let attributes = try FileManager.default.attributesOfItem(atPath: resolved)
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        if let data = FileManager.default.contents(atPath: path),
           let entry = try? JSONDecoder().decode(Entry.self, from: data),
           entry.compiler == resolved, entry.modified == modified, entry.size == size {
            return entry.version
        }
        let version = try ChildProcess.capture(executable: compiler, arguments: ["--version"],
                                               outputPath: path + ".tmp-\(getpid())")
        let entry = Entry(compiler: resolved, modified: modified, size: size, version: version)
        if let data = try? JSONEncoder().encode(entry) { try? AtomicFile.write(data, to: path) }
        return version
    }
}
