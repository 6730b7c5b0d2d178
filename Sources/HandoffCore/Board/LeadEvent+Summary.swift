extension LeadEvent {
    /// What the event did to its lead, as the end of a sentence whose subject is the actor:
    /// `moved it to Nurturing`, `accepted it`, `rejected it (no_budget)`.
    public func summary(pipeline: Pipeline) -> Message {
        let target: Message = toStage.map { Message(verbatim: pipeline.stage($0)?.title ?? $0) } ?? Message(.anotherStage)
        switch kind {
        case EventKind.created: return Message(.createdIt)
        case EventKind.handedOff: return Message(.handedItOffTo)
        case EventKind.accepted: return Message(.acceptedIt)
        case EventKind.rejected: return detail.map { Message(.rejectedIt, "\($0)") } ?? Message(.rejectedItPlain)
        case EventKind.won: return Message(.markedItWon)
        case EventKind.lost: return Message(.markedItLost)
        case EventKind.note: return Message(.addedANote)
        case EventKind.edited: return detail.map { Message(verbatim: $0) } ?? Message(.editedIt)
        case EventKind.undone: return Message(.undidAChangeBack, "\(target)")
        case EventKind.insight: return Message(.addedAnInsight)
        case EventKind.contentSent: return Message(.sentItAPiece)
        case EventKind.activity: return Message(.recordedItsEmailAnd)
        default: return Message(.movedItTo, "\(target)")
        }
    }
}
