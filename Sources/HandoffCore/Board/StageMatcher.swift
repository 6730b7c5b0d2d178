/// Turns the stage values of a file into the board's stage ids: the board's own ids and titles,
/// the lifecycle stages, lead statuses and default deal pipeline of HubSpot, Salesforce's lead
/// statuses and default opportunity stages, and `--stage-map`. Values compare ignoring case, spaces
/// and punctuation (`Closed Won`, `closedwon` and `Closed - Won` are one value). A value it does
/// not know is never guessed: the import reports it.
public struct StageMatcher: Sendable {
    private var known: [String: String] = [:]
    private var cache: [String: String?] = [:]

    /// What CRMs call their stages, as the board's default stage ids.
    public static let crmStages: [(value: String, stage: String)] = [
        // HubSpot lifecycle stages.
        ("subscriber", "lead"), ("lead", "lead"), ("marketingqualifiedlead", "mql"), ("salesqualifiedlead", "sql"),
        ("opportunity", "proposal"), ("customer", "won"), ("evangelist", "won"), ("other", "nurture"),
        // HubSpot lead statuses.
        ("new", "lead"), ("open", "lead"), ("inprogress", "nurture"), ("attemptedtocontact", "nurture"), ("connected", "nurture"),
        ("badtiming", "nurture"), ("opendeal", "sal"), ("unqualified", "lost"),
        // HubSpot's default deal pipeline.
        ("appointmentscheduled", "sal"), ("qualifiedtobuy", "sql"), ("presentationscheduled", "proposal"),
        ("decisionmakerboughtin", "negotiation"), ("contractsent", "negotiation"), ("closedwon", "won"), ("closedlost", "lost"),
        // Salesforce lead statuses.
        ("opennotcontacted", "lead"), ("workingcontacted", "nurture"), ("closedconverted", "sal"), ("closednotconverted", "lost"),
        // Salesforce's default opportunity stages.
        ("prospecting", "sal"), ("qualification", "sql"), ("needsanalysis", "sql"), ("valueproposition", "proposal"),
        ("iddecisionmakers", "proposal"), ("perceptionanalysis", "proposal"), ("proposalpricequote", "proposal"),
        ("negotiationreview", "negotiation"),
        // Zoho CRM's lead statuses and the deal stage its default pipeline adds to Salesforce's.
        ("notcontacted", "lead"), ("contactinfuture", "nurture"), ("contacted", "nurture"), ("prequalified", "mql"),
        ("notqualified", "lost"), ("junklead", "lost"), ("lostlead", "lost"), ("closedlosttocompetition", "lost"),
        // Pipedrive's default deal pipeline (its won and lost are a status beside the stage).
        ("contactmade", "sql"), ("needsdefined", "sql"), ("demoscheduled", "proposal"), ("proposalmade", "proposal"),
        ("negotiationsstarted", "negotiation"),
        // Short forms people type in spreadsheets.
        ("mql", "mql"), ("sal", "sal"), ("sql", "sql"), ("accepted", "sal"), ("qualified", "sql"), ("nurturing", "nurture"),
    ]

    /// `overrides` is `--stage-map`: file value to a stage id or title of `pipeline`.
    public init(pipeline: Pipeline, overrides: [(value: String, stage: String)] = []) throws(HandoffError) {
        for (value, stage) in StageMatcher.crmStages where pipeline.stage(stage) != nil {
            known[value] = stage
        }
        for stage in pipeline.leadStages {
            known[StageMatcher.normalize(stage.id)] = stage.id
            known[StageMatcher.normalize(stage.title)] = stage.id
        }
        for (value, target) in overrides {
            let normalizedTarget = StageMatcher.normalize(target)
            guard
                let stage = pipeline.leadStages.first(where: { StageMatcher.normalize($0.id) == normalizedTarget })
                    ?? pipeline.leadStages.first(where: { StageMatcher.normalize($0.title) == normalizedTarget })
            else {
                throw .invalidInput(
                    Message(
                        .stageMapIsNot, "\(value)", "\(target)", "\(target)", "\(pipeline.leadStages.map(\.id).joined(separator: ", "))")
                )
            }
            known[StageMatcher.normalize(value)] = stage.id
        }
    }

    /// The stage id for a value of the file, or nil when nothing says which stage it is.
    public mutating func stage(for value: String) -> String? {
        if let hit = cache[value] { return hit }
        let stage = known[StageMatcher.normalize(value)]
        // A column of a few distinct values is the normal case; a garbage column must not grow this.
        if cache.count < 10_000 { cache[value] = stage }
        return stage
    }

    /// Lowercase letters and digits only.
    public static func normalize(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
