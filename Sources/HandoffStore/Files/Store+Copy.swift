import Foundation
import HandoffCore

extension Store {
    /// What `copy` moved: rows by table.
    public struct CopyReport: Sendable, Equatable {
        public var rows: [String: Int] = [:]
        public var seconds = 0.0
        public var leads: Int { rows["leads"] ?? 0 }
        public var events: Int { rows["events"] ?? 0 }
    }

    /// Tables in the order their references need: a row is written after what it refers to.
    /// Tables of a later schema that are not named here come after these, by name.
    static let copyOrder = [
        "stages", "members", "former_members", "campaigns", "leads", "lead_scores", "lead_attributes", "events", "notes", "goals",
        "settings", "stage_totals", "reasons", "service_levels", "routing_rules", "lead_snapshots", "responses",
        "permissions", "kpi_days", "meetings", "meeting_items", "action_items", "scoring_versions", "board_events", "score_changes",
        "insights", "content", "content_authors", "content_insights", "content_sends", "activities",
    ]

    /// The board's tables on this engine (without `schema_version`, which each engine keeps, and
    /// the server's heartbeats, which are no part of a board).
    func tableNamesForCopy() throws -> [String] {
        let sql =
            engine == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('schema_version', 'presence_sessions', 'presence_meeting_screens') ORDER BY tablename"
        let names = try connection.prepare(sql).rows([]) { $0.string(0) }
        return Store.copyOrder.filter(names.contains) + names.filter { !Store.copyOrder.contains($0) }
    }

    func columnNames(of table: String) throws -> [String] {
        if engine == .sqlite {
            return try connection.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid").rows([.text(table)]) { $0.string(0) }
        }
        return try connection.prepare(
            """
            SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position
            """
        ).rows([.text(table)]) { $0.string(0) }
    }

    /// True when the board holds anything of its own: a lead, an event, a member, a board event.
    public func holdsData() throws -> Bool {
        for table in ["leads", "events", "members", "board_events"] where try connection.scalar("SELECT count(*) FROM \(table)") ?? 0 > 0 {
            return true
        }
        return false
    }

    /// Copies this whole board (leads, attributes, events with their times and actors, scoring
    /// versions, meetings, members, stages, settings, and the totals and rollups kept from them)
    /// into `target`, from a file to a server or back, in one transaction on each side: the copy
    /// is this board at one moment, and the target has all of it or none. Rows keep their ids and
    /// derived tables are copied as they are (the target's triggers are set aside meanwhile), so
    /// `handoff check` and every figure agree on both. A target holding data is refused unless
    /// `replacing`, which empties it first.
    public func copy(to target: Store, replacing: Bool) throws -> CopyReport {
        if target.readOnly { throw Store.readOnlyRefusal }
        if target.path == path { throw HandoffError.invalidInput(Message(.isTheBoardItselfCopy, "\(path)")) }
        let started = Date()
        if try target.holdsData(), !replacing {
            throw HandoffError.invalidInput(
                Message(.alreadyHoldsABoard, "\(target.path)"))
        }
        let sourceTables = try tableNamesForCopy()
        let targetTables = try target.tableNamesForCopy()
        if let missing = sourceTables.first(where: { !targetTables.contains($0) }) {
            throw HandoffError.storage(
                Message(.hasNoTableOpen, "\(target.path)", "\(missing)"))
        }
        var report = CopyReport()
        try BulkLoad.relax(target.connection)
        defer { try? BulkLoad.restore(target.connection) }
        try connection.execute(engine == .sqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { try? connection.execute("COMMIT") }
        try target.connection.transaction {
            let triggers = try target.setAsideEveryTrigger()
            if target.engine == .postgres { try target.connection.execute("SET CONSTRAINTS ALL DEFERRED") }
            for table in targetTables.reversed() { try target.connection.execute("DELETE FROM \(table)") }
            for table in sourceTables {
                // Names come from the two schemas, never from user input.
                let columns = try columnNames(of: table)
                let targetColumns = try target.columnNames(of: table)
                let shared = columns.filter(targetColumns.contains)
                let list = shared.map { "\"\($0)\"" }.joined(separator: ", ")
                let insert = try BatchedInsert(
                    connection: target.connection, prefix: "INSERT INTO \(table)(\(list))", columns: shared.count)
                var count = 0
                try forEachRow("SELECT \(list) FROM \(table)") { row in
                    if insert.add({ values in
                        for index in 0..<Int32(shared.count) {
                            switch row.value(index) {
                            case .null: values.append(nil as String?)
                            case let .integer(number): values.append(number)
                            case let .real(number): values.append(number)
                            case let .text(text): values.append(text)
                            case let .blob(bytes): values.append(blob: bytes)
                            }
                        }
                    }) {
                        try insert.flush()
                    }
                    count += 1
                }
                try insert.flush()
                report.rows[table] = count
            }
            if target.engine == .postgres { try target.connection.execute("SET CONSTRAINTS ALL IMMEDIATE") }
            try triggers.restore()
            try target.connection.dialect.afterExplicitKeys(target.connection)
            if target.engine == .postgres { try target.connection.execute("ANALYZE") }
        }
        BulkLoad.markVisible(target.connection, tables: targetTables)
        try target.reloadPipeline()
        // On a server, each member copied is a role of their team.
        for member in try target.members() { try target.enrol(member.login, team: member.team) }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Every trigger of the board set aside for a copy, which writes derived rows itself.
    func setAsideEveryTrigger() throws -> SetAsideTriggers {
        let names = try connection.prepare(
            engine == .sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
                : "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY 1"
        )
        .rows([]) { $0.string(0) }
        return try SetAsideTriggers(names, on: connection, onServer: true)
    }

    /// Calls `body` with each row of `sql`, read in pieces on a server (a cursor) so a large board
    /// never sits whole in memory.
    func forEachRow(_ sql: String, _ body: (any DatabaseStatement) throws -> Void) throws {
        if engine == .sqlite {
            let statement = try connection.prepare(sql)
            try statement.bind([])
            defer { statement.reset() }
            while try statement.step() { try body(statement) }
            return
        }
        try connection.execute("DECLARE handoff_copy NO SCROLL CURSOR FOR \(sql)")
        defer { try? connection.execute("CLOSE handoff_copy") }
        let fetch = try connection.prepare("FETCH 20000 FROM handoff_copy")
        while true {
            var fetched = 0
            try fetch.bind([])
            while try fetch.step() {
                fetched += 1
                try body(fetch)
            }
            fetch.reset()
            if fetched == 0 { break }
        }
    }
}
