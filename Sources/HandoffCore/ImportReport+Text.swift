/// The words of an import report, shared by `handoff import` and the `:import` panel. Text from
/// the file is not made safe here: each front end sanitizes on its way to the terminal.
extension ImportReport {
    /// `1 lead`, `2 deals`.
    private func things(_ number: Int) -> String {
        let singular: String
        switch kind {
        case .leads: singular = "lead"
        case .deals: singular = "deal"
        case .campaigns: singular = "campaign"
        case .members: singular = "member"
        }
        return "\(ImportReport.count(number)) \(singular)\(number == 1 ? "" : "s")"
    }

    private static func count(_ number: Int) -> String { MoneyFormat.whole(Double(number)) }
    private static func rows(_ number: Int) -> String { "\(count(number)) row\(number == 1 ? "" : "s")" }

    /// What was done (or, in a dry run, what would be), one fact per line.
    public var summaryLines: [String] {
        let verb = dryRun ? "Dry run, nothing written: would import" : committed ? "Imported" : "Checked"
        var lines = ["\(verb) \(file): \(ImportReport.rows(rows)) in \(String(format: "%.1f", seconds)) s (\(ImportReport.count(rowsPerSecond)) rows/s)"]
        // A refused import wrote nothing: its counts would only mislead.
        if refused { return lines }
        let would = dryRun ? "would be " : ""
        lines.append("  \(things(created)) \(would)created, \(ImportReport.count(updated)) \(would)updated, \(ImportReport.count(unchanged)) unchanged"
                     + (rejected > 0 ? ", \(ImportReport.count(rejected)) rejected" + (committed ? " (skipped)" : "") : ""))
        if !createdOwners.isEmpty {
            lines.append(ownersJoinTeam ? "  owners \(would)added to the sales team: " + createdOwners.joined(separator: ", ")
                                        : "  owners (this board has no team yet, so they are kept on the leads only): " + createdOwners.joined(separator: ", "))
        }
        if !createdCampaigns.isEmpty { lines.append("  campaigns \(would)added: " + createdCampaigns.joined(separator: ", ")) }
        if kind == .leads || kind == .deals { lines.append("  \(ImportReport.count(events)) history event\(events == 1 ? "" : "s") \(would)written") }
        return lines
    }

    /// The rejected rows (the first ones), unknown stages with the option that maps them, and
    /// what to do next.
    public func problemLines(stages: [String]) -> [String] {
        guard rejected > 0 else { return [] }
        var lines: [String] = []
        let good = rows - rejected
        if refused {
            lines.append("Nothing was imported: \(ImportReport.count(rejected)) of \(ImportReport.rows(rows)) cannot be imported.")
        } else if dryRun {
            lines.append("\(ImportReport.count(rejected)) of \(ImportReport.rows(rows)) cannot be imported; without --skip-bad-rows the import would write nothing:")
        } else {
            lines.append("\(ImportReport.count(rejected)) of \(ImportReport.rows(rows)) cannot be imported and were skipped:")
        }
        lines += rejects.map { "  " + $0.description }
        if rejected > rejects.count || rejects.count == ImportReport.rejectsShown {
            lines.append("  (the first \(rejects.count) problems are shown; --rejects FILE writes every rejected row)")
        }
        if let suggestion = suggestedStageMap {
            let values = unknownStages.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "'\($0.key)' (\(ImportReport.rows($0.value)))" }.joined(separator: ", ")
            lines.append("Stage values this board does not know: \(values).")
            lines.append("  Map each to a stage with \(suggestion); stages: \(stages.joined(separator: ", ")).")
        }
        if refused {
            lines.append(good > 0 ? "Correct the file and import it again, or pass --skip-bad-rows to import the other \(ImportReport.rows(good))."
                                  : "Correct the file and import it again.")
        }
        return lines
    }
}
