import HandoffCore

/// A column of the customer band holds accounts where the pipeline's columns hold leads: the same
/// window, rank and selection, over `accounts` instead of `rows`.
extension ColumnState {
    public var isCustomer: Bool { stage.isCustomer }

    /// The cards on screen, leads or accounts.
    public var count: Int { isCustomer ? accounts.count : rows.count }

    public var selectedAccount: Account? { accounts.indices.contains(selected) ? accounts[selected] : nil }

    var accountWindow: KeysetWindow<Account> {
        get { KeysetWindow(rows: accounts, firstRank: firstRank, selected: selected) }
        set {
            accounts = newValue.rows
            firstRank = newValue.firstRank
            selected = newValue.selected
        }
    }
}
