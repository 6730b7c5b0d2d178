import Foundation
import HandoffCore
import HandoffStore

/// `handoff export`: the board as CSV that `handoff import` reads back to the same board.
enum ExportCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "export", summary: "Write leads, events, campaigns or the KPIs over time as CSV or JSON (to stdout or --out FILE).",
        options: [
            OptionSpec(
                "--kind", value: "KIND", choices: ["leads", "events", "campaigns", "accounts", "insights", "content", "kpi"],
                "leads (default), events, campaigns, accounts (the customers), insights, content, or kpi: every dashboard figure, one row a period"
            ),
            OptionSpec(
                "--format", value: "FORMAT", choices: ["csv", "json", "jsonl"],
                "csv (default), json (kpi only) or jsonl: one JSON object a line"),
            OptionSpec(
                "--period", value: "STEP", choices: KPISeries.Step.allCases.map(\.rawValue),
                "kpi: a row per week (default, Monday to Sunday UTC) or month"),
            OptionSpec("--out", value: "FILE", "write to FILE (replaced only once the export is complete)"),
            OptionSpec("--raw", "write cells that begin with = + - @ as they are, without the ' that keeps spreadsheets from running them"),
        ],
        details: """
            Leads: id, name, company, email, phone, source, campaign, owner, stage, value, score, created, entered, closed,
            lost_reason, then one attr.NAME column per attribute. Times are ISO 8601 UTC; amounts have no separators.
            `handoff import` reads a leads export back to the same leads (export, import, export gives the same file).
            A cell that begins with =, +, -, @, a tab or a carriage return is written with a leading ' so that a
            spreadsheet shows it as text instead of running it as a formula; `handoff import` takes that ' off again.
            --raw writes such cells as they are. On a terminal, control characters in the data are shown as visible
            symbols; files and pipes get the data exactly.
            KPI: period_start and period_end (not included), then each figure under its `handoff kpi --json` key, as
            numbers (rates as fractions, money in the board currency, empty or null where a figure is not defined), from
            the week or month of the first lead to this one: ready for Power BI, Looker Studio or a spreadsheet.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let kindName = context.parsed.value("--kind") ?? "leads"
        let format = context.parsed.value("--format") ?? "csv"
        guard ["csv", "json", "jsonl"].contains(format) else {
            throw HandoffError.invalidInput("--format must be csv, json or jsonl, not '\(TerminalText.sanitize(format))'")
        }
        if kindName == "kpi" { return try exportKPI(context, format: format) }
        if format == "json" {
            throw HandoffError.invalidInput(
                "--format json is for --kind kpi; the other kinds are written as csv or jsonl (one object a line)")
        }
        if context.parsed.has("--period") { throw HandoffError.invalidInput("--period is for --kind kpi") }
        guard let kind = Store.ExportKind(rawValue: kindName) else {
            throw HandoffError.invalidInput(
                "--kind must be \((Store.ExportKind.allCases.map(\.rawValue) + ["kpi"]).joined(separator: ", ")), not '\(TerminalText.sanitize(kindName))'"
            )
        }
        if format == "jsonl" { return try exportLines(context, kind: kind) }
        let store = try context.openStore(readOnly: true)
        let guarding = !context.parsed.has("--raw")
        guard let out = context.parsed.value("--out") else {
            // Data on a terminal is shown, never obeyed: an escape sequence in a company name must not
            // reach the terminal. Redirected output keeps every byte.
            let toTerminal = isatty(STDOUT_FILENO) == 1
            var writer = CSVWriter(guardingFormulas: guarding)
            try store.export(kind) { fields in
                writer.write(toTerminal ? fields.map(TerminalText.sanitize) : fields)
                if writer.bytes.count >= 1 << 20 { try flush(&writer, to: FileHandle.standardOutput) }
            }
            try flush(&writer, to: FileHandle.standardOutput)
            return 0
        }
        let temporary = out + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw HandoffError.invalidInput("cannot write \(TerminalText.sanitize(out)): the folder is missing or not writable")
        }
        do {
            var writer = CSVWriter(guardingFormulas: guarding)
            let count = try store.export(kind) { fields in
                writer.write(fields)
                if writer.bytes.count >= 1 << 20 { try flush(&writer, to: handle) }
            }
            try flush(&writer, to: handle)
            try handle.close()
            // rename replaces the old file in one step: readers see the old export or the new one.
            guard rename(temporary, out) == 0 else {
                throw HandoffError.invalidInput("cannot write \(TerminalText.sanitize(out)): \(String(cString: strerror(errno)))")
            }
            context.sayError("Exported \(context.strings.integer(count)) \(kind.rawValue) to \(TerminalText.sanitize(out))")
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        return 0
    }

    /// Rows as JSON Lines: one object a row, keyed by the CSV header, values as text exactly as the
    /// CSV has them (no formula guard: JSON is not read by spreadsheets).
    private static func exportLines(_ context: CommandContext, kind: Store.ExportKind) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        var header: [String]?
        var text = ""
        try writing(context) { output in
            _ = try store.export(kind) { fields in
                guard let names = header else {
                    header = fields
                    return
                }
                var object: [String: Any] = [:]
                for (name, value) in zip(names, fields) { object[name] = value }
                text += try JSONOutput.line(object) + "\n"
                if text.utf8.count >= 1 << 20 {
                    try output(text)
                    text = ""
                }
            }
            try output(text)
        }
        return 0
    }

    private static func exportKPI(_ context: CommandContext, format: String) throws -> Int32 {
        let stepName = context.parsed.value("--period") ?? "week"
        guard let step = KPISeries.Step(rawValue: stepName) else {
            throw HandoffError.invalidInput("--period must be week or month for --kind kpi, not '\(TerminalText.sanitize(stepName))'")
        }
        let store = try context.openStore(readOnly: true)
        let header = KPISeries.header
        var rows: [[String: Any]] = []
        var csv = CSVWriter(guardingFormulas: false)
        csv.write(header)
        _ = try store.kpiSeries(step, now: Timestamp.now()) { report in
            let values = KPISeries.values(of: report)
            let start = Timestamp.date(report.period.start), end = Timestamp.date(report.period.end)
            var object: [String: Any] = ["period_start": start, "period_end": end]
            for (name, value) in zip(header.dropFirst(2), values) { object[name] = value.map { $0 as Any } ?? NSNull() }
            rows.append(object)
            csv.write([start, end] + values.map { $0.map(KPISeries.number) ?? "" })
        }
        try writing(context) { output in
            switch format {
            case "json": try output(try JSONOutput.render(rows) + "\n")
            case "jsonl": try output(try rows.map { try JSONOutput.line($0) + "\n" }.joined())
            default: try output(String(decoding: csv.bytes, as: UTF8.self))
            }
        }
        return 0
    }

    /// Hands `body` a way to write text to standard output, or to --out (whole, then renamed into
    /// place so readers see the old file or the new one).
    private static func writing(_ context: CommandContext, _ body: ((String) throws -> Void) throws -> Void) throws {
        guard let out = context.parsed.value("--out") else {
            try body { text in
                FileHandle.standardOutput.write(Data((isatty(STDOUT_FILENO) == 1 ? TerminalText.sanitizeLines(text) : text).utf8))
            }
            return
        }
        let temporary = out + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw HandoffError.invalidInput("cannot write \(TerminalText.sanitize(out)): the folder is missing or not writable")
        }
        do {
            try body { text in try handle.write(contentsOf: Data(text.utf8)) }
            try handle.close()
            guard rename(temporary, out) == 0 else {
                throw HandoffError.invalidInput("cannot write \(TerminalText.sanitize(out)): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    private static func flush(_ writer: inout CSVWriter, to handle: FileHandle) throws {
        try handle.write(contentsOf: writer.bytes)
        writer.bytes.removeAll(keepingCapacity: true)
    }
}
