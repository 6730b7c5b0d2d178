/// One topic of the meeting agenda: a title, a one-line summary, and its lines. A win also
/// carries its celebration.
public struct AgendaItem: Sendable, Equatable {
    /// Stable across reloads ("kpis", "win:812"): what "discussed" and action items refer to.
    public var key: String
    public var kind: AgendaItemKind
    public var title: String
    public var headline: String
    public var entries: [AgendaEntry]
    /// How many things the item covers; `entries` may show fewer.
    public var total: Int
    public var celebration: Celebration?

    public init(
        key: String, kind: AgendaItemKind, title: String, headline: String, entries: [AgendaEntry], total: Int? = nil,
        celebration: Celebration? = nil
    ) {
        self.key = key
        self.kind = kind
        self.title = title
        self.headline = headline
        self.entries = entries
        self.total = total ?? entries.count
        self.celebration = celebration
    }
}
