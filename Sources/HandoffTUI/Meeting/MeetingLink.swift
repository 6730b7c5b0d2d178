import HandoffCore

/// A meeting screen's link to the others: the position it last published (and when), the
/// chair's position it last followed, and who it last noted as present.
struct MeetingLink {
    var published: MeetingPosition?
    var publishedAt: Int64 = 0
    /// A position not yet published because the last one went out too recently.
    var pending = false
    var followed: MeetingPosition?
    var notedPresent: Set<String> = []

    /// A chair stepping through the agenda writes at most this often; a position held back is
    /// written on the next frame or tick after it.
    static let publishIntervalMilliseconds: Int64 = 150
}
