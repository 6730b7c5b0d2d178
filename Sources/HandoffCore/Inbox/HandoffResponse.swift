/// How one answer to a handoff measured against the service level.
public struct HandoffResponse: Sendable, Equatable {
    public var handedOffAt: Int64
    public var dueAt: Int64
    public var answeredAt: Int64
    /// Working time the lead waited for its answer.
    public var workingSeconds: Int64

    public init(handedOffAt: Int64, dueAt: Int64, answeredAt: Int64, workingSeconds: Int64) {
        self.handedOffAt = handedOffAt
        self.dueAt = dueAt
        self.answeredAt = answeredAt
        self.workingSeconds = workingSeconds
    }

    public var withinServiceLevel: Bool { answeredAt <= dueAt }
}
