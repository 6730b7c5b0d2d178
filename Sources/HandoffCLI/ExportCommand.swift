import Foundation
import HandoffCore
import HandoffStore

/// `handoff export`: the board as CSV that `handoff import` reads back to the same board.
enum ExportCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "export", summary: Message(.writeLeadsEventsCampaigns),
        options: [
            OptionSpec(
                "--kind", value: "KIND", choices: ["leads", "events", "campaigns", "accounts", "insights", "content", "kpi"],
                Message(.leadsDefaultEventsCampaigns)
            ),
            OptionSpec(
                "--format", value: "FORMAT", choices: ["csv", "json", "jsonl"],
                Message(.csvDefaultJsonKpi)),
            OptionSpec(
                "--period", value: "STEP", choices: KPISeries.Step.allCases.map(\.rawValue),
                Message(.kpiARowPer)),
            OptionSpec("--out", value: "FILE", Message(.writeToFILEReplaced)),
            OptionSpec("--raw", Message(.writeCellsThatBegin)),
        ],
        details: Message(.leadsIdNameCompany))

    static func run(_ context: CommandContext) throws -> Int32 {
        let kindName = context.parsed.value("--kind") ?? "leads"
        let format = context.parsed.value("--format") ?? "csv"
        guard ["csv", "json", "jsonl"].contains(format) else {
            throw HandoffError.invalidInput(Message(.formatMustBeCsv, "\(TerminalText.sanitize(format))"))
        }
        if kindName == "kpi" { return try exportKPI(context, format: format) }
        if format == "json" {
            throw HandoffError.invalidInput(
                Message(.formatJsonIsFor))
        }
        if context.parsed.has("--period") { throw HandoffError.invalidInput(Message(.periodIsForKind)) }
        guard let kind = Store.ExportKind(rawValue: kindName) else {
            throw HandoffError.invalidInput(
                Message(
                    .kindMustBeNot, "\((Store.ExportKind.allCases.map(\.rawValue) + ["kpi"]).joined(separator: ", "))",
                    "\(TerminalText.sanitize(kindName))")
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
            throw HandoffError.invalidInput(Message(.cannotWriteTheFolder, "\(TerminalText.sanitize(out))"))
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
                throw HandoffError.invalidInput(
                    Message(.cannotWrite, "\(TerminalText.sanitize(out))", "\(String(cString: strerror(errno)))"))
            }
            context.sayError(Message(.exportedTo, "\(context.strings.integer(count))", "\(kind.rawValue)", "\(TerminalText.sanitize(out))"))
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
            throw HandoffError.invalidInput(Message(.periodMustBeWeek, "\(TerminalText.sanitize(stepName))"))
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
            throw HandoffError.invalidInput(Message(.cannotWriteTheFolder, "\(TerminalText.sanitize(out))"))
        }
        do {
            try body { text in try handle.write(contentsOf: Data(text.utf8)) }
            try handle.close()
            guard rename(temporary, out) == 0 else {
                throw HandoffError.invalidInput(
                    Message(.cannotWrite, "\(TerminalText.sanitize(out))", "\(String(cString: strerror(errno)))"))
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
