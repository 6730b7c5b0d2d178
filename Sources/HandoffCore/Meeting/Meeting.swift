/// One weekly meeting: the events since `since` are its agenda; closing it makes the next
/// meeting start from `closedAt`.
public struct Meeting: Sendable, Equatable {
    public var id: Int64
    public var since: Int64
    public var startedAt: Int64
    public var startedBy: String
    public var closedAt: Int64?
    public var closedBy: String?

    public init(id: Int64, since: Int64, startedAt: Int64, startedBy: String, closedAt: Int64? = nil, closedBy: String? = nil) {
        self.id = id
        self.since = since
        self.startedAt = startedAt
        self.startedBy = startedBy
        self.closedAt = closedAt
        self.closedBy = closedBy
    }

    public var isOpen: Bool { closedAt == nil }

    /// Where the agenda after this meeting starts: the second after its close. A meeting covers
    /// everything up to and including the second it was closed in, and the next one everything
    /// after, so no event is on two agendas.
    public var nextStart: Int64? { closedAt.map { $0 + 1 } }
}
