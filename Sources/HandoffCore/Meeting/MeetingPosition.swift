/// Where a meeting screen stands: the agenda item on it (by key, and by place in case the key
/// is gone), the selected line, the layout, the item's clock, and the lead opened from the
/// agenda. The chair's screen publishes it; screens that follow (`handoff meeting --follow`)
/// show the same.
public struct MeetingPosition: Sendable, Equatable {
    public var login: String
    public var name: String
    public var item: String
    public var index: Int
    public var line: Int
    public var large: Bool
    public var timebox: Int64?
    public var itemSince: Int64
    /// The lead whose detail is open over the agenda, and how far it is scrolled.
    public var detailLead: Int64?
    public var detailScroll: Int

    public init(
        login: String, name: String, item: String, index: Int, line: Int, large: Bool, timebox: Int64?, itemSince: Int64,
        detailLead: Int64? = nil, detailScroll: Int = 0
    ) {
        self.login = login
        self.name = name
        self.item = item
        self.index = index
        self.line = line
        self.large = large
        self.timebox = timebox
        self.itemSince = itemSince
        self.detailLead = detailLead
        self.detailScroll = detailScroll
    }
}
