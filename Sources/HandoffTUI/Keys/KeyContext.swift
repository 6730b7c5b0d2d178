/// Where a key is pressed: the same key may mean different things on the board and in a panel.
public enum KeyContext: String, Sendable, CaseIterable {
    /// Keys that work in every view (switching views, the command line), unless a panel is open.
    case global
    case board
    /// The handoff inbox: answering handed-off leads.
    case inbox
    /// The scoring panel: the definition, the selected lead's breakdown, calibration.
    case scoring
    /// The KPI dashboard: periods, figures and their formulas.
    case dashboard
    /// The weekly meeting, full screen: stepping through the agenda.
    case meeting
    /// The content view: pieces on their own pipeline.
    case content
    /// The insights panel: what sales heard, by theme, and each theme's leads and words.
    case insights
    /// One piece of content in full, over the content view.
    case piece
    /// While a `/` filter is active, before the view's own keys: `n` and `N` step through matches.
    case filter
    case form
    case detail
    case help
    /// The `:` command line and the `/` filter line.
    case prompt
    /// The Ctrl-P palette of every action.
    case palette
    /// The `:import` preview and report.
    case importPanel
    /// An account's detail: satisfaction, follow-ups, a new deal for it.
    case account

    /// Panels and lines that take every key: the view's and the global keys do not apply there.
    public var isOverlay: Bool {
        switch self {
        case .form, .detail, .help, .prompt, .palette, .meeting, .importPanel, .account, .piece: return true
        case .global, .board, .inbox, .scoring, .filter, .dashboard, .content, .insights: return false
        }
    }
}
