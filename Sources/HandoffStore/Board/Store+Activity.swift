import HandoffCore

/// The email and web activity recorded against leads (`activities`, written by `--kind activity`
/// imports): what the lead's detail lists and what scoring a single lead reads.
extension Store {
    /// A lead's activity, newest first.
    public func activity(leadID: Int64, limit: Int = 10_000) throws -> [ActivityRecord] {
        try connection.prepare("SELECT kind, at, campaign FROM activities WHERE lead_id = ? ORDER BY at DESC, id DESC LIMIT ?")
            .rows([.integer(leadID), .integer(Int64(limit))]) { row in
                ActivityKind(rawValue: row.string(0)).map {
                    ActivityRecord(kind: $0, at: row.int64(1), campaign: row.string(2).isEmpty ? nil : row.string(2))
                }
            }.compactMap { $0 }
    }

    /// How many actions a lead has recorded, for the detail's heading when it shows only the latest.
    public func activityCount(leadID: Int64) throws -> Int {
        Int(try connection.scalar("SELECT count(*) FROM activities WHERE lead_id = ?", .integer(leadID)) ?? 0)
    }

    /// The activity a definition reads for one lead: none when its rules read none.
    func activityForScoring(_ definition: ScoringDefinition, leadID: Int64) throws -> [ActivityRecord] {
        guard definition.usesActivity, leadID > 0 else { return [] }
        return try activity(leadID: leadID, limit: Int(Int32.max))
    }

    /// Records one action unless the lead has it already (same kind, second and campaign);
    /// returns whether it was new.
    func recordActivity(leadID: Int64, _ activity: ActivityRecord, eventID: Int64, source: String) throws -> Bool {
        let statement = try connection.prepare(
            """
            INSERT INTO activities(lead_id, kind, at, campaign, event_id, source) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (lead_id, kind, at, campaign) DO NOTHING
            """)
        try statement.run(
            .integer(leadID), .text(activity.kind.rawValue), .integer(activity.at), .text(activity.campaign ?? ""),
            .integer(eventID), .text(source))
        return connection.changes > 0
    }

    /// Whether the lead has that action recorded already.
    func hasActivity(leadID: Int64, _ activity: ActivityRecord) throws -> Bool {
        try connection.scalar(
            "SELECT 1 FROM activities WHERE lead_id = ? AND kind = ? AND at = ? AND campaign = ?",
            .integer(leadID), .text(activity.kind.rawValue), .integer(activity.at), .text(activity.campaign ?? "")) != nil
    }
}
