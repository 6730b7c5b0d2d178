import Foundation
import HandoffCore
import HandoffStore

/// `handoff import FILE`: leads, deals, campaigns, members, insights or content from a CSV file, all or nothing.
enum ImportCommand: HandoffCommand {
    static let spec = ImportOptions.commandSpec

    static func run(_ context: CommandContext) throws -> Int32 {
        let options = try ImportOptions(parsed: context.parsed)
        // An import that fails into a board that did not exist must not leave an empty board
        // behind: the next try, with the right flags, would then find a board and its settings.
        let board = context.databasePath
        let fresh = !options.dryRun && !DatabaseEngine.isServerAddress(board) && !FileManager.default.fileExists(atPath: board)
        let status: Int32
        do {
            status = try importFile(context, options: options)
        } catch {
            if fresh { removeBoard(board) }
            throw error
        }
        if status != 0 && fresh { removeBoard(board) }
        return status
    }

    private static func removeBoard(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// The import itself; the store is closed when this returns.
    private static func importFile(_ context: CommandContext, options: ImportOptions) throws -> Int32 {
        let path = context.parsed.arguments[0]
        // A dry run against a board that does not exist yet must not create it.
        var scratch: String?
        if options.dryRun && !FileManager.default.fileExists(atPath: context.databasePath) {
            scratch = NSTemporaryDirectory() + "handoff-dry-run-\(getpid())-\(UUID().uuidString)"
        }
        defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
        let store = try scratch.map { try Store(path: $0 + "/board.db") } ?? context.openStore()
        let progress = ProgressLine()
        let report: ImportReport
        do {
            report = try store.importCSV(at: path, options: options, actor: try context.actor(in: store)) {
                progress.show(context.strings($0.text))
            }
        } catch {
            progress.end()
            throw error
        }
        progress.end()
        if options.dryRun {
            context.say(Message(.columns))
            for line in report.mapping { context.say(Message(.indentedLine, "\(line)")) }
        }
        let stages = store.pipeline.leadStages.map(\.id)
        if report.refused {
            for line in report.problemLines(stages: stages) { context.sayError(line) }
            if let rejects = options.rejectsPath { context.sayError(Message(.rejectedRowsAreIn, "\(TerminalText.sanitize(rejects))")) }
            return 1
        }
        for line in report.summaryLines { context.say(line) }
        for line in report.problemLines(stages: stages) { context.sayError(line) }
        if let rejects = options.rejectsPath, report.rejected > 0 {
            context.sayError(Message(.rejectedRowsAreIn, "\(TerminalText.sanitize(rejects))"))
        }
        return 0
    }
}
