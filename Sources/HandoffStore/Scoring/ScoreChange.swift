/// One lead whose stored score must change, found by the read pass of a rescoring and written by
/// its write pass. Small and without references, so a million of them are one allocation.
struct ScoreChange {
    var id: Int64
    var oldScore: Int32
    var newScore: Int32
    var fit: Int32
    /// +1 qualifies now and did not before, -1 the other way, 0 neither.
    var crossing: Int8
    var rowChanges: Bool

    var scoreChanges: Bool { oldScore != newScore }
}
