/// "Did you mean" for mistyped commands, command-line options and cell options.
public enum Suggestion {
    /// The candidate closest to `input` by edit distance, if it is close enough to be a
    /// likely typo (at most two edits, or a third of the word for long words).
    public static func nearest(to input: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(input, $0)) }
        guard let (best, distance) = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return distance <= max(2, input.count / 3) ? best : nil
    }

    /// Levenshtein distance: insertions, deletions and substitutions of characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
