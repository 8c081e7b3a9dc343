// swift-tools-version:6.0
import PackageDescription

/// The executable textbook: a numerical engine, an SVG plot library, the runtime that
/// chapter programs link, and the generator that turns Markdown chapters into a book.
let package = Package(
    name: "ExecutableBook",
    products: [
        .executable(name: "book", targets: ["book"]),
        // Chapter programs are compiled by `book` and link this library dynamically.
        .library(name: "BookRuntime", type: .dynamic, targets: ["BookRuntime"]),
    ],
    targets: [
        // C libraries from Debian, reached through module maps.
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),

        // Vectorized tanh/exp through glibc's libmvec for the engine's element-wise hot loops,
        // and glibc heap tuning (mallopt) so freed tensor memory is reused.
        .target(name: "CFastMath", cSettings: [.unsafeFlags(["-O3", "-fno-math-errno"])],
                linkerSettings: [.linkedLibrary("mvec"), .linkedLibrary("m")]),
        .target(name: "Engine", dependencies: ["CBLAS", "CFastMath"], exclude: ["README.md"],
                swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))],
                linkerSettings: [.linkedLibrary("openblas"), .linkedLibrary("lapacke")]),
        .target(name: "Plot"),
        // The record format that chapter programs write and the generator reads.
        .target(name: "BookProtocol"),
        .target(name: "BookRuntime", dependencies: ["BookProtocol", "Engine", "Plot"]),
        .target(name: "BookKit", dependencies: ["BookProtocol", "CCmarkGFM", "Plot"],
                linkerSettings: [.linkedLibrary("cmark-gfm-extensions")]),
        .executableTarget(name: "book", dependencies: ["BookKit"]),
        // Benchmarks (make bench): the engine against NumPy, training against PyTorch, figure rendering.
        .executableTarget(name: "engine-bench", dependencies: ["Engine"],
                          swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]),
        .executableTarget(name: "training-bench", dependencies: ["Engine"],
                          swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]),
        .executableTarget(name: "plot-bench", dependencies: ["Plot"]),

        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"], exclude: ["Golden"]),
        .testTarget(name: "BookRuntimeTests", dependencies: ["BookRuntime"]),
        .testTarget(name: "BookKitTests", dependencies: ["BookKit"]),
        // Builds fixture books with the release `book` executable (make test builds it first).
        .testTarget(name: "BookKitEndToEndTests"),
    ],
    swiftLanguageModes: [.v5]
)
