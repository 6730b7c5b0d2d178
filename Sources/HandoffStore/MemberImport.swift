import HandoffCore

/// `--kind members`: adds team members or updates them by login.
final class MemberImport: ImportRowHandler {
    private let store: Store
    private let mapping: ImportMapping

    init(store: Store, mapping: ImportMapping) {
        self.store = store
        self.mapping = mapping
    }

    func importRow(_ parsed: inout ParsedRecord, writing: Bool, problems: inout [ImportProblem], report: inout ImportReport) throws -> ImportOutcome {
        guard let row = MemberRow.read(parsed.record, mapping: mapping, problems: &problems) else { return .rejected }
        guard Store.isValidLogin(row.login) else {
            problems.append(ImportProblem(column: mapping.fields["login"].map { mapping.header[$0] } ?? "",
                                          reason: "a login is 1 to 64 letters, digits, '.', '_' or '-', not '\(row.login)'"))
            return .rejected
        }
        return writing ? try store.upsertMember(row) : .unchanged
    }

    func finish() throws {}
}
