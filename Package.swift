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

        .target(name: "Engine", dependencies: ["CBLAS"],
                swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))],
                linkerSettings: [.linkedLibrary("openblas"), .linkedLibrary("lapacke")]),
        .target(name: "Plot"),
        .target(name: "BookRuntime", dependencies: ["Engine", "Plot"]),
        .target(name: "BookKit", dependencies: ["CCmarkGFM"],
                linkerSettings: [.linkedLibrary("cmark-gfm-extensions")]),
        .executableTarget(name: "book", dependencies: ["BookKit"]),
        .executableTarget(name: "plot-bench", dependencies: ["Plot"]),

        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"]),
        .testTarget(name: "BookRuntimeTests", dependencies: ["BookRuntime"]),
        .testTarget(name: "BookKitTests", dependencies: ["BookKit"]),
    ],
    swiftLanguageModes: [.v5]
)
