import Foundation
import HandoffCore

extension AppState {
    /// `:import FILE [options]`: the same words as `handoff import`; a preview comes first.
    mutating func commandLineImport(_ words: [String], form: inout FormState) -> [Effect] {
        let parser = CommandLineParser(program: ":", defaultCommand: "import", commands: [ImportOptions.commandSpec], globalOptions: [])
        do {
            let parsed = try parser.parse(["import"] + words)
            let options = try ImportOptions(parsed: parsed)
            return [.previewImport(path: AppState.expandingHome(parsed.arguments[0]), options: options)]
        } catch let error as UsageError {
            form.refuse("command", error.message + "; e.g. import leads.csv --stage-map Won=won")
        } catch {
            form.refuse("command", String(describing: error))
        }
        return []
    }

    /// Keys of the import panel: confirm runs the import the preview showed.
    mutating func confirmImport() -> [Effect] {
        guard case let .importPanel(panel) = overlay, panel.awaitsConfirmation else { return [] }
        return [.runImport(path: panel.preview.path, options: panel.preview.options)]
    }

    /// A committed import closes the panel and reloads everything; a refused one or a dry run shows
    /// its report in the panel.
    mutating func importFinished(_ report: ImportReport) -> [Effect] {
        if report.committed {
            overlay = nil
            let summary = report.summaryLines.dropFirst().first?.trimmingCharacters(in: .whitespaces) ?? ""
            let name = report.file.split(separator: "/").last.map(String.init) ?? report.file
            status = StatusMessage("Imported \(name): \(summary)", tone: .success)
            return [.reloadColumns, .loadReference] + inboxEffects(feedback: true)
        }
        if case var .importPanel(panel) = overlay {
            panel.report = report
            panel.scroll = 0
            overlay = .importPanel(panel)
        }
        status = StatusMessage(report.dryRun ? "Dry run: nothing was written" : "Nothing was imported: \(report.rejected) rows cannot be imported",
                               tone: report.dryRun ? .info : .error)
        return []
    }

    /// `~/x` is the home folder's x, as in a shell.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return NSHomeDirectory() + path.dropFirst()
    }
}
