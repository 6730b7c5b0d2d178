import HandoffCore

/// `--kind campaigns`: adds campaigns or updates them by id.
final class CampaignImport: ImportRowHandler {
    private let store: Store
    private let mapping: ImportMapping
    private let dates: DateReader
    private let amounts: AmountReader

    init(store: Store, mapping: ImportMapping, dates: DateReader, amounts: AmountReader) {
        self.store = store
        self.mapping = mapping
        self.dates = dates
        self.amounts = amounts
    }

    func importRow(_ parsed: inout ParsedRecord, writing: Bool, problems: inout [ImportProblem], report: inout ImportReport) throws
        -> ImportOutcome
    {
        guard let row = CampaignRow.read(parsed.record, mapping: mapping, dates: dates, amounts: amounts, problems: &problems) else {
            return .rejected
        }
        return writing ? try store.upsertCampaign(row) : .unchanged
    }

    func finish() throws {}
}
