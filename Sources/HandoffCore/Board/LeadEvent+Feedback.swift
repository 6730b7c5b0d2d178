extension LeadEvent {
    /// Whether the feedback for marketing can differ after this event: an answer to a handoff, or
    /// an undo or redo (which may take one back or repeat it). Other events leave it as it was, so
    /// its aggregate need not be read again.
    public var changesFeedback: Bool {
        kind == EventKind.accepted || kind == EventKind.rejected || kind == EventKind.undone || reverts != nil
    }
}
