// Chapter programs write `import BookRuntime` and get the whole toolkit: the engine, the
// plot library, and Foundation's math and formatting.
@_exported import Engine
@_exported import Foundation
@_exported import Plot
