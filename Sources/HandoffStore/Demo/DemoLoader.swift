import Foundation
import HandoffCore

/// Loads the demo data set of `sample-data/` into an empty board, moved forward in time so the
/// newest event lands on the last working day before `now`: the demo never looks months old.
/// Times move by whole working days of the team's calendar (see `DemoClock`), so what the data
/// set's people did at 14:31 on a working day they still did at 14:31 on a working day, and
/// every handoff's answer takes the working time it took in the data set.
public struct DemoLoader {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Finds `sample-data/` next to the executable's checkout, or in the working directory.
    public static func locate(executable: String, environment: [String: String]) -> String? {
        ResourceFolder.locate("sample-data", marker: "leads.csv", executable: executable, override: environment["HANDOFF_SAMPLE_DATA"])
    }

    /// A CSV of this folder as dictionaries keyed by header, for the files only the demo has.
    func table(_ name: String) throws -> [[String: String]] {
        let path = folder + "/" + name
        guard FileManager.default.fileExists(atPath: path) else { throw HandoffError.storage(Message(.demoDataFileIs, "\(path)")) }
        return try CSVFile.table(path)
    }

    /// Streams a file of this folder through the importers' mapping for `kind`; a row they would
    /// reject is a broken demo data set.
    func records(_ name: String, kind: ImportKind, _ body: (CSVRecord, ImportMapping, inout [ImportProblem]) throws -> Void) throws {
        let path = folder + "/" + name
        guard FileManager.default.fileExists(atPath: path) else { throw HandoffError.storage(Message(.demoDataFileIs, "\(path)")) }
        var mapping: ImportMapping?
        var problems: [ImportProblem] = []
        try CSVFile(path: path).read { record in
            guard let mapping else {
                mapping = try ImportMapping(header: record.fields, kind: kind)
                return true
            }
            try body(record, mapping, &problems)
            if let problem = problems.first {
                throw HandoffError.storage(
                    Message(
                        .demoDataFile, "\(name)",
                        "\(ImportReject(row: record.number, line: record.line, column: problem.column, reason: problem.reason).message)")
                )
            }
            return true
        }
    }

    func optionalTable(_ name: String) throws -> [[String: String]] {
        FileManager.default.fileExists(atPath: folder + "/" + name) ? try table(name) : []
    }

    func time(_ text: String?, file: String) throws -> Int64? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = Timestamp.parse(text) else { throw HandoffError.invalidInput(Message(.badTime, "\(file)", "\(text)")) }
        return value
    }

    /// Who loaded the demo's scoring definition: a marketer of the demo team.
    public static let scoringAuthor = "lucia"

    /// `scoring.txt` of this folder, when there is one: version 1 of the demo board, which scores
    /// every demo lead (the `score` column of leads.csv is then not used).
    func scoringDefinition() throws -> ScoringDefinition? {
        let path = folder + "/scoring.txt"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try ScoringDefinition.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw HandoffError.invalidInput(error.located(in: path))
        }
    }

    /// Fills `store`, which must be empty, in one transaction. Members, campaigns and leads are
    /// read by the same code as `handoff import`; the history comes from `events.csv` as it is,
    /// with the insights, pieces and sends of their own files in their places in it.
    public func load(into store: Store, now: Int64 = Timestamp.now()) throws {
        let events = try table("events.csv")
        let notes = try optionalTable("notes.csv")
        let goals = try optionalTable("goals.csv")
        let permissions = try optionalTable("permissions.csv")
        let meetings = try optionalTable("meetings.csv")
        let actions = try optionalTable("action_items.csv")

        var newest: Int64 = 0
        for event in events { newest = max(newest, try time(event["at"], file: "events.csv") ?? 0) }
        let calendar = ServiceLevel.choose(team: "sales", from: try store.serviceLevels()).calendar
        let clock = DemoClock(calendar: calendar, newest: newest, now: now)
        func shifted(_ text: String?, _ file: String) throws -> Int64? { try time(text, file: file).map(clock.moved) }

        var lastEventAt: [Int64: Int64] = [:]
        var firstEventAt = now
        for event in events {
            guard let id = Int64(event["lead_id"] ?? ""), let at = try shifted(event["at"], "events.csv") else { continue }
            lastEventAt[id] = max(lastEventAt[id] ?? 0, at)
            firstEventAt = min(firstEventAt, at)
        }

        let connection = store.connection
        try connection.transaction {
            var team: [Member] = []
            try records("members.csv", kind: .members) { record, mapping, problems in
                if let member = MemberRow.read(record, mapping: mapping, problems: &problems) {
                    try store.insertMember(member.member)
                    team.append(member.member)
                }
            }
            // The team joins before anything happens, added by its first admin, as `member add`
            // records it: the board's audit shows who made everyone a member, on the demo too.
            let founder = team.first { $0.team == "admin" }?.login ?? team.first?.login ?? ""
            let opened = firstEventAt - 60
            for member in team {
                try store.appendBoardEvent(
                    kind: BoardEvent.Kind.memberAdded, subject: member.login,
                    detail: "\(member.name), \(member.team)", actor: founder, at: opened)
            }
            // Extra grants of this data set, on top of the defaults of the migration.
            let grant = try connection.prepare("INSERT INTO permissions(team, ability) VALUES (?, ?) ON CONFLICT DO NOTHING")
            for row in permissions {
                try grant.run(.text(row["team"] ?? ""), .text(row["ability"] ?? ""))
            }
            let dates = try DateReader()
            try records("campaigns.csv", kind: .campaigns) { record, mapping, problems in
                guard var campaign = CampaignRow.read(record, mapping: mapping, dates: dates, amounts: AmountReader(), problems: &problems)
                else { return }
                campaign.started = campaign.started.map(clock.moved)
                campaign.ended = campaign.ended.map(clock.moved)
                _ = try store.upsertCampaign(campaign)
            }
            let writer = try LeadWriter(store: store)
            var row = LeadRow()
            var reader: LeadRowReader?
            try records("leads.csv", kind: .leads) { record, mapping, problems in
                if reader == nil {
                    reader = LeadRowReader(
                        mapping: mapping, stages: try StageMatcher(pipeline: store.pipeline), dates: dates, amounts: AmountReader())
                }
                reader!.read(record, into: &row, problems: &problems)
                guard problems.isEmpty else { return }
                guard let id = row.id else {
                    problems.append(ImportProblem(column: "id", reason: Message(.everyDemoLeadHas)))
                    return
                }
                var (lead, extra) = row.newLead(defaultStage: "lead", pipeline: store.pipeline, now: now)
                lead.createdAt = clock.moved(lead.createdAt)
                lead.closedAt = lead.closedAt.map(clock.moved)
                lead.enteredAt = lastEventAt[id] ?? lead.createdAt
                let leadID = try writer.insert(lead)
                for attribute in row.attributes + extra {
                    try writer.setAttribute(leadID: leadID, name: attribute.name, value: attribute.value)
                }
            }
            // Answers to handoffs are timed against the service level, as the inbox would have.
            var handedOffAt: [Int64: Int64] = [:]
            let handoff = store.pipeline.handoffStage?.id
            var content = ContentReplay()
            for (at, step) in try timeline(events: events, clock: clock) {
                try replay(step, at: at, into: store, replay: &content)
                guard case let .event(row) = step, let id = Int64(row["lead_id"] ?? "") else { continue }
                func optional(_ key: String) -> String? { (row[key] ?? "").isEmpty ? nil : row[key] }
                let event = try store.append(
                    LeadEvent(
                        leadID: id, at: at, actor: row["actor"] ?? "", kind: row["kind"] ?? EventKind.moved,
                        fromStage: optional("from_stage"), toStage: optional("to_stage"), detail: optional("detail")))
                if event.toStage == handoff { handedOffAt[id] = at }
                if event.kind == EventKind.accepted || event.kind == EventKind.rejected, event.fromStage == handoff,
                    let since = handedOffAt[id]
                {
                    try store.recordResponse(leadID: id, owner: event.actor, handedOffAt: since, event: event)
                }
            }
            let insertNote = try connection.prepare("INSERT INTO notes(lead_id, at, author, body, due) VALUES (?, ?, ?, ?, ?)")
            for row in notes {
                guard let id = Int64(row["lead_id"] ?? ""), let at = try shifted(row["at"], "notes.csv") else { continue }
                try insertNote.run(
                    .integer(id), .integer(at), .text(row["author"] ?? ""), .text(row["body"] ?? ""),
                    DatabaseValue(try shifted(row["due"], "notes.csv")))
            }
            let insertGoal = try connection.prepare("INSERT INTO goals(period_start, period_end, revenue_goal) VALUES (?, ?, ?)")
            for row in goals {
                guard let start = try shifted(row["period_start"], "goals.csv"), let end = try shifted(row["period_end"], "goals.csv")
                else { continue }
                try insertGoal.run(.integer(start), .integer(end), .real(Double(row["revenue_goal"] ?? "") ?? 0))
            }
            // Past weekly meetings, so the meeting mode starts from the last one held.
            let insertMeeting =
                "INSERT INTO meetings(since, started_at, started_by, closed_at, closed_by) VALUES (?, ?, ?, ?, ?) RETURNING id"
            var meetingIDs: [Int64] = []
            var previousClose: Int64?
            for row in meetings {
                guard let started = try shifted(row["started_at"], "meetings.csv"),
                    let closed = try shifted(row["closed_at"], "meetings.csv")
                else { continue }
                meetingIDs.append(
                    try connection.insertReturningID(
                        insertMeeting,
                        [
                            .integer(previousClose ?? started - 7 * 86_400), .integer(started),
                            .text(row["started_by"] ?? ""), .integer(closed),
                            .text(row["closed_by"] ?? row["started_by"] ?? ""),
                        ]))
                previousClose = closed
            }
            let insertAction = try connection.prepare(
                "INSERT INTO action_items(meeting_id, item, body, owner, due, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for row in actions {
                guard let number = Int(row["meeting"] ?? ""), meetingIDs.indices.contains(number - 1) else {
                    throw HandoffError.invalidInput(Message(.actionItemsCsvMeeting))
                }
                let meeting = meetings[number - 1]
                let created = try shifted(meeting["closed_at"], "meetings.csv") ?? now
                try insertAction.run(
                    .integer(meetingIDs[number - 1]), DatabaseValue((row["item"] ?? "").isEmpty ? nil : row["item"]),
                    .text(row["body"] ?? ""),
                    .text(row["owner"] ?? ""), DatabaseValue(try shifted(row["due"], "action_items.csv")), .integer(created),
                    .text(meeting["closed_by"] ?? ""))
            }
            try loadCustomers(into: store, clock: clock, now: now)
            if let scoring = try scoringDefinition() {
                do {
                    try store.installScoring(
                        scoring, author: DemoLoader.scoringAuthor, comment: "What marketing and sales agreed for the demo",
                        at: now)
                } catch let error as ScoringError {
                    throw HandoffError.invalidInput(error.located(in: folder + "/scoring.txt"))
                }
            }
        }
    }
}
