import HandoffCore

/// Walks leads in id order together with the attributes the rules read: one ordered pass over
/// `leads` and one over `lead_attributes` (whose primary key is lead id first), merged like two
/// sorted lists, never a query per lead. Each lead's values go to the evaluator as raw bytes.
struct ScoringScan {
    /// What to read: the leads (`source` names the `leads` table, maybe joined), which ones, the
    /// time each is scored at, and extra columns the caller reads in `body`. All of it is fixed
    /// SQL text; values are bound.
    struct Query {
        var prefix = ""
        var source = "leads"
        var filter: String
        var values: [SQLiteValue]
        var scoredAt: String
        var extraColumns: [String]
    }

    let connection: SQLiteConnection
    var evaluator: ScoringEvaluator

    init(connection: SQLiteConnection, definition: ScoringDefinition) {
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
    mutating func run(_ query: Query, body: (SQLiteStatement, Int32, Score) throws -> Void) throws {
        var leadColumns: [(slot: Int, column: Int32, isNumber: Bool)] = []
        var columns = ["leads.id", "leads.created_at", query.scoredAt]
        var attributeSlots: [Int] = []
        var attributeNames: [SQLiteValue] = []
        for (slot, field) in evaluator.fields.enumerated() {
            switch field {
            case let .lead(leadField):
                guard let column = ScoringScan.column(for: leadField) else { continue }
                leadColumns.append((slot, Int32(columns.count), leadField.isNumber))
                columns.append("leads." + column)
            case let .attribute(name):
                attributeSlots.append(slot)
                attributeNames.append(.text(name))
            }
        }
        let extrasStart = Int32(columns.count)
        columns += query.extraColumns
        let leads = try connection.prepare("\(query.prefix) SELECT \(columns.joined(separator: ", ")) FROM \(query.source) WHERE \(query.filter) ORDER BY leads.id")
        defer { leads.reset() }
        try leads.bind(query.values)
        var attributes: SQLiteStatement?
        if !attributeNames.isEmpty {
            // Numbered parameters: the CASE gives each row its slot as a small integer, so the
            // name never becomes a String.
            let cases = attributeNames.indices.map { "WHEN ?\($0 + 1) THEN \($0)" }.joined(separator: " ")
            let list = attributeNames.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
            let statement = try connection.prepare("SELECT lead_id, CASE name \(cases) END, value FROM lead_attributes WHERE name IN (\(list)) ORDER BY lead_id")
            try statement.bind(attributeNames)
            attributes = statement
        }
        defer { attributes?.reset() }
        var attributeRow = try attributes?.step() ?? false
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
                while attributeRow && attributes.int64(0) < id { attributeRow = try attributes.step() }
                while attributeRow && attributes.int64(0) == id {
                    evaluator.record(slot: attributeSlots[attributes.int(1)], utf8: attributes.utf8(2))
                    attributeRow = try attributes.step()
                }
            }
            try body(leads, extrasStart, evaluator.score())
        }
    }
}
