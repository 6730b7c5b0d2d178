/// The detail of a `scored` entry in a lead's history, `42 -> 65 by scoring version 3; now
/// qualifies`: the words a `scored` event held before rescorings kept their changes in
/// `score_changes`, so both kinds of record read alike in the timeline, the log and an export.
enum ScoredDetail {
    static func text(oldScore: Int64, newScore: Int64, version: String, crossing: Int64) -> String {
        let suffix = crossing > 0 ? "; now qualifies" : crossing < 0 ? "; no longer qualifies" : ""
        return "\(oldScore) -> \(newScore) by scoring version \(version)\(suffix)"
    }
}
