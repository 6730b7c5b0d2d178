import HandoffCore

/// A deal won anywhere (a key on any board, `handoff won`, a script) is celebrated on every open
/// board: the boards ask for the wins after the last one they celebrated.
extension Store {
    /// The newest event: a board opening starts here, so it celebrates what is won from then on,
    /// not the past.
    public func lastEventID() throws -> Int64 {
        try connection.scalar("SELECT coalesce(max(id), 0) FROM events") ?? 0
    }

    /// Wins after event `after` (not undone), oldest first, told as the team win each is: the
    /// deal, the amount, the marketer who sourced it and the campaign, the rep who closed it.
    /// Reads only events newer than `after`, by their ids.
    public func celebrations(after: Int64) throws -> (wins: [Celebration], last: Int64) {
        let last = try connection.scalar("SELECT coalesce(max(id), ?) FROM events WHERE id > ?", .integer(after), .integer(after)) ?? after
        guard last > after else { return ([], after) }
        // By id, not by the index of kinds: SQLite took every win of the board from there and
        // sorted them, on each board after each change (measured at a million leads: 4 ms of an
        // 11 ms move, key to screen).
        let kind = connection.dialect.unindexed("e.kind")
        let rows = try connection.prepare(
            Store.agendaSelect + " WHERE e.id > ? AND \(kind) = 'won' AND e.reverted = 0 ORDER BY e.id LIMIT 20"
        )
        .rows([.integer(after)], Store.agendaEvent)
        guard !rows.isEmpty else { return ([], last) }
        let members = try self.members()
        let teams = Dictionary(members.map { ($0.login, $0.team) }, uniquingKeysWith: { first, _ in first })
        let names = try memberNames()
        let wins = rows.map { win in
            let marketer = Celebration.sourcingMarketer(
                campaignOwner: win.campaignOwner, creator: win.creator, handedOffBy: win.handedOffBy, teams: teams)
            let rep = Celebration.closingRep(owner: win.lead.owner, wonBy: win.event.actor, teams: teams)
            return Celebration(
                leadID: win.lead.id, lead: win.lead.name, company: win.lead.company,
                amount: win.event.detail.flatMap(Double.init) ?? win.lead.value, marketer: marketer.map { names[$0] ?? $0 },
                campaign: win.campaignName, rep: names[rep] ?? rep)
        }
        return (wins, last)
    }
}
