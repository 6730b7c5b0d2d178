/// One row of an activity file (`--kind activity`): the email of the person, what they did and
/// when, and optionally the campaign and a name (for a lead made with `--create-leads`).
public struct ActivityRow: Sendable, Equatable {
    public var email: String
    public var activity: ActivityRecord
    /// The name column, else first and last name joined; nil when the file has neither.
    public var name: String?

    public init(email: String, activity: ActivityRecord, name: String? = nil) {
        self.email = email
        self.activity = activity
        self.name = name
    }

    /// The fields an activity file must have a column for.
    public static let requiredFields = ["email", "action", "timestamp"]

    /// Reads a record; nil with `problems` filled when it cannot be imported.
    public static func read(_ record: CSVRecord, mapping: ImportMapping, dates: DateReader, problems: inout [ImportProblem]) -> ActivityRow?
    {
        problems.removeAll(keepingCapacity: true)
        guard mapping.checkShape(record, problems: &problems) else { return nil }
        func column(_ field: String) -> String { mapping.column(field).map { mapping.header[$0] } ?? field }
        let email = mapping.text("email", in: record)
        if let email {
            if !email.contains("@") || email.count > 254 || TerminalText.containsControls(email) {
                problems.append(ImportProblem(column: column("email"), reason: Message(.isNotAnEmail, "\(email)")))
            }
        } else {
            problems.append(ImportProblem(column: column("email"), reason: Message(.activityNeedsTheEmail)))
        }
        let action = mapping.text("action", in: record)
        let kind = action.flatMap(ActivityKind.named)
        if let action, kind == nil {
            problems.append(
                ImportProblem(column: column("action"), reason: Message(.isNotAnActivity, "\(action)", "\(ActivityKind.codes)")))
        } else if action == nil {
            problems.append(ImportProblem(column: column("action"), reason: Message(.activityNeedsItsAction, "\(ActivityKind.codes)")))
        }
        var at: Int64?
        if let text = mapping.text("timestamp", in: record) {
            switch dates.parse(text) {
            case let .success(value): at = value
            case let .failure(error): problems.append(ImportProblem(column: column("timestamp"), reason: error.message))
            }
        } else {
            problems.append(ImportProblem(column: column("timestamp"), reason: Message(.activityNeedsTheDate)))
        }
        let campaign = mapping.text("campaign", in: record)
        if let campaign, campaign.count > 200 || TerminalText.containsControls(campaign) {
            problems.append(
                ImportProblem(column: column("campaign"), reason: Message(.campaignHasAtMost)))
        }
        guard problems.isEmpty, let email, let kind, let at else { return nil }
        var name = mapping.text("name", in: record)
        if name == nil {
            let parts = [mapping.text("first_name", in: record), mapping.text("last_name", in: record)].compactMap { $0 }
            if !parts.isEmpty { name = parts.joined(separator: " ") }
        }
        return ActivityRow(email: email, activity: ActivityRecord(kind: kind, at: at, campaign: campaign), name: name)
    }
}
