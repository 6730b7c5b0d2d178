/// The words of an import report, shared by `handoff import` and the `:import` panel, as messages
/// each front end shows in the person's language. Text from the file is not made safe here: each
/// front end sanitizes on its way to the terminal.
extension ImportReport {
    /// `1 lead`, `2 deals`.
    private func things(_ number: Int) -> Message {
        switch (kind, number == 1) {
        case (.leads, true): return "1 lead"
        case (.leads, false): return "\(integer: number) leads"
        case (.deals, true): return "1 deal"
        case (.deals, false): return "\(integer: number) deals"
        case (.campaigns, true): return "1 campaign"
        case (.campaigns, false): return "\(integer: number) campaigns"
        case (.members, true): return "1 member"
        case (.members, false): return "\(integer: number) members"
        case (.accounts, true): return "1 account"
        case (.accounts, false): return "\(integer: number) accounts"
        case (.insights, true): return "1 insight"
        case (.insights, false): return "\(integer: number) insights"
        case (.content, true): return "1 piece of content"
        case (.content, false): return "\(integer: number) pieces of content"
        case (.activity, true): return "1 activity"
        case (.activity, false): return "\(integer: number) activities"
        }
    }

    private static func rows(_ number: Int) -> Message { number == 1 ? "1 row" : "\(integer: number) rows" }

    /// What was done (or, in a dry run, what would be), one fact per line.
    public var summaryLines: [Message] {
        let counted: Message = "\(ImportReport.rows(rows)) in \(decimal: seconds) s (\(integer: rowsPerSecond) rows/s)"
        var lines: [Message] = [
            dryRun
                ? "Dry run, nothing written: would import \(file): \(counted)"
                : committed ? "Imported \(file): \(counted)" : "Checked \(file): \(counted)"
        ]
        // A refused import wrote nothing: its counts would only mislead.
        if refused { return lines }
        let rejectedText: Message =
            rejected == 0 ? "" : committed ? ", \(integer: rejected) rejected (skipped)" : ", \(integer: rejected) rejected"
        lines.append(
            dryRun
                ? "  \(things(created)) would be created, \(integer: updated) would be updated, \(integer: unchanged) unchanged\(rejectedText)"
                : "  \(things(created)) created, \(integer: updated) updated, \(integer: unchanged) unchanged\(rejectedText)")
        // Names from the file are data: a line break in one must not start a line of the report.
        if !createdOwners.isEmpty {
            let owners = createdOwners.map(TerminalText.sanitize).joined(separator: ", ")
            if !ownersJoinTeam {
                lines.append("  owners (this board has no team yet, so they are kept on the leads only): \(owners)")
            } else {
                lines.append(
                    dryRun ? "  owners would be added to the sales team: \(owners)" : "  owners added to the sales team: \(owners)")
            }
        }
        if !skippedOwners.isEmpty {
            let owners = skippedOwners.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\(TerminalText.sanitize($0.key)) (\(ImportReport.rows($0.value)))" as Message }
            lines.append(
                dryRun
                    ? "  owners not on the board, whose leads would be imported without an owner: \(Message(joining: owners))"
                    : "  owners not on the board, whose leads were imported without an owner: \(Message(joining: owners))")
        }
        if !createdCampaigns.isEmpty {
            let campaigns = createdCampaigns.map(TerminalText.sanitize).joined(separator: ", ")
            lines.append(dryRun ? "  campaigns would be added: \(campaigns)" : "  campaigns added: \(campaigns)")
        }
        lines += dateReadingLines
        if let adoptedCurrency {
            lines.append(
                dryRun
                    ? "  the board's currency would be \(adoptedCurrency), the currency of the file's amounts"
                    : "  the board's currency is now \(adoptedCurrency), the currency of the file's amounts (handoff settings)")
        }
        if undated > 0 {
            let rows = ImportReport.rows(undated)
            lines.append(
                dryRun
                    ? "  \(rows) with no date would be left out of the figures by period (the dashboard counts them)"
                    : "  \(rows) with no date: left out of the figures by period (the dashboard counts them)")
        }
        if kind == .activity {
            if createdLeads > 0 {
                lines.append(
                    dryRun
                        ? (createdLeads == 1
                            ? "  1 lead would be made for an email the board does not have"
                            : "  \(integer: createdLeads) leads would be made for emails the board does not have")
                        : (createdLeads == 1
                            ? "  1 lead made for an email the board did not have"
                            : "  \(integer: createdLeads) leads made for emails the board did not have"))
            }
            if !dryRun {
                if rescoredLeads > 0 {
                    lines.append(
                        rescoredLeads == 1
                            ? "  the score of 1 lead changed with its activity"
                            : "  the scores of \(integer: rescoredLeads) leads changed with their activity")
                }
                let written: Message = events == 1 ? "1 history event" : "\(integer: events) history events"
                lines.append("  \(written) written")
            }
        }
        if kind == .leads || kind == .deals {
            let written: Message = events == 1 ? "1 history event" : "\(integer: events) history events"
            lines.append(dryRun ? "  \(written) would be written" : "  \(written) written")
        }
        return lines
    }

    /// Date columns read in the one order every date fits, one line each.
    public var dateReadingLines: [Message] {
        dateReadings.map(\.line)
    }

    /// How the columns were read, in two lines: the fields and what was kept as attributes.
    public var columnLines: [Message] {
        var lines: [Message] = []
        let fields = fieldColumns.map { "\($0.column) -> \($0.field)" as Message }
        lines.append(fields.isEmpty ? "  No column fills a field of the board." : "  Columns read: \(Message(joining: fields)).")
        if !attributeColumns.isEmpty {
            let shown = attributeColumns.prefix(8).map { Message(verbatim: $0) }
            lines.append(
                attributeColumns.count > shown.count
                    ? "  Kept as attributes: \(Message(joining: shown)) and \(integer: attributeColumns.count - shown.count) more."
                    : "  Kept as attributes: \(Message(joining: shown)).")
        }
        return lines + dateReadingLines
    }

    /// A short account of why rows were rejected, first the columns as they were read, then each
    /// kind of problem once with how many rows have it and a few of them, then the options that
    /// would import them, and what to do next.
    public func problemLines(stages: [String]) -> [Message] {
        guard rejected > 0 else { return [] }
        var lines: [Message] = []
        let good = rows - rejected
        if refused {
            lines.append("Nothing was imported: \(integer: rejected) of \(ImportReport.rows(rows)) cannot be imported.")
        } else if dryRun {
            lines.append(
                "\(integer: rejected) of \(ImportReport.rows(rows)) cannot be imported; without --skip-bad-rows the import would write nothing:"
            )
        } else {
            lines.append("\(integer: rejected) of \(ImportReport.rows(rows)) cannot be imported and were skipped:")
        }
        if refused { lines += columnLines }
        for group in problemGroups {
            lines.append(
                group.column.isEmpty ? "  \(ImportReport.rows(group.rows)):" : "  \(ImportReport.rows(group.rows)), column \(group.column):"
            )
            lines += group.examples.map { "    \($0.placeAndReason)" }
            if group.rows > group.examples.count { lines.append("    (and \(integer: group.rows - group.examples.count) more)") }
        }
        if let suggestion = suggestedStageMap {
            let values = unknownStages.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "'\($0.key)' (\(ImportReport.rows($0.value)))" as Message }
            lines.append("Stage values this board does not know: \(Message(joining: values)).")
            lines.append("  Map each to a stage with \(suggestion); stages: \(stages.joined(separator: ", ")).")
        }
        let options = fixes + (suggestedStageMap.map { [$0] } ?? [])
        if !options.isEmpty {
            lines.append("To import these rows: handoff import \(ImportMapping.shellWord(file)) \(options.joined(separator: " "))")
        }
        if rejected > ImportReport.examplesShown {
            lines.append("  (--rejects FILE writes every rejected row with why, to correct and import)")
        }
        if refused {
            lines.append(
                good > 0
                    ? "Correct the file and import it again, or pass --skip-bad-rows to import the other \(ImportReport.rows(good))."
                    : "Correct the file and import it again.")
        }
        return lines
    }
}
