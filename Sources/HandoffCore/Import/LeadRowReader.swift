/// Reads the records of a leads or deals file into `LeadRow`s, checking every cell: shape of the
/// row, UTF-8, ids, dates, amounts, scores and stages. Built once per file from its mapping, then
/// called for every row with reused buffers, so a million rows allocate little beyond their text.
public struct LeadRowReader: Sendable {
    public let mapping: ImportMapping
    private var stages: StageMatcher
    private let dates: DateReader
    /// Columns whose dates are read in the one order all of them fit (`DateColumnReading`).
    private var columnDates: [Int: DateReader] = [:]
    private let amounts: AmountReader
    private let columns: Columns

    /// A lead's name is shown on cards and forms; the lead form allows this many characters.
    public static let maximumNameLength = 200

    private struct Columns: Sendable {
        var id, name, firstName, lastName, company, email, phone, source, campaign, owner: Int?
        var stage, outcome, value, currency, created, entered, closed, score, lostReason: Int?
    }

    public init(mapping: ImportMapping, stages: StageMatcher, dates: DateReader, amounts: AmountReader) {
        self.mapping = mapping
        self.stages = stages
        self.dates = dates
        self.amounts = amounts
        let field = mapping.fields
        columns = Columns(
            id: field["id"], name: field["name"], firstName: field["first_name"], lastName: field["last_name"],
            company: field["company"], email: field["email"], phone: field["phone"], source: field["source"],
            campaign: field["campaign"], owner: field["owner"], stage: field["stage"], outcome: field["outcome"],
            value: field["value"], currency: field["currency"],
            created: field["created"], entered: field["entered"], closed: field["closed"], score: field["score"],
            lostReason: field["lost_reason"])
    }

    /// The columns holding dates, in file order.
    public var dateColumns: [Int] { [columns.created, columns.entered, columns.closed].compactMap { $0 }.sorted() }

    /// True when `--date-format` says how every date is written: nothing is inferred then.
    public var hasDatePattern: Bool { dates.pattern != nil }

    /// Reads the dates of `column` with `reader` from now on.
    public mutating func readDates(_ reader: DateReader, column: Int) {
        columnDates[column] = reader
    }

    /// Fills `row` from `record`; every problem of the row goes to `problems` (empty when the row is good).
    public mutating func read(_ record: CSVRecord, into row: inout LeadRow, problems: inout [ImportProblem]) {
        problems.removeAll(keepingCapacity: true)
        row.attributes.removeAll(keepingCapacity: true)
        row.attributes.reserveCapacity(mapping.attributes.count)
        let header = mapping.header
        guard mapping.checkShape(record, problems: &problems) else { return }
        let fields = record.fields
        func text(_ column: Int?) -> String? {
            guard let column else { return nil }
            let value = fields[column].trimmingSpaces
            return value.isEmpty ? nil : value
        }
        row.id = nil
        row.externalID = nil
        if let idText = text(columns.id) {
            if !mapping.idIsExternal, let number = Int64(idText), number > 0 { row.id = number } else { row.externalID = idText }
        }
        row.name = mapping.nameTemplate.map { $0.name(fields) } ?? text(columns.name)
        row.firstName = text(columns.firstName)
        row.lastName = text(columns.lastName)
        if let name = row.displayName, name.utf8.count > LeadRowReader.maximumNameLength, name.count > LeadRowReader.maximumNameLength {
            problems.append(
                ImportProblem(
                    column: header[columns.name ?? columns.firstName ?? columns.lastName ?? columns.company ?? columns.id ?? 0],
                    reason: Message(.nameHasAtMost, "\(LeadRowReader.maximumNameLength)", "\(name.count)")))
        }
        row.company = text(columns.company)
        row.email = text(columns.email)
        row.phone = text(columns.phone)
        row.source = text(columns.source)
        row.campaign = text(columns.campaign)
        row.owner = text(columns.owner)
        row.lostReason = text(columns.lostReason)
        row.lostReasonAttribute = row.lostReason.map { LeadAttribute(header[columns.lostReason!].trimmingSpaces, $0) }
        row.stage = nil
        // An open/won/lost status beside the stage (Pipedrive) decides: a won deal keeps the stage
        // it was won from in that column, and that stage is not where it is now.
        if let status = text(columns.outcome) {
            switch StageMatcher.normalize(status) {
            case "open": break
            case "won", "lost":
                if let stage = stages.stage(for: StageMatcher.normalize(status)) {
                    row.stage = stage
                } else {
                    problems.append(
                        ImportProblem(column: header[columns.outcome!], reason: Message(.thisBoardHasNoStageFor, "\(status)")))
                }
            default:
                problems.append(
                    ImportProblem(column: header[columns.outcome!], reason: Message(.isNotAStatus, "\(status)")))
            }
        }
        if row.stage == nil, let value = text(columns.stage) {
            if let stage = stages.stage(for: value) {
                row.stage = stage
            } else {
                problems.append(
                    ImportProblem(column: header[columns.stage!], reason: Message(.isNotAStage, "\(value)"), unknownStage: value))
            }
        }
        row.value = nil
        row.currency = text(columns.currency)?.uppercased() ?? text(columns.value).flatMap(AmountReader.currency(in:))
        if let value = text(columns.value) {
            switch amounts.parse(value) {
            case let .success(amount): row.value = amount
            case let .failure(error):
                let comma = !amounts.decimalComma && AmountReader(decimalComma: true).parse(value).isSuccess
                problems.append(ImportProblem(column: header[columns.value!], reason: error.message, fix: comma ? "--decimal-comma" : nil))
            }
        }
        row.score = nil
        if let value = text(columns.score) {
            if let score = Int(value) {
                row.score = score
            } else if let score = Double(value), score.isFinite, abs(score) < 1e9 {
                row.score = Int(score.rounded())
            } else {
                problems.append(ImportProblem(column: header[columns.score!], reason: Message(.isNotAScore, "\(value)")))
            }
        }
        row.created = date(columns.created, fields, &problems)
        row.entered = date(columns.entered, fields, &problems)
        row.closed = date(columns.closed, fields, &problems)
        row.closedAttribute = text(columns.closed).map { LeadAttribute(header[columns.closed!].trimmingSpaces, $0) }
        if let created = row.created, let closed = row.closed, closed < created {
            problems.append(
                ImportProblem(
                    column: header[columns.closed!],
                    reason: Message(.closedIsBeforeCreated, "\(Timestamp.date(closed))", "\(Timestamp.date(created))")))
        }
        for attribute in mapping.attributes {
            let value = fields[attribute.column].trimmingSpaces
            if !value.isEmpty { row.attributes.append(LeadAttribute(attribute.name, value)) }
        }
    }

    private func date(_ column: Int?, _ fields: [String], _ problems: inout [ImportProblem]) -> Int64? {
        guard let column else { return nil }
        let text = fields[column].trimmingSpaces
        if text.isEmpty { return nil }
        switch (columnDates[column] ?? dates).parse(text) {
        case let .success(value): return value
        case let .failure(error):
            problems.append(
                ImportProblem(
                    column: mapping.header[column], reason: error.message,
                    fix: dates.pattern == nil && columnDates[column] == nil ? DateReader.suggestion(for: text) : nil))
            return nil
        }
    }
}
