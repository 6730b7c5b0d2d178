/// One line of the append-only event log: the audit trail and the source of history KPIs.
public struct LeadEvent: Sendable, Equatable {
    public var id: Int64
    public var leadID: Int64
    public var at: Int64
    public var actor: String
    public var kind: String
    public var fromStage: String?
    public var toStage: String?
    public var detail: String?
    /// For an undo, the event it reverts; for a redo, the undo it cancels.
    public var reverts: Int64?
    /// Who really acted when `--as` named another member as the actor; nil otherwise.
    public var actedBy: String?

    public init(
        id: Int64 = 0, leadID: Int64, at: Int64, actor: String, kind: String, fromStage: String? = nil, toStage: String? = nil,
        detail: String? = nil, reverts: Int64? = nil,
        actedBy: String? = nil
    ) {
        self.id = id
        self.leadID = leadID
        self.at = at
        self.actor = actor
        self.kind = kind
        self.fromStage = fromStage
        self.toStage = toStage
        self.detail = detail
        self.reverts = reverts
        self.actedBy = actedBy
    }

    /// `ana` or, when someone acted as her, `ana (by root)`: both names the audit keeps.
    public var actorWithProxy: String {
        actedBy.map { "\(actor) (by \($0))" } ?? actor
    }
}
