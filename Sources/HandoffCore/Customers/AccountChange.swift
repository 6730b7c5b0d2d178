/// What an account command wrote: its board event, and the account as it is after it.
public struct AccountChange: Sendable, Equatable {
    public var event: BoardEvent
    public var account: Account

    public init(event: BoardEvent, account: Account) {
        self.event = event
        self.account = account
    }
}
