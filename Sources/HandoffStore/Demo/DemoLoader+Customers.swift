import HandoffCore

/// The demo's customers, a year of them: the companies HubSpot had as customers before the board
/// (`accounts.csv`, read by the accounts import), and every company the data set won. Their
/// after-sale year is played out the same way on every demo board, from each account's number:
/// onboarding done, the scheduled follow-ups (done when their time has passed), an answer to the
/// satisfaction survey each quarter, renewals and upsells won, a few accounts at risk or gone,
/// and customers that referred new leads. Everything is dated from `now`, so the figures of a
/// demo made today look like those of a board used for a year.
extension DemoLoader {
    func loadCustomers(into store: Store, clock: DemoClock, now: Int64) throws {
        let dates = try DateReader()
        let members = try store.members()
        var owners: [String: String] = [:]
        for member in members { owners[member.name.lowercased()] = member.login }
        let actor = members.first { $0.team == "admin" }?.login ?? "demo"
        try records("accounts.csv", kind: .accounts) { record, mapping, problems in
            guard var row = AccountRow.read(record, mapping: mapping, dates: dates, amounts: AmountReader(), problems: &problems),
                !row.isProspect
            else { return }
            row.since = row.since.map(clock.moved)
            row.renewal = row.renewal.map(clock.moved)
            _ = try store.upsertAccount(
                row, owner: row.owner.flatMap { owners[$0.lowercased()] }, actor: actor, now: row.since ?? now, audited: false)
        }
        try store.openAccountsForUnlinkedWins(now: now)
        let managers = members.filter { $0.team == "success" }.map(\.login)
        try DemoCustomerYear(store: store, managers: managers, now: now).play()
    }
}
