import HandoffCore

/// The meeting mode: the agenda, the item on screen and the line selected in it, whether the
/// large projector layout is on, the clock of the item when the meeting keeps time, and, on a
/// screen that follows the chair's (`--follow`), whose screen it follows. The board stays
/// underneath, in the view it was left in.
public struct MeetingState: Sendable, Equatable {
    public var agenda: MeetingAgenda?
    public var selected = 0
    /// The selected line of the item (see `lines`); the item scrolls to keep it in view.
    public var line = 0
    public var large = false
    /// The time each item may take, when the meeting keeps time (`--timebox`, `T`).
    public var timebox: Int64?
    /// When the item on screen was reached: its clock counts from here.
    public var itemSince: Int64 = 0
    /// The screen this one follows (`--follow`): it shows what the chair's shows and takes no
    /// keys but leaving and the layout. Nil on a screen that leads itself.
    public var following: FollowedScreen?
    /// The clock the meeting was opened with (`--timebox`), for `T` to start again.
    public var openedTimebox: Int64?

    public init(large: Bool = false, timebox: Int64? = nil, following: Bool = false, now: Int64 = 0) {
        self.large = large
        self.timebox = timebox
        openedTimebox = timebox
        self.following = following ? FollowedScreen() : nil
        itemSince = now
    }

    public var selectedItem: AgendaItem? {
        guard let items = agenda?.items, items.indices.contains(selected) else { return nil }
        return items[selected]
    }

    /// What can be selected in an item, in screen order: its entries, then the decisions and
    /// notes written on it, then its action items.
    public enum Line: Sendable, Equatable {
        case entry(AgendaEntry)
        case note(MeetingNote)
        case action(ActionItem)
    }

    public func lines(of item: AgendaItem) -> [Line] {
        guard let agenda else { return [] }
        return item.entries.map(Line.entry) + agenda.notes(for: item.key).map(Line.note) + actions(of: item).map(Line.action)
    }

    /// The action items shown with an item: its own, and (with the first item) those agreed on no
    /// item, from the command line.
    public func actions(of item: AgendaItem) -> [ActionItem] {
        guard let agenda else { return [] }
        return agenda.actionItems(for: item.key) + (item.key == agenda.items.first?.key ? agenda.actionItems.filter { $0.item == nil } : [])
    }

    public var selectedLine: Line? {
        guard let item = selectedItem else { return nil }
        let all = lines(of: item)
        return all.indices.contains(line) ? all[line] : nil
    }

    /// The action item under the cursor: an action line, or a follow-up entry.
    public var selectedActionID: Int64? {
        switch selectedLine {
        case let .action(action): return action.id
        case let .entry(entry): return entry.actionID
        case .note, nil: return nil
        }
    }

    /// Seconds spent on the item on screen, at `now`.
    public func elapsed(now: Int64) -> Int64 { max(0, now - itemSince) }
}
