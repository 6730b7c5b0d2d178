extension LeadEvent {
    /// Whether the feedback for marketing can differ after this event: an answer to a handoff, an
    /// undo or redo (which may take one back or repeat it), or a referral (the lead's source
    /// becomes `referral`, and the feedback is grouped by source). Other events leave it as it
    /// was, so its aggregate need not be read again.
    public var changesFeedback: Bool {
        kind == EventKind.accepted || kind == EventKind.rejected || kind == EventKind.undone || kind == EventKind.referred || reverts != nil
    }
}
