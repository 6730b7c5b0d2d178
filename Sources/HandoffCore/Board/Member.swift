/// A person on the board: who acts, who owns leads, and which team's rules apply to them.
public struct Member: Sendable, Equatable {
    public var login: String
    public var name: String
    public var team: String

    public init(login: String, name: String, team: String) {
        self.login = login
        self.name = name
        self.team = team
    }
}
