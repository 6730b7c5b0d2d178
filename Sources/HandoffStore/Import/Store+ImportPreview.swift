import HandoffCore

extension Store {
    /// The mapping and the first `rows` rows of a file read as `importCSV` would read them, with
    /// their problems. Reads only the start of the file and writes nothing.
    public func previewImport(at path: String, options: ImportOptions, rows limit: Int = 5) throws -> ImportPreview {
        let file = try CSVFile(path: path, delimiter: try options.delimiterByte())
        var mapping: ImportMapping?
        var reader: LeadRowReader?
        var columns: [String] = []
        var rows: [[String]] = []
        var problems: [ImportReject] = []
        var rowProblems: [ImportProblem] = []
        var dateReadings: [ImportReport.DateReading]?
        let dates = try DateReader(pattern: options.dateFormat)
        let amounts = AmountReader(decimalComma: options.decimalComma)
        var entry = options.kind.entryStage(in: pipeline)?.id ?? ""
        try file.read { record in
            guard let header = mapping else {
                let header = try ImportMapping(header: record.fields, options: options)
                mapping = header
                entry = header.kind.entryStage(in: pipeline)?.id ?? ""
                switch options.kind {
                case .leads, .deals:
                    reader = try LeadRowReader(mapping: header, options: options, pipeline: pipeline)
                    columns = ["name", "company", "email", "stage", "value", "owner", "created", "closed"]
                case .campaigns: columns = ["id", "name", "channel", "spend", "started", "ended"]
                case .members: columns = ["login", "name", "team"]
                case .accounts: columns = ["id", "name", "stage", "owner", "since", "renewal", "revenue", "deals"]
                // Insights and pieces are checked by writing them (see `ContentImport`): the
                // preview shows what each column fills.
                case .insights: columns = ["lead_id", "kind", "text", "quote"]
                case .content: columns = ["title", "kind", "stage", "owner", "link"]
                case .activity: columns = ["email", "action", "timestamp", "campaign"]
                }
                return true
            }
            var values: [String] = []
            switch options.kind {
            case .leads, .deals:
                var row = LeadRow()
                reader!.read(record, into: &row, problems: &rowProblems)
                if dateReadings == nil,
                    let readings = try DateOrderInference.apply(
                        to: &reader!, problems: rowProblems, header: header,
                        path: path, delimiter: file.delimiter)
                {
                    dateReadings = readings
                    rowProblems.removeAll()
                    reader!.read(record, into: &row, problems: &rowProblems)
                }
                if rowProblems.isEmpty {
                    let lead = row.newLead(defaultStage: entry, pipeline: pipeline, now: Timestamp.now()).lead
                    values = [
                        lead.name, lead.company, lead.email, lead.stage, lead.value.map(MoneyFormat.plain) ?? "", lead.owner ?? "",
                        row.created.map(Timestamp.date) ?? "", lead.closedAt.map(Timestamp.date) ?? "",
                    ]
                }
            case .campaigns:
                if let campaign = CampaignRow.read(record, mapping: header, dates: dates, amounts: amounts, problems: &rowProblems) {
                    values = [
                        campaign.id, campaign.name ?? campaign.id, campaign.channel ?? "", campaign.spend.map(MoneyFormat.plain) ?? "",
                        campaign.started.map(Timestamp.date) ?? "", campaign.ended.map(Timestamp.date) ?? "",
                    ]
                }
            case .members:
                if let member = MemberRow.read(record, mapping: header, problems: &rowProblems) {
                    values = [member.login, member.name, member.team]
                }
            case .accounts:
                if let account = AccountRow.read(record, mapping: header, dates: dates, amounts: amounts, problems: &rowProblems) {
                    values = [
                        account.externalID ?? "", account.name, account.stage ?? "",
                        account.owner ?? "", account.since.map(Timestamp.date) ?? "", account.renewal.map(Timestamp.date) ?? "",
                        account.revenue.map(MoneyFormat.plain) ?? "", account.deals.map(String.init) ?? "",
                    ]
                }
            case .activity:
                if let row = ActivityRow.read(record, mapping: header, dates: dates, problems: &rowProblems) {
                    values = [row.email, row.activity.kind.rawValue, Timestamp.date(row.activity.at), row.activity.campaign ?? ""]
                }
            case .insights, .content:
                rowProblems.removeAll()
                if header.checkShape(record, problems: &rowProblems) { values = columns.map { header.text($0, in: record) ?? "" } }
            }
            problems += rowProblems.map { ImportReject(row: record.number, line: record.line, column: $0.column, reason: $0.reason) }
            rows.append(values)
            return rows.count < limit
        }
        guard let mapping else { throw HandoffError.invalidInput(Message(.isEmptyItHas, "\(path)")) }
        return ImportPreview(
            path: path, options: options, delimiter: file.delimiter, bytes: file.size,
            mapping: mapping.lines + (dateReadings ?? []).map(\.line),
            columns: columns, rows: rows, problems: problems)
    }
}
