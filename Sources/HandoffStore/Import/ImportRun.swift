import Foundation
import HandoffCore

/// One import from the first byte of the file to COMMIT or ROLLBACK: the header and its mapping,
/// every row through the kind's handler, rejects, progress, and all or nothing in one transaction.
final class ImportRun {
    private let store: Store
    private let options: ImportOptions
    private let actor: String
    private let now: Int64
    private let progress: ((ImportProgress) -> Void)?
    private var report: ImportReport
    private var handler: ImportRowHandler?
    private var leads: LeadImport?
    private var activity: ActivityImport?
    private var rejects: RejectsFile?
    private var problems: [ImportProblem] = []
    private let started = Date()
    private var lastProgress = Date()

    init(store: Store, path: String, options: ImportOptions, actor: String, now: Int64, progress: ((ImportProgress) -> Void)?) {
        self.store = store
        self.options = options
        self.actor = actor
        self.now = now
        self.progress = progress
        report = ImportReport(kind: options.kind, file: path)
        report.dryRun = options.dryRun
    }

    func run() throws -> ImportReport {
        let file = try CSVFile(path: report.file, delimiter: try options.delimiterByte())
        report.delimiter = file.delimiter
        let connection = store.connection
        // Every leads file is loaded in bulk (see `BulkLoad`), small ones too: row by row, with
        // SQLite's default page cache, a file of 10,000 leads spilled the same pages to the log
        // again and again and took seven times as long.
        let bulk = options.kind.isLeads
        if bulk { try BulkLoad.relax(connection) }
        let emptyBoard = try store.leadCount() == 0
        let rollbackJournal = bulk && !options.dryRun && emptyBoard && BulkLoad.leaveWAL(connection)
        defer {
            if bulk { try? BulkLoad.restore(connection) }
            if rollbackJournal { BulkLoad.returnToWAL(connection) }
        }
        try connection.beginWrite()
        do {
            // Insights and pieces are written by the abilities they need, not the right to import
            // leads: a rep brings the call notes of a quarter, marketing its content calendar.
            switch options.kind {
            case .insights: try store.require(.addInsight, actor: actor)
            case .content: try store.require(.editContent, actor: actor)
            case .members:
                try store.require(.importLeads, actor: actor)
                try store.require(.manageMembers, actor: actor)
            case .accounts:
                try store.require(.importLeads, actor: actor)
                try store.require(.editAccounts, actor: actor)
            case .leads, .deals, .campaigns, .activity: try store.require(.importLeads, actor: actor)
            }
        } catch {
            connection.rollbackWrite()
            throw error
        }
        let stream = RecordStream(file: file, options: options, pipeline: store.pipeline, now: now)
        do {
            reading: while true {
                switch stream.next() {
                case let .header(record, mapping):
                    try start(header: record, mapping: mapping, delimiter: file.delimiter, bulk: bulk)
                case var .rows(rows):
                    for index in rows.indices { try handle(&rows[index], totalBytes: file.size) }
                    stream.recycle(rows)
                case let .dates(reading):
                    report.dateReadings.append(reading)
                case let .failed(error):
                    throw error
                case .end:
                    break reading
                }
            }
            guard handler != nil else { throw HandoffError.invalidInput(Message(.isEmptyItHas, "\(report.file)")) }
            report.createdOwners = leads?.createdOwners ?? []
            report.ownersJoinTeam = leads?.ownersJoinTeam ?? true
            report.skippedOwners = leads?.skippedOwners ?? [:]
            report.createdCampaigns = leads?.createdCampaigns ?? []
            try leads?.adoptCurrency(report: &report)
            report.createdLeads = activity?.createdLeads ?? 0
            if options.dryRun || (report.rejected > 0 && !options.skipBadRows) {
                connection.rollbackWrite()
            } else {
                // Every row is read; what is left (indexes, totals) takes a few seconds on a large file.
                progress?(
                    ImportProgress(rows: report.rows, bytes: file.size, totalBytes: file.size, seconds: Date().timeIntervalSince(started)))
                try handler?.finish()
                if let activity {
                    report.rescoredLeads = activity.rescored
                    report.events = activity.events
                }
                try connection.commitWrite()
                report.committed = true
            }
        } catch {
            stream.cancel()
            connection.rollbackWrite()
            try? rejects?.close()
            throw error
        }
        try rejects?.close()
        if bulk && report.committed {
            BulkLoad.markVisible(connection) {
                self.progress?(
                    ImportProgress(
                        rows: self.report.rows, bytes: file.size, totalBytes: file.size, seconds: Date().timeIntervalSince(self.started),
                        settling: true))
            }
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    private func start(header record: CSVRecord, mapping: ImportMapping, delimiter: UInt8, bulk: Bool) throws {
        report.mapping = mapping.lines
        report.kind = mapping.kind
        report.fieldColumns = mapping.fields.sorted { $0.value < $1.value }.map {
            ImportReport.FieldColumn(column: mapping.header[$0.value], field: $0.key)
        }
        if let template = mapping.nameTemplate {
            report.fieldColumns.append(ImportReport.FieldColumn(column: template.text, field: "name"))
        }
        report.attributeColumns = mapping.attributes.map(\.name)
        switch mapping.kind {
        case .leads, .deals:
            let leads = try LeadImport(store: store, mapping: mapping, options: options, actor: actor, now: now, bulk: bulk)
            self.leads = leads
            handler = leads
        case .campaigns:
            handler = CampaignImport(
                store: store, mapping: mapping, dates: try DateReader(pattern: options.dateFormat),
                amounts: AmountReader(decimalComma: options.decimalComma))
        case .members:
            handler = MemberImport(store: store, mapping: mapping, actor: actor, now: now)
        case .accounts:
            handler = try AccountImport(
                store: store, mapping: mapping, dates: try DateReader(pattern: options.dateFormat),
                amounts: AmountReader(decimalComma: options.decimalComma), actor: actor, now: now)
        case .insights, .content:
            handler = ContentImport(store: store, mapping: mapping, kind: options.kind, actor: actor, now: now)
        case .activity:
            let activity = try ActivityImport(store: store, mapping: mapping, options: options, source: report.file, actor: actor, now: now)
            self.activity = activity
            handler = activity
        }
        if let path = options.rejectsPath {
            rejects = try RejectsFile(path: path, header: record.fields, delimiter: delimiter)
        }
    }

    private func handle(_ parsed: inout ParsedRecord, totalBytes: Int) throws {
        report.rows += 1
        let writing = options.skipBadRows || report.rejected == 0
        switch try handler!.importRow(&parsed, writing: writing, problems: &problems, report: &report) {
        case .created: report.created += 1
        case .updated: report.updated += 1
        case .unchanged: report.unchanged += 1
        case .rejected: try reject(parsed.record)
        }
        if report.rows & 0x3FFF == 0, let progress {
            let clock = Date()
            if clock.timeIntervalSince(lastProgress) >= 0.5 {
                lastProgress = clock
                progress(
                    ImportProgress(
                        rows: report.rows, bytes: parsed.record.offset, totalBytes: totalBytes, seconds: clock.timeIntervalSince(started)))
            }
        }
    }

    private func reject(_ record: CSVRecord) throws {
        report.rejected += 1
        for problem in problems {
            report.note(problem, row: record.number, line: record.line)
            if let stage = problem.unknownStage { report.unknownStages[stage, default: 0] += 1 }
            if report.rejects.count < ImportReport.rejectsShown {
                report.rejects.append(ImportReject(row: record.number, line: record.line, column: problem.column, reason: problem.reason))
            }
        }
        try rejects?.write(record, problems: problems)
    }
}
