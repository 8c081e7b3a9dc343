import BookKit
import Foundation

/// `book list`: the chapters in build order, with their cells and labels. Runs nothing.
struct ListCommand {
    var arguments: Arguments

    func run() throws -> Int32 {
        let options = BuildCommand.options(for: arguments.values)
        for chapter in ChapterListing.list(try options.loadChapters()) {
            let values = chapter.inlineValues == 0 ? ""
                : ", \(chapter.inlineValues) inline \(chapter.inlineValues == 1 ? "value" : "values")"
            print("\(chapter.path)  \(chapter.title)  (\(chapter.cells) \(chapter.cells == 1 ? "cell" : "cells")\(values))")
            if !chapter.labels.isEmpty { print("    labels: \(chapter.labels.joined(separator: ", "))") }
        }
        return 0
    }
}

/// `book clean`: removes the output directory (only if `book` wrote it) and the cache.
struct CleanCommand {
    var arguments: Arguments

    func run() throws -> Int32 {
        let options = BuildCommand.options(for: arguments.values)
        let removed = try options.clean { holder in
            let who = holder.map { "another build (pid \($0))" } ?? "another build"
            FileHandle.standardError.write(Data("waiting for \(who) to finish...\n".utf8))
        }
        print(removed.isEmpty ? "nothing to remove" : "removed \(removed.joined(separator: " and "))")
        return 0
    }
}
