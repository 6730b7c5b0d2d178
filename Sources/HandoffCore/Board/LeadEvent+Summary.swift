extension LeadEvent {
    /// What the event did to its lead, as the end of a sentence whose subject is the actor:
    /// `moved it to Nurturing`, `accepted it`, `rejected it (no_budget)`.
    public func summary(pipeline: Pipeline) -> Message {
        let target: Message = toStage.map { Message(verbatim: pipeline.stage($0)?.title ?? $0) } ?? "another stage"
        switch kind {
        case EventKind.created: return "created it"
        case EventKind.handedOff: return "handed it off to sales"
        case EventKind.accepted: return "accepted it"
        case EventKind.rejected: return detail.map { "rejected it (\($0))" } ?? "rejected it"
        case EventKind.won: return "marked it won"
        case EventKind.lost: return "marked it lost"
        case EventKind.note: return "added a note"
        case EventKind.edited: return detail.map { Message(verbatim: $0) } ?? "edited it"
        case EventKind.undone: return "undid a change (back in \(target))"
        case EventKind.insight: return "added an insight"
        case EventKind.contentSent: return "sent it a piece of content"
        case EventKind.activity: return "recorded its email and web activity"
        default: return "moved it to \(target)"
        }
    }
}
