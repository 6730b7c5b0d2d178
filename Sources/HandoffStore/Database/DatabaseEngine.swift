/// Which database a board lives in: a file (SQLite, the embedded default) or a server
/// (PostgreSQL, for teams on many machines). The store's logic is the same for both; the few
/// places where the engines differ ask the connection's engine (see `SQLDialect`).
public enum DatabaseEngine: String, Sendable, Equatable {
    case sqlite
    case postgres

    /// `postgresql://…` and `postgres://…` name a server, anything else is a file path: what
    /// `--db` and `HANDOFF_DB` accept.
    public init(address: String) {
        self = DatabaseEngine.isServerAddress(address) ? .postgres : .sqlite
    }

    public static func isServerAddress(_ address: String) -> Bool {
        address.hasPrefix("postgresql://") || address.hasPrefix("postgres://")
    }
}
