import HandoffCore
import HandoffStore

extension TemporaryBoard {
    /// The login of a member (an admin) whose login and name are themselves hostile.
    public static let hostileLogin = "eve\u{1B}[2J\u{202E}"

    /// A board where every place that shows text holds hostile text: lead names, companies,
    /// emails, sources, owners, a campaign, a stage title, a reason label, attributes, notes, event
    /// actors and details. Lead ids 1-9, several in the inbox (`mql`), one per board column.
    /// Lead 9 was rejected by the hostile member with a hostile comment; leads 3 and 6 have notes.
    @discardableResult
    public func seedHostileBoard() throws -> Store {
        let now = TemporaryBoard.now
        let day: Int64 = 86_400
        var store = try open()
        try store.addMember(Member(login: "elena", name: "Elena Vidal", team: "admin"), actor: "seed")
        try store.addMember(Member(login: "tom", name: "Tom Baker", team: "sales"), actor: "elena")
        try store.addMember(Member(login: "lucia", name: "Lucía Fernández", team: "marketing"), actor: "elena")
        // A colleague's SQL writes what `handoff member add` refuses: a login and a name that are
        // escape sequences. An admin, so every hostile write below is allowed.
        try store.connection.prepare("INSERT INTO members(login, name, team) VALUES (?, ?, 'admin')")
            .run(.text(TemporaryBoard.hostileLogin), .text(HostileText.clipboard))
        // As on the demo board, anyone may act as any member (`--as`), so the tests can be each of them.
        try store.connection.execute("INSERT INTO permissions(team, ability) VALUES ('everyone', 'act_as')")
        let campaign = "camp\u{1B}]52;c;SGVsbG8=\u{07}"
        try store.connection.prepare("INSERT INTO campaigns(id, name, channel) VALUES (?, ?, ?)")
            .run(.text(campaign), .text(HostileText.hyperlink), .text(HostileText.c1))
        try store.connection.prepare("UPDATE stages SET title = ? WHERE id = 'proposal'").run(.text(HostileText.colours))
        try store.connection.prepare("UPDATE reasons SET label = ? WHERE kind = 'reject' AND code = 'other'").run(.text(HostileText.bidi))
        // The pipeline is read when a store opens: reopen to see the hostile stage title.
        store = try open()
        let h = HostileText.self
        let leads: [(name: String, company: String, stage: String, owner: String?, source: String)] = [
            (h.clearScreen, h.clipboard, "lead", nil, h.c0),
            (h.hyperlink, h.colours, "nurture", nil, h.bidi),
            (h.c0, h.c1, "mql", TemporaryBoard.hostileLogin, h.zeroWidth),
            (h.bidi, h.zeroWidth, "mql", "tom", h.combining),
            (h.combining, h.wide, "sal", "tom", h.clearScreen),
            (h.wide, h.long, "proposal", "tom", h.hyperlink),
            (h.long, h.newerThanTables, "won", "tom", h.long),
            (h.newerThanTables, h.combining, "negotiation", TemporaryBoard.hostileLogin, h.wide),
            (h.zeroWidth, h.clearScreen, "mql", nil, h.colours),
        ]
        for (offset, spec) in leads.enumerated() {
            let id = Int64(offset + 1)
            let lead = Lead(
                id: id, name: spec.name, company: spec.company, email: "x\u{1B}[2J\u{202E}@evil.example", phone: h.c1,
                source: spec.source, campaign: offset % 2 == 0 ? campaign : nil, owner: spec.owner, stage: spec.stage,
                value: Double(offset + 1) * 1_500, score: 10 * offset, createdAt: now - 30 * day,
                enteredAt: now - Int64(offset + 1) * 3_600, closedAt: spec.stage == "won" ? now - 3_600 : nil)
            let attributes = [
                LeadAttribute(h.clearScreen, h.hyperlink), LeadAttribute("country", h.wide), LeadAttribute("notes" + h.c1, h.long),
            ]
            try store.createLead(lead, actor: offset == 0 ? TemporaryBoard.hostileLogin : "lucia", attributes: attributes)
        }
        try store.apply(.note(leadID: 3, body: h.clipboard + " " + h.bidi, due: nil), actor: TemporaryBoard.hostileLogin, at: now - 600)
        try store.apply(.note(leadID: 6, body: String(h.long.prefix(3_900)), due: now + 3 * day), actor: "tom", at: now - 300)
        try store.apply(
            .reject(leadID: 9, reason: "other", comment: h.colours + h.c0, expectedVersion: nil),
            actor: TemporaryBoard.hostileLogin, at: now - 200)
        return store
    }

    /// Leads whose numbers are as far out as SQLite lets a colleague's script write them: infinite
    /// and enormous values, the largest and smallest timestamps, a score that fills 64 bits.
    /// Ids 101-104, in `lead`, `mql`, `proposal` and `won`.
    public func addHostileNumbers(to store: Store) throws {
        let insert = try store.connection.prepare(
            """
            INSERT INTO leads(id, name, company, stage, value, created_at, entered_at, closed_at, owner)
            VALUES (?, ?, 'Numbers Inc', ?, ?, ?, ?, ?, 'tom')
            """)
        let insertScore = try store.connection.prepare("INSERT INTO lead_scores(lead_id, score) VALUES (?, ?)")
        let rows: [(Int64, String, DatabaseValue, Int64, Int64, Int64, DatabaseValue)] = [
            (101, "lead", .real(.infinity), .max, .min, .max, .null),
            (102, "mql", .real(-1e300), .min, .max, .min, .null),
            (103, "proposal", .real(1e300), .max, 0, -1, .null),
            (104, "won", .real(-.infinity), -1, .min, .max, .integer(.min)),
        ]
        for (id, stage, value, score, created, entered, closed) in rows {
            try insert.run(
                .integer(id), .text("Numbers \(id)"), .text(stage), value, .integer(created), .integer(entered), closed)
            try insertScore.run(.integer(id), .integer(score))
            try HistoryWriter(connection: store.connection).appendEvent(leadID: id, at: entered, actor: "seed", kind: "created", to: stage)
        }
        try store.connection.prepare("INSERT INTO notes(lead_id, at, author, body, due) VALUES (103, ?, 'tom', 'far future', ?)")
            .run(.integer(.min), .integer(.max))
    }
}
