extension KeyMap {
    /// The key that switches to `view`, for callers that open a view as a person would.
    public func key(showing view: ViewMode) -> Key? {
        let action: UserAction
        switch view {
        case .board: action = .showBoard
        case .inbox: action = .showInbox
        case .scoring: action = .showScoring
        }
        return bindings.first { $0.action == action && $0.contexts.contains(.global) }?.keys.first
    }
}
