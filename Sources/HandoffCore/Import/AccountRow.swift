/// One row of an accounts file: a customer as HubSpot's companies export, Salesforce's accounts
/// export or Handoff's own `export --kind accounts` has it.
public struct AccountRow: Sendable, Equatable {
    /// The CRM's record id, kept so a second import of the same file updates instead of adding.
    public var externalID: String?
    public var name: String
    public var owner: String?
    /// The customer stage named in the file, or the CRM's word for the relationship
    /// ("customer", "Customer - Direct"); nil when the file has no such column.
    public var stage: String?
    public var since: Int64?
    public var renewal: Int64?
    /// What the CRM says the customer bought before it came to the board.
    public var revenue: Double?
    public var deals: Int?

    public init(
        externalID: String? = nil, name: String, owner: String? = nil, stage: String? = nil, since: Int64? = nil, renewal: Int64? = nil,
        revenue: Double? = nil, deals: Int? = nil
    ) {
        self.externalID = externalID
        self.name = name
        self.owner = owner
        self.stage = stage
        self.since = since
        self.renewal = renewal
        self.revenue = revenue
        self.deals = deals
    }

    /// Reads a record; nil with `problems` filled when it cannot be imported.
    public static func read(
        _ record: CSVRecord, mapping: ImportMapping, dates: DateReader, amounts: AmountReader,
        problems: inout [ImportProblem]
    ) -> AccountRow? {
        problems.removeAll(keepingCapacity: true)
        guard mapping.checkShape(record, problems: &problems) else { return nil }
        guard let name = mapping.text("name", in: record), !name.isEmpty else {
            problems.append(ImportProblem(column: "", reason: Message(.accountNeedsAName)))
            return nil
        }
        if name.count > 200 || TerminalText.containsControls(name) {
            problems.append(
                ImportProblem(
                    column: mapping.header[mapping.fields["name"]!],
                    reason: Message(.accountsNameHasAt)))
            return nil
        }
        var row = AccountRow(
            externalID: mapping.text("id", in: record), name: name, owner: mapping.text("owner", in: record),
            stage: mapping.text("stage", in: record))
        for field in ["since", "renewal"] {
            guard let text = mapping.text(field, in: record) else { continue }
            switch dates.parse(text) {
            case let .success(value): if field == "since" { row.since = value } else { row.renewal = value }
            case let .failure(error): problems.append(ImportProblem(column: mapping.header[mapping.fields[field]!], reason: error.message))
            }
        }
        if let text = mapping.text("revenue", in: record) {
            switch amounts.parse(text) {
            case let .success(value): row.revenue = value
            case let .failure(error):
                problems.append(ImportProblem(column: mapping.header[mapping.fields["revenue"]!], reason: error.message))
            }
        }
        if let text = mapping.text("deals", in: record) {
            if let count = Int(text.trimmingCharacters(in: .whitespaces)), count >= 0 {
                row.deals = count
            } else {
                problems.append(
                    ImportProblem(column: mapping.header[mapping.fields["deals"]!], reason: Message(.isNotAWhole, "\(text)")))
            }
        }
        return problems.isEmpty ? row : nil
    }

    /// Whether the CRM's word for the relationship says this is no customer (yet, or at all):
    /// HubSpot's lifecycle stages before `customer`, Salesforce's `Prospect` and partner types.
    /// A customer is a row without the word, a word of buying (`customer`, `Customer - Direct`,
    /// `evangelist`) or of leaving (`former customer`, `churned`), or a stage of the band as
    /// Handoff's own export writes it.
    public var isProspect: Bool {
        guard let word = stage?.lowercased().trimmingCharacters(in: .whitespaces), !word.isEmpty else { return false }
        if ["customer", "client", "evangelist", "former", "churn"].contains(where: word.contains) { return false }
        return !["onboarding", "active", "at_risk", "churned"].contains(word)
    }
}
