extension KeyMap {
    /// The key that switches to `view`, for callers that open a view as a person would.
    public func key(showing view: ViewMode) -> Key? {
        let action: UserAction
        switch view {
        case .board: action = .showBoard
        case .inbox: action = .showInbox
        case .dashboard: action = .showDashboard
        }
        return key(for: action)
    }

    /// The first key bound to `action` in any context, for callers that act as a person would.
    public func key(for action: UserAction) -> Key? {
        bindings.first { $0.action == action }?.keys.first
    }
}
