/// The leads read since the previous chunk, up to and including `lastID`, each with its score before
/// and after: the unit a rescoring is written in while the next one is still being read.
struct ScoreChunk: Sendable {
    var changes: ContiguousArray<ScoreChange>
    var lastID: Int64
    /// Leads read for this chunk, changed or not.
    var rescored: Int
}
