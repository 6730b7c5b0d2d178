import Foundation
import HandoffCore
import HandoffStore

/// `handoff export`: the board as CSV that `handoff import` reads back to the same board.
enum ExportCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "export", summary: "Write leads, events or campaigns as CSV (to stdout or --out FILE).",
        options: [
            OptionSpec("--kind", value: "KIND", choices: ["leads", "events", "campaigns"], "leads (default), events or campaigns"),
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
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let kindName = context.parsed.value("--kind") ?? "leads"
        guard let kind = Store.ExportKind(rawValue: kindName) else {
            throw HandoffError.invalidInput("--kind must be \(Store.ExportKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(TerminalText.sanitize(kindName))'")
        }
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
              let handle = FileHandle(forWritingAtPath: temporary) else {
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

    private static func flush(_ writer: inout CSVWriter, to handle: FileHandle) throws {
        try handle.write(contentsOf: writer.bytes)
        writer.bytes.removeAll(keepingCapacity: true)
    }
}
