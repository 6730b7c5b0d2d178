/// One row of a campaigns file: the marketing pushes that leads come from and their spend.
public struct CampaignRow: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var channel: String?
    public var spend: Double?
    public var started: Int64?
    public var ended: Int64?

    public init(id: String, name: String? = nil, channel: String? = nil, spend: Double? = nil, started: Int64? = nil, ended: Int64? = nil) {
        self.id = id
        self.name = name
        self.channel = channel
        self.spend = spend
        self.started = started
        self.ended = ended
    }

    /// Reads a record; nil with `problems` filled when it cannot be imported. A row without an id
    /// takes one made from its name (`Spring Webinar` -> `spring-webinar`).
    public static func read(
        _ record: CSVRecord, mapping: ImportMapping, dates: DateReader, amounts: AmountReader,
        problems: inout [ImportProblem]
    ) -> CampaignRow? {
        problems.removeAll(keepingCapacity: true)
        guard mapping.checkShape(record, problems: &problems) else { return nil }
        let name = mapping.text("name", in: record)
        guard let id = mapping.text("id", in: record) ?? name.map({ Slug.make($0, separator: "-") }), !id.isEmpty else {
            problems.append(ImportProblem(column: "", reason: Message(.campaignNeedsAnId)))
            return nil
        }
        var row = CampaignRow(id: id, name: name, channel: mapping.text("channel", in: record))
        if let text = mapping.text("spend", in: record) {
            switch amounts.parse(text) {
            case let .success(value): row.spend = value
            case let .failure(error):
                problems.append(ImportProblem(column: mapping.header[mapping.fields["spend"]!], reason: error.message))
            }
        }
        for field in ["started", "ended"] {
            guard let text = mapping.text(field, in: record) else { continue }
            switch dates.parse(text) {
            case let .success(value): if field == "started" { row.started = value } else { row.ended = value }
            case let .failure(error): problems.append(ImportProblem(column: mapping.header[mapping.fields[field]!], reason: error.message))
            }
        }
        if let started = row.started, let ended = row.ended, ended < started {
            problems.append(
                ImportProblem(
                    column: mapping.header[mapping.fields["ended"]!],
                    reason: Message(.endedIsBeforeStarted, "\(Timestamp.date(ended))", "\(Timestamp.date(started))")))
        }
        return problems.isEmpty ? row : nil
    }
}
