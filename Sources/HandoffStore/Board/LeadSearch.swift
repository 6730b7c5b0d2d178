import HandoffCore

/// A filter with what it needs to be evaluated: who is asking (for `owner:me`) and the time (for
/// `stale`). Passed to every board and inbox read while a filter is active.
public struct LeadSearch: Sendable, Equatable {
    public var filter: LeadFilter
    public var user: String
    public var now: Int64

    public init(filter: LeadFilter, user: String, now: Int64) {
        self.filter = filter
        self.user = user
        self.now = now
    }
}
