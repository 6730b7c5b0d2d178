import HandoffCore

/// The audit of the board itself (stages, members, action items), and who really acted when
/// `--as` named another member. Every write that changes the board appends one board event in
/// its own transaction, as every change to a lead appends one event.
extension Store {
    /// Appends to `board_events`, chained and hashed (see `HistoryChain`); callers are inside the
    /// transaction that made the change.
    @discardableResult
    func appendBoardEvent(kind: String, subject: String, detail: String? = nil, actor: String, at now: Int64) throws -> BoardEvent {
        let proxy = self.proxy(for: actor)
        let (id, hash) = try boardEventChain.appendBoardEvent(
            at: now, actor: actor, actedBy: proxy, kind: kind, subject: subject, detail: detail)
        try connection.prepare(
            "INSERT INTO board_events(id, at, actor, acted_by, kind, subject, detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        )
        .run(
            .integer(id), .integer(now), .text(actor), DatabaseValue(proxy), .text(kind), .text(subject), DatabaseValue(detail),
            .blob(hash.bytes))
        try boardEventChain.saveHead()
        return BoardEvent(id: id, at: now, actor: actor, actedBy: proxy, kind: kind, subject: subject, detail: detail)
    }

    /// The latest `limit` board events from `since` (by `actor`), oldest first.
    public func boardEvents(since: Int64? = nil, actor: String? = nil, limit: Int) throws -> [BoardEvent] {
        let dialect = connection.dialect
        let sql = """
            SELECT id, at, actor, acted_by, kind, subject, detail FROM board_events
            WHERE (\(dialect.integer("?1")) IS NULL OR at >= ?1) AND (\(dialect.text("?2")) IS NULL OR actor = ?2) ORDER BY at DESC, id DESC LIMIT ?3
            """
        return try connection.prepare(sql).rows([DatabaseValue(since), DatabaseValue(actor), .integer(Int64(limit))]) {
            BoardEvent(
                id: $0.int64(0), at: $0.int64(1), actor: $0.string(2), actedBy: $0.optionalString(3), kind: $0.string(4),
                subject: $0.string(5), detail: $0.optionalString(6))
        }.reversed()
    }

    public func boardEventCount(since: Int64? = nil, actor: String? = nil) throws -> Int {
        let dialect = connection.dialect
        return try connection.prepare(
            "SELECT count(*) FROM board_events WHERE (\(dialect.integer("?1")) IS NULL OR at >= ?1) AND (\(dialect.text("?2")) IS NULL OR actor = ?2)"
        )
        .rows([DatabaseValue(since), DatabaseValue(actor)]) { $0.int(0) }.first ?? 0
    }

    /// Who really acted, written beside an event or a board event by `actor`: nil when no one
    /// used `--as`, or when they acted as themselves.
    static func proxy(_ actedBy: String?, for actor: String) -> String? { actedBy == actor ? nil : actedBy }

    func proxy(for actor: String) -> String? { Store.proxy(actedBy, for: actor) }

    /// From now on this session's events also name `login` as who really acted, whenever their
    /// actor is someone else (`--as`): `append` records it beside each event it writes. (Not a
    /// temporary trigger: bulk writers change `temp_store`, which drops the temporary schema.)
    func recordActedBy(_ login: String) throws {
        actedBy = login
    }

    /// A login's display name, also for someone since removed from the board.
    func formerName(login: String) throws -> String? {
        try connection.prepare("SELECT name FROM former_members WHERE login = ?").rows([.text(login)]) { $0.string(0) }.first
    }
}
