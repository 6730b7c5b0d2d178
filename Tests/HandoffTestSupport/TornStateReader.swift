import Foundation
import HandoffStore

/// What a reader process does while writers write: read the whole board's bookkeeping in one
/// transaction, again and again, and count the reads where it does not add up (a column total
/// that disagrees with its leads, a lead whose stage is not its latest event's). In WAL mode a
/// read transaction sees one committed moment, so there must be none.
///
///     reads N torn N
///     torn <what did not add up>      (at most five of these)
public enum TornStateReader {
    public static func run(path: String, until deadline: Date, write: (String) -> Void) throws -> Int32 {
        var reads = 0, torn = 0
        while Date() < deadline {
            let report = try BoardCheck.run(path: path)
            reads += 1
            if !report.passed {
                torn += 1
                if torn <= 5 { write("torn " + report.problems.prefix(3).joined(separator: "; ")) }
            }
        }
        write("reads \(reads) torn \(torn)")
        return 0
    }

    /// The counts from a reader's output.
    public static func counts(in lines: [String]) -> (reads: Int, torn: Int)? {
        guard let last = lines.last(where: { $0.hasPrefix("reads ") }) else { return nil }
        let words = last.split(separator: " ")
        guard words.count == 4, let reads = Int(words[1]), let torn = Int(words[3]) else { return nil }
        return (reads, torn)
    }
}
