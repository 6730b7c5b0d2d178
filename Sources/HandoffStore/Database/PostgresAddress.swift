import HandoffCore

/// A PostgreSQL connection string as `--db` and `HANDOFF_DB` take it: a `postgresql://` or
/// `postgres://` URI, anything libpq accepts (`?host=/socket/dir`, `sslmode=`, a password from
/// `~/.pgpass` or `PGPASSWORD`). A password written into the address itself is refused: it would
/// sit in the shell's history, in `ps` for everyone on the host, and in every message naming the
/// board.
public struct PostgresAddress: Sendable, Equatable {
    public let uri: String

    public init(_ uri: String) throws {
        self.uri = uri
        if PostgresAddress.hasPassword(uri) {
            throw HandoffError.invalidInput(
                Message(.addressOfTheBoard))
        }
    }

    /// The address as shown to people: scheme, user, host and database, without the query
    /// options. (It never holds a password: see `init`.)
    public var display: String {
        guard let question = uri.firstIndex(of: "?") else { return uri }
        return String(uri[..<question])
    }

    /// `user:password@` in the authority part, or `password=` among the options.
    static func hasPassword(_ uri: String) -> Bool {
        guard let schemeEnd = uri.range(of: "://") else { return false }
        let rest = uri[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        if let at = authority.lastIndex(of: "@"), authority[..<at].contains(":") { return true }
        if let question = rest.firstIndex(of: "?") {
            for option in rest[rest.index(after: question)...].split(separator: "&") where option.lowercased().hasPrefix("password=") {
                return true
            }
        }
        return false
    }
}
