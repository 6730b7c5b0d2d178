import HandoffCore

extension Store {
    /// The pages of several columns in one statement: a board reloaded after a change reads every
    /// visible column's window at once, one round trip on a server instead of one per column. Each
    /// page is the keyset read `page(stage:after:)` or `page(stage:from:)` would make, on the same
    /// index; they are joined with UNION ALL, which both engines run as the separate reads they
    /// are. Returns the pages in the order of `requests`, each in board order.
    public func pages(_ requests: [ColumnPageRequest], search: LeadSearch? = nil) throws -> [[Lead]] {
        if requests.count == 1, let only = requests.first {
            switch only.start {
            case .top: return [try page(stage: only.stage, after: nil, limit: only.limit, search: search)]
            case let .from(cursor): return [try page(stage: only.stage, from: cursor, limit: only.limit, search: search)]
            }
        }
        guard !requests.isEmpty else { return [] }
        var values: [DatabaseValue] = []
        let parts = requests.map { request in
            var sql = "SELECT \(Store.leadColumns) FROM leads WHERE stage = ?"
            values.append(.text(request.stage))
            if case let .from(cursor) = request.start {
                sql += " AND (entered_at, id) <= (\(connection.dialect.integer()), \(connection.dialect.integer()))"
                values += [.integer(cursor.enteredAt), .integer(cursor.id)]
            }
            sql += searchClause(search, values: &values) + " ORDER BY entered_at DESC, id DESC LIMIT ?"
            values.append(.integer(Int64(request.limit)))
            return sql
        }
        return try unionOfPages(parts, values: values, Store.lead).map { page in
            page.sorted { ($0.enteredAt, $0.id) > ($1.enteredAt, $1.id) }
        }
    }

    /// Runs `parts`, one page's SELECT each, as one UNION ALL statement; returns each part's rows
    /// (in no particular order: UNION ALL promises none, the caller sorts).
    func unionOfPages<Row>(_ parts: [String], values: [DatabaseValue], _ map: (any DatabaseStatement) -> Row) throws -> [[Row]] {
        // Each part's number, last after its columns, is written in the SQL (it is never user
        // data), so the rows say which page they belong to; the statement's text stays the same
        // from one reload to the next and is prepared once.
        let sql = parts.enumerated().map { index, part in "SELECT page\(index).*, \(index) AS part FROM (\(part)) AS page\(index)" }
            .joined(separator: " UNION ALL ")
        var pages = Array(repeating: [Row](), count: parts.count)
        for (part, row) in try connection.prepare(sql).rows(values, { ($0.int($0.columnCount - 1), map($0)) })
        where pages.indices.contains(part) {
            pages[part].append(row)
        }
        return pages
    }
}
