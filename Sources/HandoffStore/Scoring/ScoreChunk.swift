/// The leads read since the previous chunk, each with its score before and after, up to and including `lastID`: the
/// unit a rescoring is written in while the next one is still being read.
struct ScoreChunk: Sendable {
    var changes: ContiguousArray<ScoreChange>
    var lastID: Int64
    /// Leads read for this chunk, changed or not.
    var rescored: Int
}
