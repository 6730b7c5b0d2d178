/// The words of an import report, shared by `handoff import` and the `:import` panel, as messages
/// each front end shows in the person's language. Text from the file is not made safe here: each
/// front end sanitizes on its way to the terminal.
extension ImportReport {
    /// `1 lead`, `2 deals`.
    private func things(_ number: Int) -> Message {
        switch (kind, number == 1) {
        case (.leads, true): return Message(.oneLead)
        case (.leads, false): return Message(.leads, "\(integer: number)")
        case (.deals, true): return Message(.oneDeal)
        case (.deals, false): return Message(.dealsCount, "\(integer: number)")
        case (.campaigns, true): return Message(.oneCampaign)
        case (.campaigns, false): return Message(.campaigns, "\(integer: number)")
        case (.members, true): return Message(.oneMember)
        case (.members, false): return Message(.members, "\(integer: number)")
        case (.accounts, true): return Message(.oneAccount)
        case (.accounts, false): return Message(.accounts, "\(integer: number)")
        case (.insights, true): return Message(.oneInsight)
        case (.insights, false): return Message(.insightsImported, "\(integer: number)")
        case (.content, true): return Message(.onePieceOfContent)
        case (.content, false): return Message(.piecesOfContent, "\(integer: number)")
        case (.activity, true): return Message(.oneActivity)
        case (.activity, false): return Message(.activities, "\(integer: number)")
        }
    }

    private static func rows(_ number: Int) -> Message { number == 1 ? Message(.oneRow) : Message(.rows, "\(integer: number)") }

    /// What was done (or, in a dry run, what would be), one fact per line.
    public var summaryLines: [Message] {
        let counted: Message = Message(.inSRowsS, "\(ImportReport.rows(rows))", "\(decimal: seconds)", "\(integer: rowsPerSecond)")
        var lines: [Message] = [
            dryRun
                ? Message(.dryRunNothingWritten, "\(file)", "\(counted)")
                : committed ? Message(.imported, "\(file)", "\(counted)") : Message(.checkedWithResult, "\(file)", "\(counted)")
        ]
        // A refused import wrote nothing: its counts would only mislead.
        if refused { return lines }
        let rejectedText: Message =
            rejected == 0
            ? Message.empty
            : committed ? Message(.rejectedSkipped, "\(integer: rejected)") : Message(.rejectedCountSuffix, "\(integer: rejected)")
        lines.append(
            dryRun
                ? Message(.wouldBeCreatedWould, "\(things(created))", "\(integer: updated)", "\(integer: unchanged)", "\(rejectedText)")
                : Message(.createdUpdatedUnchanged, "\(things(created))", "\(integer: updated)", "\(integer: unchanged)", "\(rejectedText)")
        )
        // Names from the file are data: a line break in one must not start a line of the report.
        if !createdOwners.isEmpty {
            let owners = createdOwners.map(TerminalText.sanitize).joined(separator: ", ")
            if !ownersJoinTeam {
                lines.append(Message(.ownersThisBoardHas, "\(owners)"))
            } else {
                lines.append(
                    dryRun ? Message(.ownersWouldBeAdded, "\(owners)") : Message(.ownersAddedToThe, "\(owners)"))
            }
        }
        if !skippedOwners.isEmpty {
            let owners = skippedOwners.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { Message(.valueInParentheses, "\(TerminalText.sanitize($0.key))", "\(ImportReport.rows($0.value))") as Message }
            lines.append(
                dryRun
                    ? Message(.ownersNotOnThe, "\(Message(joining: owners))")
                    : Message(.ownersNotOnTheBoard, "\(Message(joining: owners))"))
        }
        if !createdCampaigns.isEmpty {
            let campaigns = createdCampaigns.map(TerminalText.sanitize).joined(separator: ", ")
            lines.append(dryRun ? Message(.campaignsWouldBeAdded, "\(campaigns)") : Message(.campaignsAdded, "\(campaigns)"))
        }
        lines += dateReadingLines
        if let adoptedCurrency {
            lines.append(
                dryRun
                    ? Message(.boardsCurrencyWouldBe, "\(adoptedCurrency)")
                    : Message(.boardsCurrencyIsNow, "\(adoptedCurrency)"))
        }
        if undated > 0 {
            let rows = ImportReport.rows(undated)
            lines.append(
                dryRun
                    ? Message(.withNoDateWould, "\(rows)")
                    : Message(.withNoDateLeft, "\(rows)"))
        }
        if kind == .activity {
            if createdLeads > 0 {
                lines.append(
                    dryRun
                        ? (createdLeads == 1
                            ? Message(.oneLeadWouldBe)
                            : Message(.leadsWouldBeMade, "\(integer: createdLeads)"))
                        : (createdLeads == 1
                            ? Message(.oneLeadMadeFor)
                            : Message(.leadsMadeForEmails, "\(integer: createdLeads)")))
            }
            if !dryRun {
                if rescoredLeads > 0 {
                    lines.append(
                        rescoredLeads == 1
                            ? Message(.scoreOf1Lead)
                            : Message(.scoresOfLeadsChanged, "\(integer: rescoredLeads)"))
                }
                let written: Message = events == 1 ? Message(.oneHistoryEvent) : Message(.historyEvents, "\(integer: events)")
                lines.append(Message(.written, "\(written)"))
            }
        }
        if kind == .leads || kind == .deals {
            let written: Message = events == 1 ? Message(.oneHistoryEvent) : Message(.historyEvents, "\(integer: events)")
            lines.append(dryRun ? Message(.wouldBeWritten, "\(written)") : Message(.written, "\(written)"))
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
        let fields = fieldColumns.map { Message(.mappedTo, "\($0.column)", "\($0.field)") as Message }
        lines.append(fields.isEmpty ? Message(.noColumnFillsA) : Message(.columnsRead, "\(Message(joining: fields))"))
        if !attributeColumns.isEmpty {
            let shown = attributeColumns.prefix(8).map { Message(verbatim: $0) }
            lines.append(
                attributeColumns.count > shown.count
                    ? Message(.keptAsAttributesAnd, "\(Message(joining: shown))", "\(integer: attributeColumns.count - shown.count)")
                    : Message(.keptAsAttributes, "\(Message(joining: shown))"))
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
            lines.append(Message(.nothingWasImportedOf, "\(integer: rejected)", "\(ImportReport.rows(rows))"))
        } else if dryRun {
            lines.append(
                Message(.ofCannotBeImported, "\(integer: rejected)", "\(ImportReport.rows(rows))")
            )
        } else {
            lines.append(Message(.ofCannotBeImportedAnd, "\(integer: rejected)", "\(ImportReport.rows(rows))"))
        }
        if refused { lines += columnLines }
        for group in problemGroups {
            lines.append(
                group.column.isEmpty
                    ? Message(.indentedLabel, "\(ImportReport.rows(group.rows))")
                    : Message(.rowAndColumn, "\(ImportReport.rows(group.rows))", "\(group.column)")
            )
            lines += group.examples.map { Message(.deeplyIndentedLine, "\($0.placeAndReason)") }
            if group.rows > group.examples.count {
                lines.append(Message(.deeplyIndentedAndMore, "\(integer: group.rows - group.examples.count)"))
            }
        }
        if let suggestion = suggestedStageMap {
            let values = unknownStages.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { Message(.quotedValueInParentheses, "\($0.key)", "\(ImportReport.rows($0.value))") as Message }
            lines.append(Message(.stageValuesThisBoard, "\(Message(joining: values))"))
            lines.append(Message(.mapEachToA, "\(suggestion)", "\(stages.joined(separator: ", "))"))
        }
        let options = fixes + (suggestedStageMap.map { [$0] } ?? [])
        if !options.isEmpty {
            lines.append(Message(.toImportTheseRows, "\(ImportMapping.shellWord(file))", "\(options.joined(separator: " "))"))
        }
        if rejected > ImportReport.examplesShown {
            lines.append(Message(.rejectsFILEWritesEvery))
        }
        if refused {
            lines.append(
                good > 0
                    ? Message(.correctTheFileAnd, "\(ImportReport.rows(good))")
                    : Message(.correctTheFileAndImport))
        }
        return lines
    }
}
