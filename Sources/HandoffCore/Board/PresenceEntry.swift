/// Someone else who has the board open right now, as the status bar names them.
public struct PresenceEntry: Sendable, Equatable {
    public var login: String
    public var name: String
    /// A session that cannot write: `--read-only` (the meeting-room screen) or not a member.
    public var readOnly: Bool

    public init(login: String, name: String, readOnly: Bool) {
        self.login = login
        self.name = name
        self.readOnly = readOnly
    }
}
