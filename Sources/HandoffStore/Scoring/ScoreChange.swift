/// One lead's score before and after a rescoring (the same when it did not change), found by the
/// read pass and written by the write pass. Small and without references, so a million of them are
/// one allocation.
struct ScoreChange {
    var id: Int64
    var oldScore: Int32
    var newScore: Int32
    var fit: Int32
    /// +1 qualifies now and did not before, -1 the other way, 0 neither.
    var crossing: Int8

    var scoreChanges: Bool { oldScore != newScore }
}
