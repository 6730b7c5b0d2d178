import HandoffCore

/// `--kind members`: adds team members or updates them by login, each with its board event, as
/// `handoff member add` records one.
final class MemberImport: ImportRowHandler {
    private let store: Store
    private let mapping: ImportMapping
    private let actor: String
    private let now: Int64

    init(store: Store, mapping: ImportMapping, actor: String, now: Int64) {
        self.store = store
        self.mapping = mapping
        self.actor = actor
        self.now = now
    }

    func importRow(_ parsed: inout ParsedRecord, writing: Bool, problems: inout [ImportProblem], report: inout ImportReport) throws
        -> ImportOutcome
    {
        guard let row = MemberRow.read(parsed.record, mapping: mapping, problems: &problems) else { return .rejected }
        guard Store.isValidLogin(row.login) else {
            problems.append(
                ImportProblem(
                    column: mapping.fields["login"].map { mapping.header[$0] } ?? "",
                    reason: Message(.loginShape, "\(row.login)")))
            return .rejected
        }
        guard writing else { return .unchanged }
        let outcome = try store.upsertMember(row)
        if outcome == .created || outcome == .updated {
            try store.appendBoardEvent(
                kind: outcome == .created ? BoardEvent.Kind.memberAdded : BoardEvent.Kind.memberChanged, subject: row.login,
                detail: "\(row.name), \(row.team) (import)", actor: actor, at: now)
        }
        return outcome
    }

    func finish() throws {}
}
