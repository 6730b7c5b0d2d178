/// The SQL of migration 14 that both engines say alike but for their dialect: which of a lead's
/// events make its milestones, and which of its rows count in figures by period. Written once so
/// the triggers, the carried-over boards and the views of the two engines cannot drift apart.
///
/// Two rules make imported history count honestly:
/// - A lead becomes an MQL, and is accepted, only by coming through the front of the board: from
///   its first event into a marketing or handoff stage on. A deal that began in the sales stages
///   (imported straight into Proposal, say) is never counted as an MQL or an accepted lead unless
///   its history later takes it through the handoff; it still counts as an SQL and a win.
/// - A row imported with no date at all gets the import's time as a stand-in (`undated_at`, equal
///   to its `created_at`). Figures by period leave every stand-in time out, so such leads are not
///   "created today"; the dashboard says how many there are.
enum LeadHistorySQL {
    /// Event kinds that name no move of the lead.
    static let movelessKinds = "('undone', 'scored', 'referred')"

    /// When `lead` first came through the front of the board (NULL if it never did).
    static func frontDoor(_ lead: String) -> String {
        """
        (SELECT min(f.at) FROM events f JOIN stage_milestones fm ON fm.id = f.to_stage
                          WHERE f.lead_id = \(lead) AND f.reverted = 0 AND f.kind NOT IN \(movelessKinds) AND coalesce(fm.sal, 0) = 0)
        """
    }

    /// When `lead` first reached `milestone` (`mql`, `sal` or `sql`) by the events that still count.
    static func firstReached(_ milestone: String, lead: String) -> String {
        let front = milestone == "sql" ? "" : " AND e.at >= " + frontDoor(lead)
        return """
            (SELECT min(e.at) FROM events e JOIN stage_milestones m ON m.id = e.to_stage
                          WHERE e.lead_id = \(lead) AND e.reverted = 0 AND e.kind NOT IN \(movelessKinds) AND m.\(milestone) = 1\(front))
            """
    }

    /// The milestones of `lead` recounted from its events, as an undo needs them.
    static func recount(_ lead: String) -> String {
        """
        mql_at = \(firstReached("mql", lead: lead)),
                sal_at = \(firstReached("sal", lead: lead)),
                sql_at = \(firstReached("sql", lead: lead))
        """
    }

    /// Boards made before migration 14: the leads whose history began past the handoff, whose
    /// MQL and acceptance the old rule took from that first event. Repeat deals keep none.
    static let carriedOver = """
        UPDATE leads SET \(recount("leads.id"))
            WHERE deal_kind IS NULL AND id IN (SELECT lead_id FROM events WHERE kind = 'created'
                                               AND to_stage IN (SELECT id FROM stage_milestones WHERE sal = 1));
        """

    /// `kpi_lead_facts` (`byDay`: by UTC day) or `kpi_lead_moments` (at their instant), with the
    /// engine's words for casts, amounts and "differs from".
    static func leadFacts(byDay: Bool, postgres: Bool) -> String {
        let name = byDay ? "kpi_lead_facts" : "kpi_lead_moments"
        let timeName = byDay ? "day" : "at"
        func time(_ column: String) -> String { byDay ? "\(column) / 86400" : column }
        let cents = postgres ? "handoff_cents(value)" : "CAST(round(coalesce(value, 0) * 100) AS INTEGER)"
        let differs = postgres ? "IS DISTINCT FROM" : "IS NOT"
        let dated = "undated_at IS NULL"
        func real(_ column: String) -> String { "\(column) IS NOT NULL AND \(column) \(differs) undated_at" }
        let won = "stage = 'won' AND " + real("closed_at")
        let rows: [(measure: String, time: String, key: String, cents: String, condition: String)] = [
            ("created", "created_at", "''", "0", dated),
            ("created.source", "created_at", "source", "0", dated),
            ("created.campaign", "created_at", "coalesce(campaign, '')", "0", dated),
            ("created.mql", "created_at", "''", "0", "mql_at IS NOT NULL AND " + dated),
            ("created.sal", "created_at", "''", "0", "sal_at IS NOT NULL AND " + dated),
            ("created.sql", "created_at", "''", "0", "sql_at IS NOT NULL AND " + dated),
            ("created.won", "created_at", "''", "0", "stage = 'won' AND " + dated),
            // Reached SQL without being an MQL: began in the sales stages. The funnel says how many.
            ("created.direct", "created_at", "''", "0", "sql_at IS NOT NULL AND mql_at IS NULL AND " + dated),
            ("mql", "mql_at", "''", "0", real("mql_at")),
            ("mql.campaign", "mql_at", "coalesce(campaign, '')", "0", real("mql_at")),
            ("mql.sql", "mql_at", "''", "0", real("mql_at") + " AND sql_at IS NOT NULL"),
            ("sal", "sal_at", "''", "0", real("sal_at")),
            ("sal.campaign", "sal_at", "coalesce(campaign, '')", "0", real("sal_at")),
            ("sql", "sql_at", "''", "0", real("sql_at")),
            ("won", "closed_at", "''", cents, won),
            ("won.owner", "closed_at", "coalesce(owner, '')", cents, won),
            ("won.campaign", "closed_at", "coalesce(campaign, '')", cents, won),
            ("lost", "closed_at", "''", "0", "stage = 'lost' AND " + real("closed_at")),
        ]
        let selects = rows.enumerated().map { index, row in
            guard index == 0 else {
                return
                    "UNION ALL SELECT id, '\(row.measure)', \(time(row.time)), \(row.key), \(row.cents) FROM leads WHERE \(row.condition)"
            }
            let measure = postgres ? "'\(row.measure)'::text COLLATE \"C\"" : "'\(row.measure)'"
            let key = postgres ? "''::text COLLATE \"C\"" : "''"
            let zero = postgres ? "0::bigint" : "0"
            return
                "SELECT id AS lead_id, \(measure) AS measure, \(time(row.time)) AS \(timeName), \(key) AS key, \(zero) AS cents FROM leads WHERE \(row.condition)"
        }
        return "CREATE \(postgres ? "OR REPLACE " : "")VIEW \(name) AS\n    " + selects.joined(separator: "\n    ") + ";"
    }
}
