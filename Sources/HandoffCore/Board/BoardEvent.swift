/// A change to the board itself rather than to a lead: a stage renamed, a member removed, an
/// action item agreed or done. Kept in `board_events` beside the leads' log, with the same who
/// and when, so `handoff log` shows one audit trail.
public struct BoardEvent: Sendable, Equatable {
    public var id: Int64
    public var at: Int64
    public var actor: String
    /// Who really acted when `--as` named another member as the actor.
    public var actedBy: String?
    public var kind: String
    /// What changed: a stage id, a login, an action item's number.
    public var subject: String
    public var detail: String?

    public init(id: Int64 = 0, at: Int64, actor: String, actedBy: String? = nil, kind: String, subject: String, detail: String? = nil) {
        self.id = id
        self.at = at
        self.actor = actor
        self.actedBy = actedBy
        self.kind = kind
        self.subject = subject
        self.detail = detail
    }

    /// The names written to `board_events.kind`.
    public enum Kind {
        public static let stageRenamed = "stage_renamed"
        public static let stageChanged = "stage_changed"
        public static let memberAdded = "member_added"
        public static let memberChanged = "member_changed"
        public static let memberRemoved = "member_removed"
        public static let viewerAdded = "viewer_added"
        public static let viewerRemoved = "viewer_removed"
        public static let actionAdded = "action_added"
        public static let actionDone = "action_done"
        public static let actionReopened = "action_reopened"
        public static let itemDiscussed = "item_discussed"
        public static let itemNotDiscussed = "item_not_discussed"
        public static let meetingClosed = "meeting_closed"
        public static let actionEdited = "action_edited"
        public static let actionDeleted = "action_deleted"
        public static let attendeeAdded = "attendee_added"
        public static let attendeeRemoved = "attendee_removed"
        public static let meetingNoteAdded = "meeting_note_added"
        public static let meetingNoteRemoved = "meeting_note_removed"
        // Customers: the subject is the account's id.
        public static let accountOpened = "account_opened"
        /// A later win of a customer (repeat business), with the follow-ups it scheduled.
        public static let accountPurchase = "account_purchase"
        public static let accountMoved = "account_moved"
        public static let accountChanged = "account_changed"
        /// The only win of an account was undone (or moved out of won): the account goes with it.
        public static let accountRemoved = "account_removed"
        public static let accountImported = "account_imported"
        public static let followUpAdded = "follow_up_added"
        public static let followUpDone = "follow_up_done"
        public static let followUpReopened = "follow_up_reopened"
        public static let satisfactionRecorded = "satisfaction_recorded"
        /// A board setting changed; the subject is the setting's key.
        public static let settingChanged = "setting_changed"
        /// Open leads scored again with a scoring version (the subject); each lead whose score
        /// changed has its row in `score_changes`, and the detail holds their count and digest.
        public static let rescored = "rescored"
        public static let contentAdded = "content_added"
        public static let contentEdited = "content_edited"
        public static let contentMoved = "content_moved"
        public static let contentAuthorAdded = "content_author_added"
        public static let contentAuthorRemoved = "content_author_removed"
        public static let contentInsightLinked = "content_insight_linked"
        public static let contentInsightUnlinked = "content_insight_unlinked"
        public static let contentApproved = "content_approved"
        public static let contentRuleChanged = "content_rule_changed"
    }
}
