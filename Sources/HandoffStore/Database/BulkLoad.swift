import HandoffCore

/// Makes a large load into one transaction cheap: the `stage_totals` insert trigger is set aside
/// and the totals of the new rows are added once at the end, and (for a load into an empty board)
/// the secondary indexes of `leads` and `events` are dropped and built again from sorted data,
/// which is several times faster than keeping them up to date row by row, and the KPI rollup is
/// counted in memory as rows are written (see `KPIRollup.Tally`): the loader reports every lead,
/// event and answer it writes through `add`. Everything happens
/// inside the caller's transaction, so a failed load rolls the schema back with the data; other
/// terminals see the board before or after, never in between.
final class BulkLoad {
    private let connection: any DatabaseConnection
    private let totalsTrigger: SetAsideTriggers
    private var indexes: [String] = []
    /// The KPI triggers set aside (see `KPIRollup`), to be put back after the rollup is rebuilt.
    private var rollupTriggers: SetAsideTriggers?
    /// A server's foreign keys of the loaded tables, added again (checked in one join each) at the end.
    private var foreignKeys: SetAsideForeignKeys?
    private var totals: [String: StageTotal] = [:]
    /// The rollup of a load into an empty board; nil when the KPI triggers keep it.
    private(set) var tally: KPIRollup.Tally?

    /// Outside the transaction (SQLite ignores these inside one): foreign keys off, because a bulk
    /// loader writes every lead before anything that refers to it, in batches whose order SQLite
    /// cannot see; and a page cache large enough that the load does not spill pages midway.
    static func relax(_ connection: any DatabaseConnection) throws {
        guard connection.engine == .sqlite else { return }
        try connection.execute("PRAGMA foreign_keys = OFF")
        try connection.execute("PRAGMA cache_size = -131072")
        // Index builds at the end sort with helper threads.
        try connection.execute("PRAGMA threads = 2")
        // The rebuilds at the end read the new tables many times over: mapped into memory, those
        // reads cost no system call per page (measured: the KPI rollup of a million leads in half
        // the time).
        try connection.execute("PRAGMA mmap_size = 2000000000")
        // Every multi-row INSERT keeps a statement journal of the pages it changes that were
        // there before it: in memory instead of a temporary file written and thrown away.
        try connection.execute("PRAGMA temp_store = MEMORY")
    }

    /// For a load into an empty board that no other terminal has open: a rollback journal instead
    /// of the write-ahead log, so a million rows are written to the file once instead of to the log
    /// and then again into the file. Returns whether it switched; `returnToWAL` switches back.
    static func leaveWAL(_ connection: any DatabaseConnection) -> Bool {
        guard let sqlite = connection as? SQLiteConnection else { return false }
        return sqlite.switchJournal(to: "DELETE").lowercased() == "delete"
    }

    static func returnToWAL(_ connection: any DatabaseConnection) {
        _ = (connection as? SQLiteConnection)?.switchJournal(to: "WAL")
    }

    /// The connection's settings as `Store` opens it.
    static func restore(_ connection: any DatabaseConnection) throws {
        guard connection.engine == .sqlite else { return }
        try connection.execute("PRAGMA temp_store = DEFAULT")
        try connection.execute("PRAGMA threads = 0")
        try connection.execute("PRAGMA mmap_size = 0")
        try connection.execute("PRAGMA cache_size = -2000")
        try connection.execute("PRAGMA foreign_keys = ON")
    }

    /// The tables a bulk loader writes row by row.
    static let loadedTables = ["leads", "lead_scores", "lead_attributes", "events", "responses"]

    /// The tables a load into a server analyses before it commits and vacuums after.
    static let settledTables = loadedTables + ["kpi_days"]

    /// After the load has committed, on a server: a VACUUM marks the pages it wrote all-visible.
    /// Until then every count and median that reads an index alone also reads each row it finds,
    /// to learn whether the row is visible (measured at a million leads: the dashboard 1.9 s
    /// straight after `handoff generate`, 0.66 s after a VACUUM of 1.7 s). Not inside the load:
    /// VACUUM cannot run in a transaction. Without ANALYZE, which `finish` ran inside the load
    /// (1.7 s more at a million). An optimisation only: if it fails (a lock held past the
    /// connection's timeout, a lost connection), the load stands and autovacuum gets there later.
    /// `starting` is called first, on a server only, for a progress line.
    static func markVisible(_ connection: any DatabaseConnection, tables: [String] = settledTables, starting: (() -> Void)? = nil) {
        guard let server = connection as? PostgresConnection else { return }
        starting?()
        server.vacuum(tables)
    }

    /// The trigger that keeps `stage_totals` on inserts; updates and deletes keep theirs.
    static let insertTrigger = "leads_totals_insert"

    /// `forEmptyBoard` also drops the secondary indexes and the KPI triggers and rebuilds both at
    /// the end; only for a board with no leads yet (lookups by email would otherwise scan the
    /// table, and the rollup is rebuilt whole).
    init(connection: any DatabaseConnection, forEmptyBoard: Bool) throws {
        self.connection = connection
        // On a server, setting triggers and indexes aside is the schema owner's alone; a member's
        // load into an empty board keeps them, row by row.
        let owner = connection.engine == .sqlite ? true : try connection.scalar("SELECT handoff_is_owner()::int") == 1
        let deferIndexes = forEmptyBoard && owner
        // The server checks each reference as a row arrives; a bulk load writes leads before the
        // campaigns and members they name, so the checks wait for the commit.
        if connection.engine == .postgres { try connection.execute("SET CONSTRAINTS ALL DEFERRED") }
        totalsTrigger = try SetAsideTriggers([BulkLoad.insertTrigger], on: connection, onServer: deferIndexes)
        if deferIndexes {
            let catalog =
                connection.engine == .sqlite
                ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('leads', 'events', 'lead_attributes') AND sql IS NOT NULL ORDER BY name"
                : """
                SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_index x ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
                WHERE i.schemaname = current_schema() AND i.tablename IN ('leads', 'events', 'lead_attributes') AND NOT x.indisprimary AND NOT x.indisunique
                ORDER BY i.indexname
                """
            let found = try connection.prepare(catalog).rows([]) { ($0.string(0), $0.string(1)) }
            for (name, sql) in found {
                // Names come from the schema itself, never from user input.
                try connection.execute("DROP INDEX \"\(name)\"")
                indexes.append(sql)
            }
            // On a server the owner's load also sets the members' guards aside (`PostgresTeamRules`):
            // they let the owner through, but asking costs a query per row.
            rollupTriggers = try SetAsideTriggers(
                KPIRollup.deferredTriggers + ["leads_guard", "lead_scores_guard", "leads_need_event", "events_guard"], on: connection,
                onServer: true)
            foreignKeys = try SetAsideForeignKeys(tables: BulkLoad.loadedTables, on: connection)
            tally = try KPIRollup.Tally(connection: connection)
        }
    }

    /// Counts an inserted lead toward its column's total and, for an empty board, the rollup.
    func count(_ lead: Lead, milestones: KPIRollup.Milestones, undated: Bool = false) {
        totals[lead.stage, default: StageTotal(leads: 0, value: 0)].leads += 1
        totals[lead.stage, default: StageTotal(leads: 0, value: 0)].value += lead.value ?? 0
        tally?.addLead(lead, milestones: milestones, undatedAt: undated ? lead.createdAt : nil)
    }

    /// Counts an appended event toward the rollup.
    func count(eventKind kind: String, at: Int64, actor: String, detail: String?) {
        tally?.addEvent(kind: kind, at: at, actor: actor, detail: detail)
    }

    /// Counts an answer to a handoff, written with its time and who gave it, toward the rollup.
    func count(responseDueAt dueAt: Int64, answeredAt: Int64, actor: String) {
        tally?.addResponse(dueAt: dueAt, answeredAt: answeredAt, actor: actor)
    }

    /// A new lead's first milestones from its events, to be written with the row: for an empty
    /// board the milestone triggers are set aside. Nil when they are not (they fill them in).
    func milestones(of events: some Sequence<(at: Int64, kind: String, toStage: String?)>) -> KPIRollup.Milestones? {
        guard let tally else { return nil }
        var milestones = KPIRollup.Milestones()
        for event in events { tally.note(&milestones, at: event.at, kind: event.kind, toStage: event.toStage) }
        return tally.finished(milestones)
    }

    /// Builds the indexes again, restores the trigger and adds the new rows to `stage_totals`.
    func finish() throws {
        // Every row is in: the references are checked now, before the indexes are built.
        if connection.engine == .postgres { try connection.execute("SET CONSTRAINTS ALL IMMEDIATE") }
        // A small page cache makes SQLite sort each index in runs that helper threads sort while
        // the table is still being read: measured on a million leads, this halves the time the
        // build keeps the importing thread busy.
        if connection.engine == .sqlite { try connection.execute("PRAGMA cache_size = -8192") }
        // Sorting for an index build in memory rather than in runs on disk: for this transaction
        // only (the server's default is 64 MB, a few runs for a million events).
        if connection.engine == .postgres, !indexes.isEmpty { try connection.execute("SET LOCAL maintenance_work_mem = '256MB'") }
        for sql in indexes { try connection.execute(sql) }
        indexes = []
        try foreignKeys?.restore()
        foreignKeys = nil
        if let tally {
            try tally.write(connection)
            self.tally = nil
        }
        try rollupTriggers?.restore()
        try totalsTrigger.restore()
        try connection.dialect.afterExplicitKeys(connection)
        // The planner's statistics still describe the board before the load: without them it
        // takes a million leads for a thousand (measured: the dashboard three times slower).
        if connection.engine == .postgres { try connection.execute("ANALYZE " + BulkLoad.settledTables.joined(separator: ", ")) }
        guard !totalsTrigger.leftInPlace else { return totals = [:] }
        let add = try connection.prepare(
            """
            INSERT INTO stage_totals(stage, leads, value) VALUES (?, ?, ?)
                ON CONFLICT(stage) DO UPDATE SET leads = stage_totals.leads + excluded.leads, value = stage_totals.value + excluded.value
            """)
        for (stage, total) in totals.sorted(by: { $0.key < $1.key }) {
            try add.run(.text(stage), .integer(Int64(total.leads)), .real(total.value))
        }
        totals = [:]
    }
}
