/// Time left to answer a handoff, in working seconds; negative once overdue.
public struct SLAClock: Sendable, Equatable {
    public enum State: String, Sendable, Equatable {
        case onTime = "on_time"
        /// Less than a quarter of the budget is left.
        case warning
        case overdue
    }

    public var remaining: Int64
    public var budget: Int64
    /// The instant the answer is due.
    public var due: Int64

    public init(remaining: Int64, budget: Int64, due: Int64) {
        self.remaining = remaining
        self.budget = budget
        self.due = due
    }

    public var state: State {
        if remaining < 0 { return .overdue }
        if remaining * 4 < budget { return .warning }
        return .onTime
    }

    /// `5h 20m left`, `45m left`, `2h 05m over`: working time, as the service level counts it.
    public var text: String {
        remaining < 0 ? DurationFormat.hoursMinutes(-remaining) + " over" : DurationFormat.hoursMinutes(remaining) + " left"
    }
}
