import Foundation
import HandoffCore

extension AppState {
    /// `:import FILE [options]`: the same words as `handoff import`; a preview comes first.
    mutating func importCommand(_ rest: String) -> LineCommand.Outcome {
        let parser = CommandLineParser(program: ":", defaultCommand: "import", commands: [ImportOptions.commandSpec], globalOptions: [])
        do {
            let parsed = try parser.parse(["import"] + CommandLineParser.words(rest))
            let options = try ImportOptions(parsed: parsed)
            return .done([.previewImport(path: AppState.expandingHome(parsed.arguments[0]), options: options)])
        } catch let error as UsageError {
            return .refused(strings(.cmdImportUsage, TerminalText.sanitize(strings(error.message))))
        } catch let error as HandoffError {
            return .refused(TerminalText.sanitize(strings(error.message)))
        } catch {
            return .refused(TerminalText.sanitize(String(describing: error)))
        }
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
            let name = report.file.split(separator: "/").last.map(String.init) ?? report.file
            let summary = report.summaryLines.dropFirst().first.map { strings($0) }?.trimmingCharacters(in: .whitespaces) ?? ""
            status = StatusMessage(strings(.msgImported, name, summary), tone: .success)
            return [.reloadColumns(), .loadReference] + inboxEffects(feedback: true) + showingDashboard()
        }
        if case var .importPanel(panel) = overlay {
            panel.report = report
            panel.scroll = 0
            overlay = .importPanel(panel)
        }
        status =
            report.dryRun
            ? StatusMessage(strings(.msgImportDryRun))
            : StatusMessage(strings(.msgImportRefused, strings.integer(report.rejected)), tone: .error)
        return []
    }

    /// `~/x` is the home folder's x, as in a shell.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return NSHomeDirectory() + path.dropFirst()
    }
}
