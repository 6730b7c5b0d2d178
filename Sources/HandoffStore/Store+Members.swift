import HandoffCore

extension Store {
    public func member(login: String) throws -> Member? {
        let statement = try connection.prepare("SELECT login, name, team FROM members WHERE login = ?")
        return try statement.rows([.text(login)]) { Member(login: $0.string(0), name: $0.string(1), team: $0.string(2)) }.first
    }

    /// Everyone on the board, or one team, by login.
    public func members(team: String? = nil) throws -> [Member] {
        if let team {
            let statement = try connection.prepare("SELECT login, name, team FROM members WHERE team = ? ORDER BY login")
            return try statement.rows([.text(team)]) { Member(login: $0.string(0), name: $0.string(1), team: $0.string(2)) }
        }
        let statement = try connection.prepare("SELECT login, name, team FROM members ORDER BY login")
        return try statement.rows([]) { Member(login: $0.string(0), name: $0.string(1), team: $0.string(2)) }
    }

    /// Campaign ids, for checking what people type. Campaigns are few (one per marketing push).
    public func campaignIDs() throws -> [String] {
        try connection.prepare("SELECT id FROM campaigns ORDER BY id").rows([]) { $0.string(0) }
    }

    /// The board's currency code (`settings.currency`), shown wherever an amount is asked for.
    public func currency() throws -> String {
        try setting("currency") ?? "EUR"
    }

    func setting(_ key: String) throws -> String? {
        try connection.prepare("SELECT value FROM settings WHERE key = ?").rows([.text(key)]) { $0.string(0) }.first
    }

    func setSetting(_ key: String, _ value: String) throws {
        try connection.prepare("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .run(.text(key), .text(value))
    }
}
