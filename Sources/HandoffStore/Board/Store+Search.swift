import HandoffCore

/// The `/` filter as SQL: fixed text and bound values only, appended to the keyset page queries,
/// so a filtered column pages exactly like an unfiltered one and never loads the whole board.
extension Store {
    /// ` AND ...` conditions for `search` (empty for none), appending their values.
    func searchClause(_ search: LeadSearch?, values: inout [DatabaseValue]) -> String {
        guard let search, !search.filter.isEmpty else { return "" }
        let filter = search.filter
        var sql = ""
        for word in filter.words {
            let pattern = "%" + Store.escapeLike(word) + "%"
            let like = connection.dialect.like
            sql +=
                " AND (leads.name \(like) ? ESCAPE '\\' OR leads.company \(like) ? ESCAPE '\\' OR leads.email \(like) ? ESCAPE '\\'"
                + " OR EXISTS (SELECT 1 FROM notes WHERE notes.lead_id = leads.id AND notes.body \(like) ? ESCAPE '\\'))"
            values += Array(repeating: .text(pattern), count: 4)
        }
        switch filter.owner {
        case .me?:
            sql += " AND leads.owner = ?"
            values.append(.text(search.user))
        case .nobody?:
            sql += " AND leads.owner IS NULL"
        case let .login(login)?:
            sql += " AND " + connection.dialect.equalsIgnoringCase("leads.owner")
            values.append(.text(login))
        case nil:
            break
        }
        if let source = filter.source {
            sql += " AND " + connection.dialect.equalsIgnoringCase("leads.source")
            values.append(.text(source))
        }
        if let campaign = filter.campaign {
            sql += " AND " + connection.dialect.equalsIgnoringCase("leads.campaign")
            values.append(.text(campaign))
        }
        if let minimum = filter.minimumScore {
            sql += " AND \(Store.scoreOf("leads")) >= ?"
            values.append(.integer(Int64(minimum)))
        }
        if let maximum = filter.maximumScore {
            sql += " AND \(Store.scoreOf("leads")) <= ?"
            values.append(.integer(Int64(maximum)))
        }
        if filter.staleOnly {
            // LeadActivity.isStale in SQL: idle (since entering the stage or the last note) longer
            // than the stage allows, and no next step planned for now or later.
            sql += """
                 AND EXISTS (SELECT 1 FROM stages WHERE stages.id = leads.stage AND stages.idle_days IS NOT NULL
                             AND ? - max(leads.entered_at, coalesce((SELECT max(notes.at) FROM notes WHERE notes.lead_id = leads.id), leads.entered_at))
                                 > stages.idle_days * 86400)
                 AND NOT EXISTS (SELECT 1 FROM notes WHERE notes.lead_id = leads.id AND notes.due >= ?)
                """
            values += [.integer(search.now), .integer(search.now)]
        }
        return sql
    }

    /// `%`, `_` and the escape character itself match literally in a LIKE pattern.
    static func escapeLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Counts and sums per stage of the leads that match: the column headers of a filtered board.
    /// One aggregate in SQL; with no filter, the trigger-kept `stage_totals` answer instead.
    public func stageTotals(matching search: LeadSearch?) throws -> [String: StageTotal] {
        guard let search, !search.filter.isEmpty else { return try stageTotals() }
        var values: [DatabaseValue] = []
        let sql =
            "SELECT leads.stage, count(*), coalesce(sum(leads.value), 0) FROM leads WHERE 1 = 1" + searchClause(search, values: &values)
            + " GROUP BY leads.stage"
        var totals: [String: StageTotal] = [:]
        for (stage, total) in try connection.prepare(sql).rows(
            values, { ($0.string(0), StageTotal(leads: $0.int(1), value: $0.double(2))) })
        {
            totals[stage] = total
        }
        return totals
    }

    /// The sources leads come from, for completing `source:` (at most `limit`, most common first).
    public func sources(limit: Int = 100) throws -> [String] {
        let statement = try connection.prepare(
            "SELECT source FROM leads WHERE source <> '' GROUP BY source ORDER BY count(*) DESC, source LIMIT ?")
        return try statement.rows([.integer(Int64(limit))]) { $0.string(0) }
    }
}
