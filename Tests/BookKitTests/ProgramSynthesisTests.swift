import XCTest
@testable import BookKit

final class ProgramSynthesisTests: XCTestCase {
    func testCellsBecomeTopLevelCodeMappedToMarkdownLines() {
        let chapter = Chapter(path: "chapters/01 \"q\".md",
                              markdown: "# T\n\n```swift\nlet a = 1\n```\n\n```swift\nprint(a)\n```\n")
        let program = ProgramSynthesizer.program(for: chapter.cells, chapterPath: chapter.path)
        XCTAssertEqual(program, """
        import BookRuntime
        _bookBeginCell(1)
        #sourceLocation(file: "chapters/01 \\"q\\".md", line: 4)
        let a = 1
        #sourceLocation()
        _bookBeginCell(2)
        #sourceLocation(file: "chapters/01 \\"q\\".md", line: 8)
        print(a)
        #sourceLocation()
        _bookFinish()

        """)
    }

    func testCompilerDiagnosticsAreParsed() {
        let log = """
        chapters/02-b.md:4:14: error: cannot convert value of type 'String' to specified type 'Int'
          let y: Int = "no"
        chapters/02-b.md:5:1: warning: unused
        error: link failed: something
        """
        let diagnostics = Compiler.parseDiagnostics(log)
        XCTAssertEqual(diagnostics.count, 2)
        XCTAssertEqual(diagnostics[0].file, "chapters/02-b.md")
        XCTAssertEqual(diagnostics[0].line, 4)
        XCTAssertEqual(diagnostics[0].location.column, 14)
        XCTAssertEqual(diagnostics[0].severity, .error)
        XCTAssertEqual(diagnostics[1].severity, .warning)
    }

    func testOpenBLASCoreTypeFromCPUFlags() {
        XCTAssertEqual(CPUFeatures.openBLASCoreType(cpuinfo: "flags\t\t: fpu sse avx2 avx512f\n"), "SkylakeX")
        XCTAssertEqual(CPUFeatures.openBLASCoreType(cpuinfo: "flags\t\t: fpu sse avx2\n"), "Haswell")
        XCTAssertNil(CPUFeatures.openBLASCoreType(cpuinfo: "flags\t\t: fpu sse\n"))
    }

    func testChildEnvironmentKeepsAnExplicitCoreType() {
        let environment = Toolchain.childEnvironment(base: ["OPENBLAS_CORETYPE": "Zen"])
        XCTAssertEqual(environment["OPENBLAS_CORETYPE"], "Zen")
    }
}
