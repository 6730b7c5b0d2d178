import Foundation
import HandoffCore

/// The board's database (an SQLite file, or a PostgreSQL database for teams on many machines):
/// schema, queries and every write. Each write is one transaction that changes the lead and
/// appends to the event log together. The logic is written once over `DatabaseConnection`.
public final class Store {
    /// The database itself: for the store's own extensions, the tests and the benchmark, never for
    /// code outside the package, which goes through the store's methods and their rules.
    package let connection: any DatabaseConnection
    public let path: String
    public let readOnly: Bool
    public internal(set) var pipeline: Pipeline = .standard
    /// The person at the keyboard when `--as` named another member (see `recordActedBy`).
    public internal(set) var actedBy: String?
    /// On a server, the role it authenticated: who this session is, mapped to `members.login`
    /// (nil on a file, where the operating-system login says it).
    public private(set) var sessionLogin: String?
    /// True when opening the board created its schema (a new file, or an empty database).
    public private(set) var createdSchema = false
    /// The hash chains of the two logs, shared by every writer of this store (see `HistoryChain`).
    let eventChain: HistoryChain
    let boardEventChain: HistoryChain
    /// The facts at either end of a window, read once per report (see `Store+KPIWindow.swift`).
    var windowMoments: [ClosedRange<Int64>: [KPIMoment]]?

    /// Opens (and, unless `readOnly`, creates and migrates) the board at `path`: a file, or a
    /// `postgresql://` address (see `DatabaseEngine`). A new file is private (0600) unless
    /// `sharedGroup` is given: then 0660 with that group (see `BoardFiles`). `busyTimeout` is how
    /// long a write waits for other writers, in milliseconds.
    public init(path: String, readOnly: Bool = false, sharedGroup: gid_t? = nil, busyTimeout: Int32 = 5_000) throws {
        self.path = path
        self.readOnly = readOnly
        if DatabaseEngine.isServerAddress(path) {
            let server = try PostgresConnection(address: try PostgresAddress(path), busyTimeout: busyTimeout)
            connection = server
            eventChain = HistoryChain(log: .events, connection: server)
            boardEventChain = HistoryChain(log: .boardEvents, connection: server)
            try server.retryingWhileBusy {
                let version = try serverSchemaVersion(server)
                try migrateServer(server, from: version)
                pipeline = try loadPipeline()
            }
            try server.listen()
            sessionLogin = server.role
            return
        }
        let isNew = !FileManager.default.fileExists(atPath: path)
        createdSchema = isNew
        if isNew {
            if readOnly { throw HandoffError.storage(Message(.noBoardAtCreate, "\(path)", "\(path)")) }
            if let sharedGroup { try BoardFiles.createSharedFolder((path as NSString).deletingLastPathComponent, group: sharedGroup) }
            try BoardFiles.create(at: path, mode: sharedGroup == nil ? 0o600 : 0o660, group: sharedGroup)
        } else {
            try BoardFiles.prepareExisting(path, readOnly: readOnly, sharedGroup: sharedGroup)
        }
        let connection = try SQLiteConnection(path: path, readOnly: readOnly, create: !readOnly, busyTimeout: busyTimeout)
        self.connection = connection
        eventChain = HistoryChain(log: .events, connection: connection)
        boardEventChain = HistoryChain(log: .boardEvents, connection: connection)
        try connection.retryingWhileBusy {
            try connection.execute("PRAGMA foreign_keys = ON")
            // Read before anything is written: a newer board or another program's database must be
            // refused untouched, not switched to WAL or given Handoff's tables.
            let version = try schemaVersionOnDisk()
            if !readOnly {
                try connection.execute("PRAGMA journal_mode = WAL")
                try connection.execute("PRAGMA synchronous = NORMAL")
            }
            try migrate(from: version)
            pipeline = try loadPipeline()
        }
        // SQLite may have just made `-wal` and `-shm`: they get the board's group and mode.
        try BoardFiles.secureCompanions(of: path, align: true)
    }

    public static let schemaVersion = Migrations.all.count

    /// The engine the board is on.
    public var engine: DatabaseEngine { connection.engine }

    /// The board's name as the status line shows it: the file's name, or the server's database.
    public var displayName: String {
        if engine == .postgres { return (connection as? PostgresConnection)?.serverName ?? path }
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Readable when another connection committed (PostgreSQL), for the loop to wait on beside
    /// the keyboard; nil on SQLite, whose changes are polled.
    public var changeDescriptor: Int32? { connection.changeDescriptor }

    /// Why the board cannot be read right now (the server is out of reach), or nil.
    public var connectionProblem: Message? {
        guard let server = connection as? PostgresConnection, let since = server.unreachableSince else { return nil }
        return Message(.serverOfIsOut, "\(server.serverName)", "\(Int(Date().timeIntervalSince(since)))")
    }

    /// The schema version of a PostgreSQL database, refusing a newer one or another program's.
    private func serverSchemaVersion(_ server: PostgresConnection) throws -> Int {
        let hasVersion =
            try server.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_version'") ?? 0
        if hasVersion == 0 {
            let tables = try server.prepare(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename LIMIT 4"
            ).rows([]) { $0.string(0) }
            if !tables.isEmpty {
                throw HandoffError.storage(
                    Message(.isADatabaseOf, "\(path)", "\(tables.joined(separator: ", "))")
                )
            }
            return 0
        }
        let current = Int(try server.scalar("SELECT max(version) FROM schema_version") ?? 0)
        if current > Migrations.all.count {
            throw HandoffError.storage(
                Message(.wasWrittenByA, "\(path)", "\(current)", "\(Migrations.all.count)")
            )
        }
        return current
    }

    private func migrateServer(_ server: PostgresConnection, from current: Int) throws {
        let pending = PostgresMigrations.all.filter { $0.version > current }
        if pending.isEmpty { return }
        createdSchema = current == 0
        if current > 0,
            let owner = try server.prepare(
                """
                SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_version'
                  AND NOT pg_has_role(current_user, tableowner, 'USAGE')
                """
            ).rows([], { $0.string(0) }).first
        {
            // Members hold no right to change the schema, by design: the owner upgrades it, once.
            throw HandoffError.storage(
                Message(.isAtSchemaAnd, "\(path)", "\(current)", "\(PostgresMigrations.latest)", "\(owner)", "\(owner)")
            )
        }
        if readOnly {
            throw HandoffError.storage(Message(.needsAnUpgradeThat, "\(path)"))
        }
        for migration in pending {
            try server.transaction {
                // Two boards opening a new database at once: the second finds the work done.
                guard try serverSchemaVersionIfAny(server) < migration.version else { return }
                try server.execute(migration.sql)
                if current == 0, migration.version == PostgresMigrations.all[0].version { try insertDefaultPipeline() }
                if migration.version == Migrations.historyChain + 1 {
                    for log in HistoryChain.Log.allCases { try HistoryChain.hashExistingRows(of: log, connection: server) }
                }
                if migration.version == Migrations.customerBand + 1 { try openCustomerBand() }
                try server.prepare("UPDATE schema_version SET version = ?").run(.integer(Int64(migration.version)))
            }
        }
    }

    private func serverSchemaVersionIfAny(_ server: PostgresConnection) throws -> Int {
        let hasVersion =
            try server.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_version'") ?? 0
        return hasVersion == 0 ? 0 : Int(try server.scalar("SELECT max(version) FROM schema_version") ?? 0)
    }

    /// The schema version of the file, refusing one this Handoff cannot read.
    private func schemaVersionOnDisk() throws -> Int {
        let current = Int(try connection.scalar("PRAGMA user_version") ?? 0)
        if current > Migrations.all.count {
            throw HandoffError.storage(
                Message(.wasWrittenByA, "\(path)", "\(current)", "\(Migrations.all.count)")
            )
        }
        if current == 0 {
            let tables = try connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name LIMIT 4").rows([]) {
                $0.string(0)
            }
            if !tables.isEmpty {
                throw HandoffError.storage(
                    Message(.isAnSQLiteDatabase, "\(path)", "\(tables.joined(separator: ", "))")
                )
            }
        }
        return current
    }

    private func migrate(from current: Int) throws {
        if current == Migrations.all.count { return }
        if readOnly {
            throw HandoffError.storage(Message(.needsAnUpgradeThat, "\(path)"))
        }
        for index in current..<Migrations.all.count {
            try connection.transaction {
                if index == Migrations.customerBand { try Migrations.admitCustomers(connection) }
                try connection.execute(Migrations.all[index])
                if index == 0 { try insertDefaultPipeline() }
                if index == Migrations.customerBand { try openCustomerBand() }
                if index == Migrations.historyChain {
                    for log in HistoryChain.Log.allCases { try HistoryChain.hashExistingRows(of: log, connection: connection) }
                }
                try connection.execute("PRAGMA user_version = \(index + 1)")
            }
        }
    }

    private func insertDefaultPipeline() throws {
        let insert = try connection.prepare(
            "INSERT INTO stages(id, title, side, position, probability, idle_days, visible) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for stage in Pipeline.standard.stages {
            try insert.run(
                .text(stage.id), .text(stage.title), .text(stage.side.rawValue), .integer(Int64(stage.position)),
                .real(stage.probability), DatabaseValue(stage.idleDays), .integer(stage.visible ? 1 : 0))
        }
    }

    /// Re-reads the stages after someone edited them (here or in another terminal).
    public func reloadPipeline() throws {
        pipeline = try loadPipeline()
    }

    func loadPipeline() throws -> Pipeline {
        let statement = try connection.prepare(
            "SELECT id, title, side, position, probability, idle_days, visible FROM stages ORDER BY position")
        let stages = try statement.rows([]) { row in
            Stage(
                id: row.string(0), title: row.string(1), side: Side(rawValue: row.string(2)) ?? .sales, position: row.int(3),
                probability: row.double(4), idleDays: row.optionalInt64(5).map { Int(min(max($0, 0), 36_500)) }, visible: row.int(6) != 0)
        }
        return Pipeline(stages: stages)
    }

    /// Changes whenever another connection commits; polled on each tick to notice other terminals.
    public func dataVersion() throws -> Int64 { try connection.changeCounter() }

    /// Copies what is committed in the write-ahead log back into the board, without waiting for
    /// any reader or writer (a passive checkpoint). SQLite otherwise does it inside the commit that
    /// fills the log past a thousand pages: at a million leads that commit, a key's move, took four
    /// times as long as the others. Nothing to copy costs next to nothing; read-only boards skip it.
    public func checkpoint() {
        guard !readOnly, engine == .sqlite else { return }
        try? connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    }

    // MARK: Reading the board

    public func stageTotals() throws -> [String: StageTotal] {
        let statement = try connection.prepare("SELECT stage, leads, value FROM stage_totals")
        var totals: [String: StageTotal] = [:]
        for (stage, total) in try statement.rows([], { ($0.string(0), StageTotal(leads: $0.int(1), value: $0.double(2))) }) {
            totals[stage] = total
        }
        return totals
    }

    static let leadColumns = leadColumns(of: "leads")
    /// How many columns `leadColumns` holds: a query's own columns follow from this index.
    static let leadColumnCount: Int32 = 16

    /// The columns `lead(from:)` reads, of the lead table named `table` in the query. The score is
    /// looked up by the lead's id in `lead_scores` (see `Migrations.leadScores`); 0 for a lead that
    /// has no row there, as for one no definition has scored. `scored: false` reads 0 for every
    /// score: for a reader that never shows one and runs in migrations before that table exists.
    static func leadColumns(of table: String, scored: Bool = true) -> String {
        let columns = ["id", "name", "company", "email", "phone", "source", "campaign", "owner", "stage", "value"].map { "\(table).\($0)" }
        let rest = ["created_at", "entered_at", "closed_at", "lost_reason", "version"].map { "\(table).\($0)" }
        return (columns + [scored ? Store.scoreOf(table) : "0"] + rest).joined(separator: ", ")
    }

    /// The score of the lead of `table` in the query, as one value.
    static func scoreOf(_ table: String) -> String {
        "coalesce((SELECT lead_scores.score FROM lead_scores WHERE lead_scores.lead_id = \(table).id), 0)"
    }

    static func lead(from row: any DatabaseStatement) -> Lead {
        Lead(
            id: row.int64(0), name: row.string(1), company: row.string(2), email: row.string(3), phone: row.string(4),
            source: row.string(5), campaign: row.optionalString(6), owner: row.optionalString(7), stage: row.string(8),
            value: row.optionalDouble(9), score: row.int(10), createdAt: row.int64(11), enteredAt: row.int64(12),
            closedAt: row.optionalInt64(13), lostReason: row.optionalString(14), version: row.int(15))
    }

    /// Up to `limit` leads of a column in board order (newest arrival first), strictly after
    /// `cursor`; only those matching `search` when a filter is active.
    public func page(stage: String, after cursor: BoardCursor?, limit: Int, search: LeadSearch? = nil) throws -> [Lead] {
        try columnPage(stage: stage, cursor: cursor, comparison: "<", order: "DESC", limit: limit, search: search)
    }

    /// Up to `limit` leads of a column starting at `cursor` itself (or just after where it was, if
    /// that lead has since left the column): reloading a window keeps its place.
    public func page(stage: String, from cursor: BoardCursor, limit: Int, search: LeadSearch? = nil) throws -> [Lead] {
        try columnPage(stage: stage, cursor: cursor, comparison: "<=", order: "DESC", limit: limit, search: search)
    }

    /// Up to `limit` leads that come just before `cursor` in board order (or the last ones when nil),
    /// returned in board order.
    public func page(stage: String, before cursor: BoardCursor?, limit: Int, search: LeadSearch? = nil) throws -> [Lead] {
        try columnPage(stage: stage, cursor: cursor, comparison: ">", order: "ASC", limit: limit, search: search).reversed()
    }

    /// One keyset page over `leads_board` (stage, entered_at, id), with the filter's conditions.
    private func columnPage(stage: String, cursor: BoardCursor?, comparison: String, order: String, limit: Int, search: LeadSearch?) throws
        -> [Lead]
    {
        var values: [DatabaseValue] = [.text(stage)]
        var sql = "SELECT \(Store.leadColumns) FROM leads WHERE stage = ?"
        if let cursor {
            sql += " AND (entered_at, id) \(comparison) (\(connection.dialect.integer()), \(connection.dialect.integer()))"
            values += [.integer(cursor.enteredAt), .integer(cursor.id)]
        }
        sql += searchClause(search, values: &values) + " ORDER BY entered_at \(order), id \(order) LIMIT ?"
        values.append(.integer(Int64(limit)))
        return try connection.prepare(sql).rows(values, Store.lead)
    }

    /// How many leads of a column (matching `search`) come before `cursor` in board order: the
    /// scroll position shown.
    public func rank(stage: String, cursor: BoardCursor, search: LeadSearch? = nil) throws -> Int {
        var values: [DatabaseValue] = [.text(stage), .integer(cursor.enteredAt), .integer(cursor.id)]
        let sql =
            "SELECT count(*) FROM leads WHERE stage = ? AND (entered_at, id) > (\(connection.dialect.integer()), \(connection.dialect.integer()))"
            + searchClause(search, values: &values)
        return try connection.prepare(sql).rows(values) { $0.int(0) }.first ?? 0
    }

    public func lead(id: Int64) throws -> Lead? {
        let statement = try connection.prepare("SELECT \(Store.leadColumns) FROM leads WHERE id = ?")
        return try statement.rows([.integer(id)], Store.lead).first
    }

    public func requireLead(id: Int64) throws -> Lead {
        guard let lead = try lead(id: id) else { throw HandoffError.leadNotFound(id) }
        return lead
    }

    /// The lead's history, newest first: its events and its score changes from rescorings.
    public func events(leadID: Int64, limit: Int = 200) throws -> [LeadEvent] {
        let statement = try connection.prepare(
            "SELECT \(Store.eventColumns) FROM events WHERE lead_id = ? ORDER BY at DESC, id DESC LIMIT ?")
        let events = try statement.rows([.integer(leadID), .integer(Int64(limit))], Store.event)
        return Store.newestFirst(events, try scoreChangeHistory(leadID: leadID), limit: limit)
    }

    static let eventColumns = "id, lead_id, at, actor, kind, from_stage, to_stage, detail, reverts, acted_by"

    static func event(from row: any DatabaseStatement) -> LeadEvent {
        LeadEvent(
            id: row.int64(0), leadID: row.int64(1), at: row.int64(2), actor: row.string(3), kind: row.string(4),
            fromStage: row.optionalString(5), toStage: row.optionalString(6), detail: row.optionalString(7),
            reverts: row.optionalInt64(8), actedBy: row.optionalString(9))
    }

    public func attributes(leadID: Int64) throws -> [(name: String, value: String)] {
        let statement = try connection.prepare("SELECT name, value FROM lead_attributes WHERE lead_id = ? ORDER BY name")
        return try statement.rows([.integer(leadID)]) { (name: $0.string(0), value: $0.string(1)) }
    }

    public func eventCount() throws -> Int { Int(try connection.scalar("SELECT count(*) FROM events") ?? 0) }
    public func leadCount() throws -> Int { Int(try connection.scalar("SELECT coalesce(sum(leads), 0) FROM stage_totals") ?? 0) }

    // MARK: Writing

    /// Carries out a user's command: permission, validation, the lead update and its event in one
    /// transaction. Every write to a lead goes through here (see `perform`), so checks added here
    /// hold for the keys, the command line and scripts alike. A refused command writes nothing.
    @discardableResult
    public func apply(_ command: Command, actor: String, at now: Int64 = Timestamp.now()) throws -> LeadEvent {
        if readOnly { throw Store.readOnlyRefusal }
        return try connection.transaction {
            try perform(command, in: WriteContext(actor: actor, now: now))
        }
    }

    /// Appends to the event log; callers are already inside the transaction that changed the lead.
    @discardableResult
    func append(_ event: LeadEvent) throws -> LeadEvent {
        var stored = event
        stored.id = try LeadWriter(store: self)
            .append(
                leadID: event.leadID, at: event.at, actor: event.actor, kind: event.kind, from: event.fromStage, to: event.toStage,
                detail: event.detail, reverts: event.reverts)
        stored.actedBy = proxy(for: event.actor)
        return stored
    }

    /// Inserts a new lead and its `created` event in one transaction; returns the lead as stored.
    @discardableResult
    public func createLead(_ lead: Lead, actor: String, attributes: [LeadAttribute] = []) throws -> Lead {
        return try connection.transaction {
            try require(.createLead, actor: actor)
            let id = try insertLeadRow(lead, attributes: attributes)
            try append(LeadEvent(leadID: id, at: lead.createdAt, actor: actor, kind: EventKind.created, toStage: lead.stage))
            // A deal written straight into Won is a customer too.
            if lead.stage == pipeline.wonStage?.id { try openAccountsForUnlinkedWins(now: lead.closedAt ?? lead.createdAt) }
            var stored = lead
            stored.id = id
            return stored
        }
    }

    /// The row alone, for loaders that write their own history. Must run inside a transaction.
    func insertLeadRow(_ lead: Lead, attributes: [LeadAttribute]) throws -> Int64 {
        _ = try pipeline.requireStage(lead.stage)
        let writer = try LeadWriter(store: self)
        let id = try writer.insert(lead)
        for attribute in attributes {
            try writer.setAttribute(leadID: id, name: attribute.name, value: attribute.value)
        }
        return id
    }
}
