import HandoffCore

/// Walks leads in id order together with the attributes the rules read: one ordered pass over
/// `leads` and one over `lead_attributes` (whose primary key is lead id first), merged like two
/// sorted lists, never a query per lead; and, when the rules read activity, one more over
/// `activities` the same way. Each lead's values go to the evaluator as raw bytes.
struct ScoringScan {
    /// What to read: the leads (`source` names the `leads` table, maybe joined), which ones, the
    /// time each is scored at, and extra columns the caller reads in `body`. All of it is fixed
    /// SQL text; values are bound.
    struct Query {
        var prefix = ""
        var source = "leads"
        var filter: String
        var values: [DatabaseValue]
        var scoredAt: String
        var extraColumns: [String]
        /// Only the leads with ids in (`after`, `through`], and only their attributes and activity.
        var after = Int64.min
        var through = Int64.max

        /// The condition on `column` that keeps to the id range; numbers, so written in the text.
        func idRange(_ column: String) -> String {
            var conditions = ["1 = 1"]
            if after != .min { conditions.append("\(column) > \(after)") }
            if through != .max { conditions.append("\(column) <= \(through)") }
            return conditions.joined(separator: " AND ")
        }
    }

    let connection: any DatabaseConnection
    var evaluator: ScoringEvaluator

    init(connection: any DatabaseConnection, definition: ScoringDefinition) {
        self.connection = connection
        evaluator = ScoringEvaluator(definition)
    }

    /// The `leads` column holding a field's raw value (`email_domain` is cut from the email).
    static func column(for field: ScoringLeadField) -> String? {
        switch field {
        case .name, .company, .email, .phone, .source, .campaign, .owner, .stage, .value: return field.rawValue
        case .emailDomain: return "email"
        case .ageDays: return nil
        }
    }

    /// Calls `body` for each lead with its score. Extra columns start at the returned index of
    /// `body`'s second argument.
    mutating func run(_ query: Query, body: (any DatabaseStatement, Int32, Score) throws -> Void) throws {
        var leadColumns: [(slot: Int, column: Int32, isNumber: Bool)] = []
        var columns = ["leads.id", "leads.created_at", query.scoredAt]
        var attributeSlots: [Int] = []
        var attributeNames = AttributeNames()
        for (slot, field) in evaluator.fields.enumerated() {
            switch field {
            case let .lead(leadField):
                guard let column = ScoringScan.column(for: leadField) else { continue }
                leadColumns.append((slot, Int32(columns.count), leadField.isNumber))
                columns.append("leads." + column)
            case let .attribute(name):
                attributeSlots.append(slot)
                attributeNames.append(name)
            case .activity:
                continue
            }
        }
        let extrasStart = Int32(columns.count)
        columns += query.extraColumns
        let leads = try connection.prepare(
            """
            \(query.prefix) SELECT \(columns.joined(separator: ", ")) FROM \(query.source)
            WHERE (\(query.filter)) AND \(query.idRange("leads.id")) ORDER BY leads.id
            """)
        defer { leads.reset() }
        try leads.bind(query.values)
        var attributes: (any DatabaseStatement)?
        if !attributeNames.isEmpty {
            // Every attribute row, names matched here: SQLite's `name IN (...)` costs more per row
            // than comparing a few bytes, and the whole table is read either way.
            attributes = try connection.prepare(
                "SELECT lead_id, name, value FROM lead_attributes WHERE \(query.idRange("lead_id")) ORDER BY lead_id")
        }
        defer { attributes?.reset() }
        var attributeRow = try attributes?.step() ?? false
        var activities: (any DatabaseStatement)?
        if evaluator.usesActivity {
            activities = try connection.prepare(
                """
                SELECT lead_id, kind, at FROM activities\(connection.dialect.indexedBy("activities_lead"))
                WHERE \(query.idRange("lead_id")) ORDER BY lead_id
                """)
        }
        defer { activities?.reset() }
        var activityRow = try activities?.step() ?? false
        while try leads.step() {
            let id = leads.int64(0)
            evaluator.begin(createdAt: leads.int64(1), at: leads.int64(2))
            for lead in leadColumns where !leads.isNull(lead.column) {
                if lead.isNumber {
                    evaluator.record(slot: lead.slot, number: leads.double(lead.column))
                } else {
                    evaluator.record(slot: lead.slot, utf8: leads.utf8(lead.column))
                }
            }
            if let attributes {
                while attributeRow {
                    let owner = attributes.int64(0)
                    if owner > id { break }
                    if owner == id, let index = attributeNames.index(of: attributes.utf8(1)) {
                        evaluator.record(slot: attributeSlots[index], utf8: attributes.utf8(2))
                    }
                    attributeRow = try attributes.step()
                }
            }
            if let activities {
                while activityRow {
                    let owner = activities.int64(0)
                    if owner > id { break }
                    if owner == id, let kind = ActivityKind(rawValue: activities.string(1)) {
                        evaluator.record(activity: kind, at: activities.int64(2))
                    }
                    activityRow = try activities.step()
                }
            }
            try body(leads, extrasStart, evaluator.score())
        }
    }
}
