import HandoffCore

extension ViewMode {
    /// The tab's name in the person's language. `title` stays the English name commands take
    /// (`snapshot --view inbox`); a view without a translation yet shows it.
    public func name(_ strings: Strings) -> String {
        ViewMode.names[self].map { strings($0) } ?? title
    }

    static let names: [ViewMode: StringKey] = [
        .board: .viewBoard, .inbox: .viewInbox, .scoring: .viewScoring, .dashboard: .viewDashboard,
        .content: .viewContent, .insights: .viewInsights,
    ]
}
