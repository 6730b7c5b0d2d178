import HandoffCore
import HandoffStore

/// One board column: its stage, its complete totals, and the window of leads on screen.
public struct ColumnState: Sendable, Equatable {
    public var stage: Stage
    public var total: StageTotal
    /// The leads on screen, in board order; never the whole column.
    public var rows: [Lead]
    /// Leads above the window: where the window sits in the column.
    public var firstRank: Int
    public var selected: Int
    /// Notes facts of the leads on screen, by id: what the stale flag needs (for a column of the
    /// customer band, the follow-ups of its accounts).
    public var activity: [Int64: LeadActivity] = [:]
    /// The accounts on screen, for a column of the customer band, whose `rows` stay empty.
    public var accounts: [Account] = []

    public init(stage: Stage, total: StageTotal = StageTotal(leads: 0, value: 0), rows: [Lead] = [], firstRank: Int = 0, selected: Int = 0)
    {
        self.stage = stage
        self.total = total
        self.rows = rows
        self.firstRank = firstRank
        self.selected = selected
    }

    public var selectedLead: Lead? { rows.indices.contains(selected) ? rows[selected] : nil }
    public var anchor: BoardCursor? {
        isCustomer
            ? accounts.first.map { BoardCursor(enteredAt: $0.enteredAt, id: $0.id) }
            : rows.first.map { BoardCursor(enteredAt: $0.enteredAt, id: $0.id) }
    }
    public var hasMoreBelow: Bool { firstRank + count < total.leads }
}

extension ColumnState: WindowedList {}
