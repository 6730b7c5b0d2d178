import HandoffCore

/// The meeting mode: the agenda, the item on screen, how far it is scrolled, and whether the
/// large projector layout is on. The board stays underneath, in the view it was left in.
public struct MeetingState: Sendable, Equatable {
    public var agenda: MeetingAgenda?
    public var selected = 0
    public var scroll = 0
    public var large = false

    public init(large: Bool = false) {
        self.large = large
    }

    public var selectedItem: AgendaItem? {
        guard let items = agenda?.items, items.indices.contains(selected) else { return nil }
        return items[selected]
    }
}
