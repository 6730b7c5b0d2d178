/// What is under a mouse pointer, as the board's layout places things.
public enum HitTarget: Sendable, Equatable {
    case tab(ViewMode)
    /// A column's header or its empty space below the cards.
    case column(Int)
    case card(column: Int, row: Int)
    /// A row of the inbox list, by its index in the window.
    case inboxRow(Int)
    /// The inbox list where there is no row (for the wheel).
    case inboxList
    case paletteRow(Int)
}
