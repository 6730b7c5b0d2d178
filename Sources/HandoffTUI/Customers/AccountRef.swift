import HandoffCore

/// An account as the person saw it when a form opened: enough to name it and to send the version
/// they saw, so a change made meanwhile by someone else is refused rather than overwritten.
public struct AccountRef: Sendable, Equatable {
    public var id: Int64
    public var version: Int
    public var name: String

    public init(_ account: Account) {
        id = account.id
        version = account.version
        name = account.name
    }
}
