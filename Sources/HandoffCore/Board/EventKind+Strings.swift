extension EventKind {
    static let names: [String: StringKey] = [
        created: .eventCreated, moved: .eventMoved, handedOff: .eventHandedOff, accepted: .eventAccepted, rejected: .eventRejected,
        won: .eventWon, lost: .eventLost, note: .eventNote, edited: .eventEdited, undone: .eventUndone,
        insight: .eventInsight, contentSent: .eventContentSent, activity: .eventActivity,
    ]

    /// An event kind as people say it; a kind this version does not know is shown as stored.
    public static func name(_ kind: String, _ strings: Strings) -> String {
        names[kind].map { strings($0) } ?? kind
    }

    /// What an undo took back, for the lead's timeline: `(undid the win)`, `(deshizo el rechazo)`.
    public static func undid(_ kind: String, _ strings: Strings) -> String {
        switch kind {
        case moved: return strings(.timelineUndidMove)
        case handedOff: return strings(.timelineUndidHandoff)
        case accepted: return strings(.timelineUndidAcceptance)
        case rejected: return strings(.timelineUndidRejection)
        case won: return strings(.timelineUndidWin)
        case lost: return strings(.timelineUndidLoss)
        case edited: return strings(.timelineUndidEdit)
        case insight: return strings(.timelineUndidInsight)
        case contentSent: return strings(.timelineUndidContentSent)
        default: return strings(.timelineUndidOther)
        }
    }

    /// A change of `kind` to `lead` as the subject of a sentence: `the move of Ryan Harris to
    /// Proposal`, `el cierre de Ryan Harris como ganado`. Undo and redo say what they reverted with
    /// it, so each kind reads whole in both languages instead of a kind pasted into a frame.
    /// `stage` is where a move went.
    public static func change(_ kind: String?, lead: String, stage: String, _ strings: Strings) -> String {
        switch kind {
        case moved: return strings(.changeMoved, lead, stage)
        case handedOff: return strings(.changeHandedOff, lead)
        case accepted: return strings(.changeAccepted, lead)
        case rejected: return strings(.changeRejected, lead)
        case won: return strings(.changeWon, lead)
        case lost: return strings(.changeLost, lead)
        case edited: return strings(.changeEdited, lead)
        case note: return strings(.changeNote, lead)
        case insight: return strings(.changeInsight, lead)
        case contentSent: return strings(.changeContentSent, lead)
        default: return strings(.changeOther, lead)
        }
    }
}
