import HandoffCore

/// Editing the stages: their titles (what the board shows; a team names them in its language),
/// their stale limit and their win probability. Ids, order and sides stay: events, snapshots and
/// the KPI views refer to them. Needs `edit_stages` (admins by default); each change is one
/// transaction with a board event.
extension Store {
    /// The longest title a column header can be asked to show.
    public static let stageTitleLimit = 40

    @discardableResult
    public func renameStage(_ id: String, to title: String, actor: String, now: Int64 = Timestamp.now()) throws -> Stage {
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= Store.stageTitleLimit,
            !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw HandoffError.invalidInput(
                Message(.stageTitleLength, "\(Store.stageTitleLimit)", "\(TerminalText.sanitize(title))"))
        }
        return try editStage(id, actor: actor, now: now) { stage in
            if let other = pipeline.stages.first(where: { $0.id != stage.id && $0.title.lowercased() == trimmed.lowercased() }) {
                throw HandoffError.invalidInput(
                    Message(.stageIsAlreadyCalled, "\(other.id)", "\(TerminalText.sanitize(other.title))")
                )
            }
            let old = stage.title
            stage.title = trimmed
            try connection.prepare("UPDATE stages SET title = ? WHERE id = ?").run(.text(trimmed), .text(stage.id))
            return (BoardEvent.Kind.stageRenamed, "\(old) -> \(trimmed)")
        }
    }

    /// Changes a stage's stale limit (`idleDays`: `.some(nil)` for never) and win probability
    /// (0 to 1). The outcomes' probabilities say which one is the win, so they stay.
    @discardableResult
    public func setStage(_ id: String, idleDays: Int?? = nil, probability: Double? = nil, actor: String, now: Int64 = Timestamp.now())
        throws -> Stage
    {
        if let probability, !(0...1).contains(probability) {
            throw HandoffError.invalidInput(Message(.probabilityIsAChance, "\(probability)"))
        }
        if case let .some(.some(days)) = idleDays, !(1...3_650).contains(days) {
            throw HandoffError.invalidInput(Message(.idleDaysIsA, "\(days)"))
        }
        guard idleDays != nil || probability != nil else {
            throw HandoffError.invalidInput(Message(.nothingToChangeGive))
        }
        return try editStage(id, actor: actor, now: now) { stage in
            var changes: [String] = []
            if let probability {
                if stage.isClosed, probability != stage.probability {
                    throw HandoffError.invalidInput(
                        Message(.isAnOutcomeIts, "\(stage.id)", "\(stage.probability)"))
                }
                changes.append("probability \(stage.probability) -> \(probability)")
                stage.probability = probability
            }
            if let idleDays {
                if stage.isClosed, idleDays != nil {
                    throw HandoffError.invalidInput(Message(.isAnOutcomeA, "\(stage.id)"))
                }
                changes.append("idle days \(stage.idleDays.map(String.init) ?? "none") -> \(idleDays.map(String.init) ?? "none")")
                stage.idleDays = idleDays
            }
            try connection.prepare("UPDATE stages SET probability = ?, idle_days = ? WHERE id = ?")
                .run(.real(stage.probability), DatabaseValue(stage.idleDays), .text(stage.id))
            return (BoardEvent.Kind.stageChanged, changes.joined(separator: "; "))
        }
    }

    /// One stage edit: permission, the stage as it is now, the change and its board event in one
    /// transaction, then the pipeline re-read.
    private func editStage(_ id: String, actor: String, now: Int64, change: (inout Stage) throws -> (kind: String, detail: String)) throws
        -> Stage
    {
        if readOnly { throw Store.readOnlyRefusal }
        let stage = try connection.transaction {
            try require(.editStages, actor: actor)
            pipeline = try loadPipeline()
            var stage = try pipeline.requireStage(id)
            let (kind, detail) = try change(&stage)
            try appendBoardEvent(kind: kind, subject: stage.id, detail: detail, actor: actor, at: now)
            return stage
        }
        try reloadPipeline()
        return stage
    }

    /// How many leads each stage holds, for `handoff stage list`.
    public func stageLeadCounts() throws -> [String: Int] {
        try stageTotals().mapValues(\.leads)
    }
}
