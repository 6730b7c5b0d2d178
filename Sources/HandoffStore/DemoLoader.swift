import Foundation
import HandoffCore

/// Loads the demo data set of `sample-data/` into an empty board, shifting every time by the same
/// amount so the newest event lands an hour before `now`: the demo never looks months old.
public struct DemoLoader {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Finds `sample-data/` next to the executable's checkout, or in the working directory.
    public static func locate(executable: String, environment: [String: String]) -> String? {
        ResourceFolder.locate("sample-data", marker: "leads.csv", executable: executable, override: environment["HANDOFF_SAMPLE_DATA"])
    }

    /// Reads a CSV of this folder as dictionaries keyed by header.
    func table(_ name: String) throws -> [[String: String]] {
        let path = folder + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HandoffError.storage("demo data file \(path) is missing")
        }
        let records = CSVReader().records(Array(data))
        guard let header = records.first else { return [] }
        return records.dropFirst().map { fields in
            var row: [String: String] = [:]
            for (index, name) in header.enumerated() where index < fields.count { row[name] = fields[index] }
            return row
        }
    }

    func optionalTable(_ name: String) throws -> [[String: String]] {
        FileManager.default.fileExists(atPath: folder + "/" + name) ? try table(name) : []
    }

    func time(_ text: String?, file: String) throws -> Int64? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = Timestamp.parse(text) else { throw HandoffError.invalidInput("\(file): bad time '\(text)'") }
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

    /// Fills `store`, which must be empty, in one transaction.
    public func load(into store: Store, now: Int64 = Timestamp.now()) throws {
        let members = try table("members.csv")
        let campaigns = try table("campaigns.csv")
        let leads = try table("leads.csv")
        let events = try table("events.csv")
        let notes = try optionalTable("notes.csv")
        let goals = try optionalTable("goals.csv")
        let permissions = try optionalTable("permissions.csv")
        let meetings = try optionalTable("meetings.csv")
        let actions = try optionalTable("action_items.csv")

        var newest: Int64 = 0
        for event in events { newest = max(newest, try time(event["at"], file: "events.csv") ?? 0) }
        let shift = newest > 0 ? now - 3_600 - newest : 0
        func shifted(_ text: String?, _ file: String) throws -> Int64? { try time(text, file: file).map { $0 + shift } }

        var lastEventAt: [Int64: Int64] = [:]
        for event in events {
            guard let id = Int64(event["lead_id"] ?? ""), let at = try shifted(event["at"], "events.csv") else { continue }
            lastEventAt[id] = max(lastEventAt[id] ?? 0, at)
        }

        let connection = store.connection
        try connection.transaction {
            for member in members {
                try store.insertMember(Member(login: member["login"] ?? "", name: member["name"] ?? "", team: member["team"] ?? "sales"))
            }
            // Extra grants of this data set, on top of the defaults of the migration.
            let grant = try connection.prepare("INSERT OR IGNORE INTO permissions(team, ability) VALUES (?, ?)")
            for row in permissions {
                try grant.run(.text(row["team"] ?? ""), .text(row["ability"] ?? ""))
            }
            let insertCampaign = try connection.prepare("INSERT INTO campaigns(id, name, channel, spend, started, ended, owner) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for campaign in campaigns {
                try insertCampaign.run(.text(campaign["id"] ?? ""), .text(campaign["name"] ?? ""), .text(campaign["channel"] ?? ""),
                                       .real(Double(campaign["spend"] ?? "") ?? 0),
                                       SQLiteValue(try shifted(campaign["started"], "campaigns.csv")), SQLiteValue(try shifted(campaign["ended"], "campaigns.csv")),
                                       SQLiteValue((campaign["owner"] ?? "").isEmpty ? nil : campaign["owner"]))
            }
            let boardFields: Set<String> = ["id", "first_name", "last_name", "company", "email", "phone", "source", "campaign", "owner",
                                            "stage", "value", "created", "closed", "score", "lost_reason"]
            for row in leads {
                guard let id = Int64(row["id"] ?? "") else { throw HandoffError.invalidInput("leads.csv: a row has no numeric id") }
                let created = try shifted(row["created"], "leads.csv") ?? now
                let name = [row["first_name"], row["last_name"]].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                let lead = Lead(id: id, name: name.isEmpty ? (row["company"] ?? "") : name, company: row["company"] ?? "",
                                email: row["email"] ?? "", phone: row["phone"] ?? "", source: row["source"] ?? "",
                                campaign: (row["campaign"] ?? "").isEmpty ? nil : row["campaign"],
                                owner: (row["owner"] ?? "").isEmpty ? nil : row["owner"], stage: row["stage"] ?? "lead",
                                value: Double(row["value"] ?? ""), score: Int(row["score"] ?? "") ?? 0, createdAt: created,
                                enteredAt: lastEventAt[id] ?? created, closedAt: try shifted(row["closed"], "leads.csv"),
                                lostReason: (row["lost_reason"] ?? "").isEmpty ? nil : row["lost_reason"])
                let attributes = row.filter { !boardFields.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
                _ = try store.insertLeadRow(lead, attributes: attributes)
            }
            // Answers to handoffs are timed against the service level, as the inbox would have.
            var handedOffAt: [Int64: Int64] = [:]
            let handoff = store.pipeline.handoffStage?.id
            for row in events {
                guard let id = Int64(row["lead_id"] ?? ""), let at = try shifted(row["at"], "events.csv") else { continue }
                func optional(_ key: String) -> String? { (row[key] ?? "").isEmpty ? nil : row[key] }
                let event = try store.append(LeadEvent(leadID: id, at: at, actor: row["actor"] ?? "", kind: row["kind"] ?? EventKind.moved,
                                                       fromStage: optional("from_stage"), toStage: optional("to_stage"), detail: optional("detail")))
                if event.toStage == handoff { handedOffAt[id] = at }
                if event.kind == EventKind.accepted || event.kind == EventKind.rejected, event.fromStage == handoff, let since = handedOffAt[id] {
                    try store.recordResponse(leadID: id, owner: event.actor, handedOffAt: since, event: event)
                }
            }
            let insertNote = try connection.prepare("INSERT INTO notes(lead_id, at, author, body, due) VALUES (?, ?, ?, ?, ?)")
            for row in notes {
                guard let id = Int64(row["lead_id"] ?? ""), let at = try shifted(row["at"], "notes.csv") else { continue }
                try insertNote.run(.integer(id), .integer(at), .text(row["author"] ?? ""), .text(row["body"] ?? ""), SQLiteValue(try shifted(row["due"], "notes.csv")))
            }
            let insertGoal = try connection.prepare("INSERT INTO goals(period_start, period_end, revenue_goal) VALUES (?, ?, ?)")
            for row in goals {
                guard let start = try shifted(row["period_start"], "goals.csv"), let end = try shifted(row["period_end"], "goals.csv") else { continue }
                try insertGoal.run(.integer(start), .integer(end), .real(Double(row["revenue_goal"] ?? "") ?? 0))
            }
            // Past weekly meetings, so the meeting mode starts from the last one held.
            let insertMeeting = try connection.prepare("INSERT INTO meetings(since, started_at, started_by, closed_at, closed_by) VALUES (?, ?, ?, ?, ?)")
            var meetingIDs: [Int64] = []
            var previousClose: Int64?
            for row in meetings {
                guard let started = try shifted(row["started_at"], "meetings.csv"), let closed = try shifted(row["closed_at"], "meetings.csv") else { continue }
                try insertMeeting.run(.integer(previousClose ?? started - 7 * 86_400), .integer(started), .text(row["started_by"] ?? ""),
                                      .integer(closed), .text(row["closed_by"] ?? row["started_by"] ?? ""))
                meetingIDs.append(connection.lastInsertRowID)
                previousClose = closed
            }
            let insertAction = try connection.prepare("INSERT INTO action_items(meeting_id, item, body, owner, due, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for row in actions {
                guard let number = Int(row["meeting"] ?? ""), meetingIDs.indices.contains(number - 1) else {
                    throw HandoffError.invalidInput("action_items.csv: meeting must be the row number of a meeting in meetings.csv")
                }
                let meeting = meetings[number - 1]
                let created = try shifted(meeting["closed_at"], "meetings.csv") ?? now
                try insertAction.run(.integer(meetingIDs[number - 1]), SQLiteValue((row["item"] ?? "").isEmpty ? nil : row["item"]), .text(row["body"] ?? ""),
                                     .text(row["owner"] ?? ""), SQLiteValue(try shifted(row["due"], "action_items.csv")), .integer(created),
                                     .text(meeting["closed_by"] ?? ""))
            }
            if let scoring = try scoringDefinition() {
                do {
                    try store.installScoring(scoring, author: DemoLoader.scoringAuthor, comment: "What marketing and sales agreed for the demo",
                                             at: now)
                } catch let error as ScoringError {
                    throw HandoffError.invalidInput(error.located(in: folder + "/scoring.txt"))
                }
            }
        }
    }
}
