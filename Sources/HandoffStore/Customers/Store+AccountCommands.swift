import HandoffCore

/// Every change to an account: its ability checked, the row written if nobody changed it since the
/// person saw it, and one board event, in one transaction. Accounts are the board's customers, not
/// leads: their changes are board events (the `account_*`, `follow_up_*` and
/// `satisfaction_recorded` kinds, subject the account's number), chained and checked with the rest
/// of the board's history.
extension Store {
    @discardableResult
    public func apply(_ command: AccountCommand, actor: String, at now: Int64 = Timestamp.now()) throws -> AccountChange {
        if readOnly { throw Store.readOnlyRefusal }
        return try connection.transaction {
            try require(command.ability, actor: actor)
            switch command {
            case let .move(accountID, stage, expected):
                return try moveAccount(accountID, to: stage, expectedVersion: expected, actor: actor, now: now)
            case let .edit(accountID, owner, renewal, expected):
                return try editAccount(accountID, owner: owner, renewalAt: renewal, expectedVersion: expected, actor: actor, now: now)
            case let .addFollowUp(accountID, body, due, owner):
                return try addFollowUp(accountID, body: body, due: due, owner: owner, actor: actor, now: now)
            case let .setFollowUpDone(id, done):
                return try setFollowUpDone(id, done: done, actor: actor, now: now)
            case let .recordSatisfaction(accountID, score, comment):
                return try recordSatisfaction(accountID, score: score, comment: comment, actor: actor, now: now)
            }
        }
    }

    /// The account, refused if it changed since the person saw `expectedVersion`.
    private func currentAccount(_ id: Int64, expectedVersion: Int?) throws -> Account {
        let account = try requireAccount(id: id)
        if let expectedVersion, expectedVersion != account.version { throw try accountConflict(account) }
        return account
    }

    /// The refusal of an account change that came second: who changed it last, and how it is now.
    private func accountConflict(_ account: Account) throws -> HandoffError {
        let last = try connection.prepare(
            """
            SELECT actor, kind FROM board_events WHERE subject = ? AND kind IN ('account_moved', 'account_changed', 'account_opened', 'account_purchase')
            ORDER BY id DESC LIMIT 1
            """
        ).rows([.text(String(account.id))]) { ($0.string(0), $0.string(1)) }.first
        let stage = pipeline.stage(account.stage)?.title ?? account.stage
        let who: Message = try last.map { Message(verbatim: try displayName(login: $0.0)) } ?? Message(.someone)
        return .invalidInput(
            Message(.accountWasChangedBy, "\(account.name)", "\(account.id)", "\(who)", "\(stage)"))
    }

    private func bumped(_ id: Int64, expectedVersion: Int) throws {
        if connection.changes == 0 { throw try accountConflict(try requireAccount(id: id)) }
    }

    private func moveAccount(_ id: Int64, to stageID: String, expectedVersion: Int?, actor: String, now: Int64) throws -> AccountChange {
        let account = try currentAccount(id, expectedVersion: expectedVersion)
        let target = try pipeline.validateAccountMove(from: account.stage, to: stageID)
        let churned = pipeline.churnedStage?.id
        let onboarding = pipeline.onboardingStage?.id
        // Onboarding is done the first time the account goes on to a later stage that is not churn.
        let onboardedAt = account.onboardedAt ?? (account.stage == onboarding && target.id != churned ? now : nil)
        let churnedAt: Int64? = target.id == churned ? now : nil
        try connection.prepare(
            """
            UPDATE accounts SET stage = ?, entered_at = ?, onboarded_at = ?, churned_at = ?, version = version + 1 WHERE id = ? AND version = ?
            """
        ).run(
            .text(target.id), .integer(now), DatabaseValue(onboardedAt), DatabaseValue(churnedAt), .integer(id),
            .integer(Int64(account.version)))
        try bumped(id, expectedVersion: account.version)
        let event = try appendBoardEvent(
            kind: BoardEvent.Kind.accountMoved, subject: String(id), detail: "\(account.stage) -> \(target.id)", actor: actor, at: now)
        return AccountChange(event: event, account: try requireAccount(id: id))
    }

    private func editAccount(_ id: Int64, owner: String?, renewalAt: Int64?, expectedVersion: Int?, actor: String, now: Int64) throws
        -> AccountChange
    {
        let account = try currentAccount(id, expectedVersion: expectedVersion)
        if let owner, try member(login: owner) == nil, try hasMembers() {
            throw HandoffError.invalidInput(Message(.isNotAMemberOfThisBoardNothing, "\(TerminalText.sanitize(owner))"))
        }
        var changes: [String] = []
        if owner != account.owner { changes.append("manager \(account.owner ?? "none") -> \(owner ?? "none")") }
        if renewalAt != account.renewalAt {
            changes.append("renewal \(account.renewalAt.map(Timestamp.date) ?? "none") -> \(renewalAt.map(Timestamp.date) ?? "none")")
        }
        guard !changes.isEmpty else { throw HandoffError.invalidInput(Message(.nothingChangedNothingWas)) }
        try connection.prepare("UPDATE accounts SET owner = ?, renewal_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .run(DatabaseValue(owner), DatabaseValue(renewalAt), .integer(id), .integer(Int64(account.version)))
        try bumped(id, expectedVersion: account.version)
        // The manager's open follow-ups go with the account.
        if owner != account.owner, let owner {
            try connection.prepare(
                "UPDATE follow_ups SET owner = ? WHERE account_id = ? AND done_at IS NULL AND (owner IS NULL OR owner = ?)"
            )
            .run(.text(owner), .integer(id), DatabaseValue(account.owner))
        }
        let event = try appendBoardEvent(
            kind: BoardEvent.Kind.accountChanged, subject: String(id), detail: changes.joined(separator: "; "), actor: actor, at: now)
        return AccountChange(event: event, account: try requireAccount(id: id))
    }

    private func addFollowUp(_ id: Int64, body: String, due: Int64, owner: String?, actor: String, now: Int64) throws -> AccountChange {
        let account = try requireAccount(id: id)
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw HandoffError.invalidInput(Message(.followUpNeedsA)) }
        guard text.count <= 500 else {
            throw HandoffError.invalidInput(Message(.followUpHasAt, "\(text.count)"))
        }
        guard !TerminalText.containsControls(text) else {
            throw HandoffError.invalidInput(Message(.followUpHasA))
        }
        if due <= now { throw HandoffError.invalidInput(Message(.hasPassedAFollow, "\(date: due)")) }
        if let owner, try member(login: owner) == nil, try hasMembers() {
            throw HandoffError.invalidInput(Message(.isNotAMemberOfThisBoardNothing, "\(TerminalText.sanitize(owner))"))
        }
        let who = owner ?? account.owner ?? actor
        let followUp = try connection.insertReturningID(
            """
            INSERT INTO follow_ups(account_id, kind, body, owner, due, created_at, created_by) VALUES (?, 'custom', ?, ?, ?, ?, ?) RETURNING id
            """, [.integer(id), .text(text), .text(who), .integer(due), .integer(now), .text(actor)])
        let event = try appendBoardEvent(
            kind: BoardEvent.Kind.followUpAdded, subject: String(id),
            detail: "#\(followUp) \(text) · \(who) · due \(Timestamp.short(due))", actor: actor, at: now)
        return AccountChange(event: event, account: account)
    }

    private func setFollowUpDone(_ id: Int64, done: Bool, actor: String, now: Int64) throws -> AccountChange {
        guard let followUp = try followUp(id: id) else {
            throw HandoffError.invalidInput(Message(.thereIsNoFollow, "\(id)"))
        }
        if done == !followUp.isOpen {
            let state: Message = done ? Message(.markedDoneOn, "\(Timestamp.short(followUp.doneAt ?? now))") : Message(.notDoneYet)
            throw HandoffError.invalidInput(Message(.followUpIsAlready, "\(id)", "\(state)"))
        }
        try connection.prepare("UPDATE follow_ups SET done_at = ?, done_by = ? WHERE id = ?")
            .run(done ? .integer(now) : .null, done ? .text(actor) : .null, .integer(id))
        let event = try appendBoardEvent(
            kind: done ? BoardEvent.Kind.followUpDone : BoardEvent.Kind.followUpReopened, subject: String(followUp.accountID),
            detail: "#\(id) \(followUp.title(.english))", actor: actor, at: now)
        return AccountChange(event: event, account: try requireAccount(id: followUp.accountID))
    }

    private func recordSatisfaction(_ id: Int64, score: Int, comment: String, actor: String, now: Int64) throws -> AccountChange {
        let account = try requireAccount(id: id)
        guard NPSCategory.range.contains(score) else {
            throw HandoffError.invalidInput(Message(.satisfactionAnswerIsAWhole, "\(score)"))
        }
        let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= 1_000 else {
            throw HandoffError.invalidInput(Message(.commentHasAtMost, "\(text.count)"))
        }
        guard !TerminalText.containsControls(text) else {
            throw HandoffError.invalidInput(Message(.commentHasAControl))
        }
        let answer = try connection.insertReturningID(
            "INSERT INTO satisfaction(account_id, at, score, comment, author) VALUES (?, ?, ?, ?, ?) RETURNING id",
            [.integer(id), .integer(now), .integer(Int64(score)), .text(text), .text(actor)])
        var detail = "\(score)/10" + (text.isEmpty ? "" : ": \(text)")
        // A detractor is called back within the customer team's service level.
        if NPSCategory(score: score) == .detractor {
            let level = ServiceLevel.choose(team: "success", from: try serviceLevels())
            let due = level.deadline(handedOffAt: now)
            let owner = account.owner ?? actor
            let callBack = try connection.insertReturningID(
                """
                INSERT INTO follow_ups(account_id, kind, body, owner, due, created_at, created_by, answer_id) VALUES (?, 'detractor', ?, ?, ?, ?, ?, ?) RETURNING id
                """, [.integer(id), .text(text), .text(owner), .integer(due), .integer(now), .text(actor), .integer(answer)])
            detail += "; detractor: call back #\(callBack) · \(owner) · due \(Timestamp.short(due))"
        }
        let event = try appendBoardEvent(
            kind: BoardEvent.Kind.satisfactionRecorded, subject: String(id), detail: detail, actor: actor, at: now)
        return AccountChange(event: event, account: try requireAccount(id: id))
    }
}
