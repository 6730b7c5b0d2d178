/// What an imported file holds: `--kind`. Leads and deals share their fields; a deal without a
/// stage starts in the first sales stage instead of the first stage of the board. Insights and
/// content are what sales heard and what marketing made of it, as `export` writes them. Activity
/// is what leads did with email and on the website, one action per row, matched to leads by email.
public enum ImportKind: String, CaseIterable, Sendable {
    case leads, deals, campaigns, members, accounts, insights, content, activity

    public var fields: [ImportField] {
        switch self {
        case .leads, .deals: return ImportField.leadFields
        case .campaigns: return ImportField.campaignFields
        case .members: return ImportField.memberFields
        case .accounts: return ImportField.accountFields
        case .insights: return ImportField.insightFields
        case .content: return ImportField.contentFields
        case .activity: return ImportField.activityFields
        }
    }

    /// Columns only a deals export has (HubSpot, Salesforce, Zoho, Pipedrive): a file with one of
    /// them, imported with no `--kind`, holds deals, so that a deal without a stage starts in sales.
    static let dealColumns: Set<String> = [
        "dealname", "dealstage", "dealtitle", "dealstage", "opportunityname", "stagename", "potentialname",
        "dealid", "opportunityid", "dealstatus",
    ]

    /// `fallback`, or deals when `fallback` is leads and the header names a deals export's column.
    public static func detected(header: [String], default fallback: ImportKind) -> ImportKind {
        guard fallback == .leads else { return fallback }
        return header.contains { dealColumns.contains(ImportMapping.normalize($0)) } ? .deals : fallback
    }

    public var isLeads: Bool { self == .leads || self == .deals }

    /// Whether columns that fill no field are kept as attributes. An insight or a piece has no
    /// attributes: the rest of an export's columns (who, when, counts) are the board's to write.
    /// Nor does an activity: the other columns of an email tool's export describe the subscriber.
    public var keepsAttributes: Bool { self != .insights && self != .content && self != .activity }

    /// Where a lead of this kind starts when its row names no stage, and where an imported won or
    /// lost one is recorded as created before its outcome event.
    public func entryStage(in pipeline: Pipeline) -> Stage? {
        if self == .deals, let sales = pipeline.stages.first(where: { $0.side == .sales }) { return sales }
        return pipeline.visibleStages.first ?? pipeline.stages.first
    }
}
