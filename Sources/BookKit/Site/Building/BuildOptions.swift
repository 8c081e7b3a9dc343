import Foundation

/// What to build, where, and how.
public struct BuildOptions: Sendable {
    /// The book's root: chapter programs run here; relative paths below are resolved against it.
    public var root: String
    public var chaptersDirectory = "chapters"
    public var outputDirectory = "output"
    /// Cached results, the chapter programs' work directories and the build lock.
    public var cacheDirectory = ".book-cache"
    /// Chapters compiled and run at the same time.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Seconds a chapter program may run unless a cell's `//| timeout:` asks for more.
    public var timeout: Double = 300
    /// Bytes of printed text kept per cell.
    public var outputLimit = 1 << 20
    /// Reuse cached results (`false`: run every selected chapter, then refresh the cache).
    public var useCache = true
    /// Chapters to run, by number, slug or path (empty: all). The others are taken from
    /// the cache when it holds their current results.
    public var selection: [String] = []
    /// Seconds to wait for another build of the same book to finish.
    public var lockTimeout: Double = 600
    /// Pages reload themselves in the browser after a rebuild (`book watch`; see `LiveReload`).
    public var liveReload = false

    public init(root: String) {
        self.root = root
    }

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : "\(root)/\(path)"
    }
}

extension BuildOptions {
    /// Loads the chapters in file-name order.
    public func loadChapters() throws -> [Chapter] {
        let directory = resolve(chaptersDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BookError.missingChaptersDirectory(chaptersDirectory)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".md") && $0 != "index.md" && !$0.hasPrefix(".") }
            .sorted()
        guard !names.isEmpty else { throw BookError.noChapters(chaptersDirectory) }
        return try names.map { name in
            try Chapter(contentsOf: URL(fileURLWithPath: "\(directory)/\(name)"),
                        displayPath: "\(chaptersDirectory)/\(name)")
        }
    }

    /// `chapters/index.md`, the landing page's title and text, if the book has one.
    func loadLanding() throws -> Chapter? {
        let path = resolve("\(chaptersDirectory)/index.md")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try Chapter(contentsOf: URL(fileURLWithPath: path), displayPath: "\(chaptersDirectory)/index.md")
    }
}
