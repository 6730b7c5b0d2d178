/// The palette's matching: the letters typed must appear in order in the candidate; matches at
/// the start of words and runs of adjacent letters rank higher, so "mvn" finds "move the lead to
/// the next stage" and "acc" puts "accept" above "feedback by source".
public enum FuzzyMatch {
    /// Nil when the query does not match; otherwise higher is better. Case and spaces in the
    /// query are ignored.
    public static func score(_ query: String, in candidate: String) -> Int? {
        let needle = Array(query.lowercased().filter { !$0.isWhitespace })
        if needle.isEmpty { return 0 }
        let haystack = Array(candidate.lowercased())
        guard haystack.count >= needle.count else { return nil }
        var best: Int?
        // Each place the first letter occurs is a possible start; the best greedy run wins.
        for start in haystack.indices where haystack[start] == needle[0] {
            if let score = greedyScore(needle, haystack, from: start), score > (best ?? Int.min) { best = score }
        }
        return best
    }

    private static func greedyScore(_ needle: [Character], _ haystack: [Character], from start: Int) -> Int? {
        var score = 0
        var position = start
        var previous = -2
        for letter in needle {
            while position < haystack.count && haystack[position] != letter { position += 1 }
            guard position < haystack.count else { return nil }
            score += 10
            if position == 0 || !(haystack[position - 1].isLetter || haystack[position - 1].isNumber) { score += 15 }
            if position == previous + 1 { score += 20 } else if previous >= 0 { score -= min(10, position - previous - 1) }
            previous = position
            position += 1
        }
        return score - start / 4
    }

    /// Letters to insert, delete or change to turn one word into the other (Levenshtein), by
    /// character, so `ñ` is one letter.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        var previous = Array(0...b.count)
        var current = previous
        for (i, x) in a.enumerated() {
            current[0] = i + 1
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate the fewest edits away from `word`; the earlier one on a tie.
    public static func nearest(_ word: String, in candidates: [String]) -> String? {
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word, candidate)
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.name
    }
}
