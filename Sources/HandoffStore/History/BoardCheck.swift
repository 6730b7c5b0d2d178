import Foundation
import HandoffCore

/// `handoff check`: SQLite's own integrity check plus the rules Handoff keeps on top of it, all read
/// in one transaction so a board in use by others is checked at one consistent moment.
public struct BoardCheck {
    /// One rule and what breaks it (empty when it holds).
    public struct Finding: Sendable, Equatable {
        public var name: String
        public var rule: Message
        public var problems: [Message]

        public var passed: Bool { problems.isEmpty }
    }

    public struct Report: Sendable, Equatable {
        public var findings: [Finding]
        /// Nil when the file is too damaged to count them.
        public var leads: Int?
        public var events: Int?
        /// The history's head (see `HistoryRecord.head`) when both chains hold: what
        /// `handoff check --print-head` prints and `--expect-head` compares with later.
        public var head: String?

        public var passed: Bool { findings.allSatisfy(\.passed) }
        public var problems: [String] { findings.flatMap { finding in finding.problems.map { "\(finding.name): \($0)" } } }
    }

    /// At most this many problems are listed per rule; a damaged file can have thousands.
    public static let problemLimit = 20

    let connection: any DatabaseConnection
    let schemaVersion: Int
    /// A head printed earlier (`--expect-head`), to prove the history up to it unchanged.
    let expectedHead: String?

    /// Checks the board at `path` without writing to it. Only a file that is no board at all, or
    /// one from a newer Handoff, is refused: a damaged board is exactly what this is for.
    /// `expectedHead` adds the finding that the history up to that head is as it was.
    public static func run(path: String, expectedHead: String? = nil) throws -> Report {
        if let expectedHead, HistoryRecord.parseHead(expectedHead) == nil {
            throw HandoffError.invalidInput(
                Message(.expectHeadTakesA, "\(TerminalText.sanitize(expectedHead))")
            )
        }
        // A FIFO at the path would hang the open; a planted companion is refused by name.
        if DatabaseEngine.isServerAddress(path) { return try runOnServer(path, expectedHead: expectedHead) }
        if FileManager.default.fileExists(atPath: path) { try BoardFiles.prepareExisting(path, readOnly: true, sharedGroup: nil) }
        let connection = try SQLiteConnection(path: path, readOnly: true, create: false)
        let version: Int
        do {
            version = Int(try connection.scalar("PRAGMA user_version") ?? 0)
        } catch {
            return try damaged(path, error)
        }
        if version > Store.schemaVersion {
            throw HandoffError.storage(
                Message(.wasWrittenByANewerHandoff, "\(path)", "\(version)", "\(Store.schemaVersion)")
            )
        }
        if version == 0 {
            throw HandoffError.storage(Message(.isNotAHandoffBoardNo, "\(path)"))
        }
        do {
            return try BoardCheck(connection: connection, schemaVersion: version, expectedHead: expectedHead).run()
        } catch {
            return try damaged(path, error)
        }
    }

    /// On PostgreSQL the server keeps its pages, indexes and references whole itself; the rules
    /// Handoff keeps on top are checked as on a file, in one read-only snapshot.
    private static func runOnServer(_ path: String, expectedHead: String?) throws -> Report {
        let connection = try PostgresConnection(address: try PostgresAddress(path))
        let hasVersion =
            try connection.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_version'")
            ?? 0
        let version = hasVersion == 0 ? 0 : Int(try connection.scalar("SELECT max(version) FROM schema_version") ?? 0)
        if version > Store.schemaVersion {
            throw HandoffError.storage(
                Message(.wasWrittenByANewerHandoff, "\(path)", "\(version)", "\(Store.schemaVersion)")
            )
        }
        if version == 0 {
            throw HandoffError.storage(Message(.isNotAHandoffBoardNo, "\(path)"))
        }
        return try BoardCheck(connection: connection, schemaVersion: version, expectedHead: expectedHead).run()
    }

    /// Damage to the schema's own pages stops every statement, the integrity check too: for an
    /// SQLite file that is the report; anything else is no board at all.
    private static func damaged(_ path: String, _ error: any Error) throws -> Report {
        guard isSQLiteFile(path) else { throw error }
        return Report(
            findings: [
                Finding(
                    name: "integrity", rule: integrityRule,
                    problems: [Message(.sqliteCannotReadThe)])
            ],
            leads: nil, events: nil, head: nil)
    }

    /// The file starts as every SQLite database does, whatever became of the rest.
    static func isSQLiteFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 16)) == Data("SQLite format 3\u{0}".utf8)
    }

    func run() throws -> Report {
        try connection.execute(connection.engine == .sqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { try? connection.execute("COMMIT") }
        let integrity = try integrityProblems()
        // On a damaged file the queries below may fail or mislead; the integrity report says it all.
        if !integrity.isEmpty {
            return Report(
                findings: [Finding(name: "integrity", rule: Self.integrityRule, problems: integrity)], leads: nil, events: nil, head: nil)
        }
        var findings = [
            Finding(name: "integrity", rule: connection.engine == .sqlite ? Self.integrityRule : Self.serverIntegrityRule, problems: []),
            Finding(
                name: "references", rule: Message(.everyReferenceBetweenRows), problems: try foreignKeyProblems()),
            Finding(name: "stages", rule: Message(.everyLeadIsIn), problems: try unknownStageProblems()),
            Finding(name: "stage totals", rule: Message(.columnCountsAndSums), problems: try stageTotalProblems()),
            Finding(name: "history", rule: Message(.everyLeadHasIts), problems: try missingCreatedProblems()),
            Finding(
                name: "latest move", rule: Message(.everyLeadIsInThe), problems: try latestMoveProblems()),
            Finding(
                name: "figures", rule: Message(.dashboardsDailyFiguresEqual),
                problems: try rollupProblems()),
        ]
        let head = try historyFindings(into: &findings)
        if schemaVersion >= Migrations.scoreChangesVersion {
            findings.append(Finding(name: "score changes", rule: Message(.everyScoreChangeMatches), problems: try scoreChangeProblems()))
        }
        return Report(
            findings: findings, leads: Int(try connection.scalar("SELECT count(*) FROM leads") ?? 0),
            events: Int(try connection.scalar("SELECT count(*) FROM events") ?? 0), head: head)
    }

    /// The two logs' chains (see `HistoryCheck`), and the head compared with `expectedHead`.
    /// Returns the head when both chains hold.
    private func historyFindings(into findings: inout [Finding]) throws -> String? {
        let eventsRule: Message = Message(.everyEventFollowsFrom)
        let boardRule: Message =
            Message(.everyBoardEventFollows)
        guard schemaVersion > Migrations.historyChain else {
            let notYet: Message =
                Message(.thisBoardsHistoryHas)
            findings.append(Finding(name: "event chain", rule: eventsRule, problems: [notYet]))
            if expectedHead != nil { findings.append(Finding(name: "head", rule: Self.headRule, problems: [notYet])) }
            return nil
        }
        let expected = expectedHead.flatMap(HistoryRecord.parseHead)
        let events = try HistoryCheck(connection: connection, log: .events, wanted: expected?.eventsID).run(limit: Self.problemLimit)
        let board = try HistoryCheck(connection: connection, log: .boardEvents, wanted: expected?.boardEventsID).run(
            limit: Self.problemLimit)
        findings.append(Finding(name: "event chain", rule: eventsRule, problems: events.problems))
        findings.append(Finding(name: "board event chain", rule: boardRule, problems: board.problems))
        if let expected {
            var problems: [Message] = []
            if expected.eventsID > events.last.id || expected.boardEventsID > board.last.id {
                problems.append(
                    Message(
                        .headNamesEventAnd, "\(expected.eventsID)", "\(expected.boardEventsID)", "\(events.last.id)", "\(board.last.id)")
                )
            } else if let eventsHash = events.wantedHash, let boardHash = board.wantedHash {
                let recomputed = HistoryRecord.head(
                    events: (expected.eventsID, eventsHash), boardEvents: (expected.boardEventsID, boardHash))
                if HistoryRecord.parseHead(recomputed)?.digest != expected.digest {
                    problems.append(
                        Message(.historyUpToEvent, "\(expected.eventsID)", "\(expected.boardEventsID)")
                    )
                }
            } else {
                problems.append(
                    Message(.historyUpToEventAnd, "\(expected.eventsID)", "\(expected.boardEventsID)")
                )
            }
            findings.append(Finding(name: "head", rule: Self.headRule, problems: problems))
        }
        guard events.problems.isEmpty && board.problems.isEmpty else { return nil }
        return HistoryRecord.head(events: events.last, boardEvents: board.last)
    }

    static let headRule: Message = Message(.historyUpToThe)

    static let integrityRule: Message = Message(.sqliteFindsNoDamaged)
    static let serverIntegrityRule: Message = Message(.postgresqlServerKeepsPages)

    private func textRows(_ sql: String, _ map: @escaping (any DatabaseStatement) -> Message) throws -> [Message] {
        let statement = try connection.prepare(sql)
        try statement.bind([])
        defer { statement.reset() }
        var result: [Message] = []
        while try statement.step() {
            result.append(map(statement))
            if result.count == Self.problemLimit { break }
        }
        return result
    }

    /// SQLite lists what it finds, and on some damage stops with an error after the first rows:
    /// both are the report.
    private func integrityProblems() throws -> [Message] {
        guard connection.engine == .sqlite else { return [] }
        let statement = try connection.prepare("PRAGMA integrity_check(\(Self.problemLimit))")
        defer { statement.reset() }
        var rows: [String] = []
        var stopped = false
        do {
            while try statement.step() { rows.append(statement.string(0)) }
        } catch {
            stopped = true
        }
        // SQLite's own words name pages and indexes: shown as they are, in any language.
        var problems = (rows == ["ok"] ? [] : rows.filter { $0 != "ok" && !$0.hasPrefix("*** in database") }).map { Message(verbatim: $0) }
        if stopped { problems.append(Message(.checkStoppedEarlyAt)) }
        return problems
    }

    private func foreignKeyProblems() throws -> [Message] {
        // The server refuses a broken reference when it is written (at the latest at commit).
        guard connection.engine == .sqlite else { return [] }
        return try textRows("PRAGMA foreign_key_check") { row -> Message in
            Message(.rowPointsAtA, "\(row.string(0))", "\(row.int64(1))", "\(row.string(2))")
        }
    }

    private func unknownStageProblems() throws -> [Message] {
        try textRows("SELECT id, stage FROM leads WHERE stage NOT IN (SELECT id FROM stages) ORDER BY id") { row -> Message in
            Message(.leadIsInStage, "\(row.int64(0))", "\(row.string(1))")
        }
    }

    private func stageTotalProblems() throws -> [Message] {
        // Sums of money are kept by adding and subtracting; allow for the rounding that leaves.
        try textRows(
            """
            SELECT stage, coalesce(kept, 0), coalesce(counted, 0), coalesce(kept_value, 0), coalesce(counted_value, 0) FROM (
                SELECT t.stage, t.leads AS kept, c.leads AS counted, t.value AS kept_value, c.value AS counted_value
                FROM stage_totals t LEFT JOIN (SELECT stage, count(*) AS leads, total(value) AS value FROM leads GROUP BY stage) c USING (stage)
                UNION ALL
                SELECT c.stage, NULL, c.leads, NULL, c.value
                FROM (SELECT stage, count(*) AS leads, total(value) AS value FROM leads GROUP BY stage) c
                WHERE c.stage NOT IN (SELECT stage FROM stage_totals)) AS compared
            WHERE coalesce(kept, 0) <> coalesce(counted, 0) OR abs(coalesce(kept_value, 0) - coalesce(counted_value, 0)) > 0.005
            ORDER BY stage
            """
        ) { row -> Message in
            Message(
                .stageShowsLeadsWorth, "\(row.string(0))", "\(row.int(1))", "\(MoneyFormat.plain(row.double(3)))", "\(row.int(2))",
                "\(MoneyFormat.plain(row.double(4)))")
        }
    }

    /// The rollup the dashboard reads (`kpi_days`, kept by triggers) against the facts counted
    /// afresh: a figure on screen that the board's own rows do not back is found here.
    private func rollupProblems() throws -> [Message] {
        try textRows(
            """
            SELECT measure, count(*) FROM (
                SELECT measure, day, key FROM (
                    SELECT measure, day, key, n, cents FROM kpi_days
                    UNION ALL SELECT measure, day, key, -count(*), -sum(cents) FROM (
                        SELECT measure, day, key, cents FROM kpi_lead_facts
                        UNION ALL SELECT measure, day, key, cents FROM kpi_event_facts
                        UNION ALL SELECT measure, day, key, cents FROM kpi_response_facts) AS facts
                    GROUP BY measure, day, key) AS both_sides
                GROUP BY measure, day, key HAVING sum(n) <> 0 OR sum(cents) <> 0) AS differing
            GROUP BY measure ORDER BY measure
            """
        ) { row -> Message in
            Message(.dashboardsFiguresDisagreeWith, "\(row.string(0))", "\(integer: row.int(1))")
        }
    }

    /// Each rescoring's rows of `score_changes` against the count and digest its board event
    /// records: the chain covers the board event, the digest covers the rows.
    private func scoreChangeProblems() throws -> [Message] {
        var problems: [Message] = []
        let runs = try connection.prepare("SELECT id, coalesce(detail, '') FROM board_events WHERE kind = ? ORDER BY id")
            .rows([.text(BoardEvent.Kind.rescored)]) { (id: $0.int64(0), detail: $0.string(1)) }
        let rows = try connection.prepare(
            "SELECT lead_id, old_score, new_score, crossing FROM score_changes WHERE run = ? ORDER BY lead_id")
        for run in runs where problems.count < Self.problemLimit {
            guard let recorded = ScoreChangeDigest.parse(run.detail) else {
                problems.append(Message(.rescoringRecordHasNoDigest, "\(run.id)"))
                continue
            }
            var digest = ScoreChangeDigest()
            try rows.bind([.integer(run.id)])
            while try rows.step() {
                digest.add(leadID: rows.int64(0), oldScore: rows.int64(1), newScore: rows.int64(2), crossing: rows.int64(3))
            }
            rows.reset()
            if digest.count != recorded.changes {
                problems.append(Message(.scoreChangesCountDiffers, "\(run.id)", "\(integer: recorded.changes)", "\(integer: digest.count)"))
            } else if digest.finish() != recorded.digest {
                problems.append(Message(.scoreChangesDigestDiffers, "\(run.id)"))
            }
        }
        problems += try textRows(
            """
            SELECT run, count(*) FROM score_changes WHERE run NOT IN (SELECT id FROM board_events WHERE kind = 'rescored')
            GROUP BY run ORDER BY run
            """
        ) { row -> Message in Message(.scoreChangesWithoutRecord, "\(integer: row.int(1))", "\(row.int64(0))") }
        problems += try textRows(
            "SELECT DISTINCT lead_id FROM score_changes WHERE lead_id NOT IN (SELECT id FROM leads) ORDER BY lead_id"
        ) { row -> Message in Message(.scoreChangesUnknownLead, "\(row.int64(0))") }
        return Array(problems.prefix(Self.problemLimit))
    }

    private func missingCreatedProblems() throws -> [Message] {
        try textRows(
            """
            SELECT id FROM leads l WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.lead_id = l.id AND e.kind = 'created') ORDER BY id
            """
        ) { row -> Message in Message(.leadHasNoCreated, "\(row.int64(0))") }
    }

    private func latestMoveProblems() throws -> [Message] {
        try textRows(
            """
            SELECT l.id, l.stage, e.to_stage, e.id FROM leads l
            JOIN events e ON e.id = (SELECT max(id) FROM events WHERE lead_id = l.id AND to_stage IS NOT NULL)
            WHERE e.to_stage <> l.stage ORDER BY l.id
            """
        ) { row -> Message in
            Message(.leadIsInBut, "\(row.int64(0))", "\(row.string(1))", "\(row.int64(3))", "\(row.string(2))")
        }
    }
}
