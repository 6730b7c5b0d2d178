import Foundation
import HandoffCore
import HandoffStore

/// `handoff import FILE`: leads, deals, campaigns or members from a CSV export, all or nothing.
enum ImportCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "import", summary: "Import a CSV file (HubSpot, Salesforce, a spreadsheet, a Handoff export): all rows or none.",
        arguments: ["FILE"],
        options: [
            OptionSpec("--kind", value: "KIND", "leads (default), deals, campaigns or members"),
            OptionSpec("--map", value: "FIELD=COLUMN,...", "read a field from a column (--map value=close_value,created=engage_date)"),
            OptionSpec("--stage-map", value: "VALUE=STAGE,...", "put rows with a stage value in a stage (--stage-map Won=won,Engaging=proposal)"),
            OptionSpec("--date-format", value: "FORMAT", "dates that are not ISO: dd/MM/yyyy, MM/dd/yyyy, dd-MM-yy, ..."),
            OptionSpec("--delimiter", value: "C", "the field separator (default: detected: , ; tab or |)"),
            OptionSpec("--decimal-comma", "amounts are written 1.234,50"),
            OptionSpec("--skip-bad-rows", "import the good rows even when some are rejected"),
            OptionSpec("--rejects", value: "FILE", "write the rejected rows, with why, to a CSV you can correct and import"),
            OptionSpec("--dry-run", "check everything and say what would happen; write nothing"),
        ],
        details: """
            Columns are recognised by name, ignoring case and spaces: Handoff's own export, HubSpot (Record ID, First Name,
            Lifecycle Stage, Create Date, Contact owner, Deal Name, Deal Stage, Amount, Close Date...) and Salesforce
            (FirstName, Company, Status, LeadSource, OwnerId, CreatedDate, StageName, CloseDate...). Fields: id, name,
            first_name, last_name, company, email, phone, source, campaign, owner, stage, value, created, entered, closed,
            score, lost_reason. Other columns are kept as attributes of each lead.
            A row whose id or email is already on the board updates that lead (one event). Owners and campaigns that
            do not exist are added. Won and lost rows get their history at their created and close dates.
            If any row is rejected nothing is imported (unless --skip-bad-rows); every problem is listed with its row.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let path = context.parsed.arguments[0]
        let kindName = context.parsed.value("--kind") ?? "leads"
        guard let kind = ImportKind(rawValue: kindName) else {
            throw HandoffError.invalidInput("--kind must be \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(TerminalText.sanitize(kindName))'")
        }
        let options = ImportOptions(kind: kind, map: context.parsed.value("--map"), stageMap: context.parsed.value("--stage-map"),
                                    dateFormat: context.parsed.value("--date-format"), delimiter: context.parsed.value("--delimiter"),
                                    decimalComma: context.parsed.has("--decimal-comma"), skipBadRows: context.parsed.has("--skip-bad-rows"),
                                    dryRun: context.parsed.has("--dry-run"), rejectsPath: context.parsed.value("--rejects"))
        // A dry run against a board that does not exist yet must not create it.
        var scratch: String?
        if options.dryRun && !FileManager.default.fileExists(atPath: context.databasePath) {
            scratch = NSTemporaryDirectory() + "handoff-dry-run-\(getpid())-\(UUID().uuidString)"
        }
        defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
        let store = try scratch.map { try Store(path: $0 + "/board.db") } ?? context.openStore()
        let progress = ProgressLine()
        let report = try store.importCSV(at: path, options: options, actor: context.actor) { progress.show($0.text) }
        progress.end()
        if options.dryRun {
            context.print("Columns:")
            for line in report.mapping { context.print("  " + TerminalText.sanitize(line)) }
        }
        let stages = store.pipeline.stages.map(\.id)
        if report.refused {
            for line in report.problemLines(stages: stages) { context.printError(TerminalText.sanitize(line)) }
            if let rejects = options.rejectsPath { context.printError("The rejected rows are in \(TerminalText.sanitize(rejects)).") }
            return 1
        }
        for line in report.summaryLines { context.print(TerminalText.sanitize(line)) }
        for line in report.problemLines(stages: stages) { context.printError(TerminalText.sanitize(line)) }
        if let rejects = options.rejectsPath, report.rejected > 0 { context.printError("The rejected rows are in \(TerminalText.sanitize(rejects)).") }
        return 0
    }
}
