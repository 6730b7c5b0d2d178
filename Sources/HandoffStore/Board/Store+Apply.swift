import HandoffCore

extension Store {
    /// One command inside the transaction `apply` opened, authorized first (each command of a
    /// batch on its own). Each case lives with its topic
    /// (`Store+Inbox`, `Store+Outcome`, ...) and ends in `commit`, which writes the row, the event
    /// and what undo needs together.
    func perform(_ command: Command, in context: WriteContext) throws -> LeadEvent {
        try authorize(command, in: context)
        switch command {
        case let .move(leadID, toStage, expectedVersion):
            return try move(leadID: leadID, to: toStage, expectedVersion: expectedVersion, in: context)
        case let .accept(leadID, owner, expectedVersion):
            return try accept(leadID: leadID, owner: owner, expectedVersion: expectedVersion, in: context)
        case let .reject(leadID, reason, comment, expectedVersion):
            return try reject(leadID: leadID, reason: reason, comment: comment, expectedVersion: expectedVersion, in: context)
        case let .won(leadID, amount, expectedVersion):
            return try won(leadID: leadID, amount: amount, expectedVersion: expectedVersion, in: context)
        case let .lost(leadID, reason, expectedVersion):
            return try lost(leadID: leadID, reason: reason, expectedVersion: expectedVersion, in: context)
        case let .note(leadID, body, due):
            return try addNote(leadID: leadID, body: body, due: due, in: context)
        case let .create(draft):
            return try create(draft, in: context)
        case let .edit(leadID, draft, expectedVersion):
            return try edit(leadID: leadID, draft, expectedVersion: expectedVersion, in: context)
        case let .insight(leadID, kind, text, quote, expectedVersion):
            return try addInsight(leadID: leadID, kind: kind, text: text, quote: quote, expectedVersion: expectedVersion, in: context)
        case let .contentSent(leadID, contentID, expectedVersion):
            return try sendContent(contentID, to: leadID, expectedVersion: expectedVersion, in: context)
        case .undo:
            return try undo(in: context)
        case .redo:
            return try redo(in: context)
        case let .openDeal(accountID, draft):
            return try openDeal(accountID: accountID, draft, in: context)
        case let .refer(leadID, accountID, expectedVersion):
            return try refer(leadID: leadID, to: accountID, expectedVersion: expectedVersion, in: context)
        case let .batch(commands):
            var last: LeadEvent?
            for inner in commands {
                switch inner {
                case .batch, .undo, .redo, .create, .openDeal:
                    throw HandoffError.invalidInput(Message(.bulkActionTakesLead))
                default:
                    last = try perform(inner, in: context)
                }
            }
            guard let last else { throw HandoffError.invalidInput(Message(.nothingSelectedNothingWas)) }
            return last
        }
    }
}
