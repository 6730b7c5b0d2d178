/// Where a key is pressed: the same key may mean different things on the board and in a panel.
public enum KeyContext: String, Sendable {
    /// Keys that work in every view (switching views, the command line), unless a panel is open.
    case global
    case board
    /// The handoff inbox: answering handed-off leads.
    case inbox
    /// The scoring panel: the definition, the selected lead's breakdown, calibration.
    case scoring
    case form
    case detail
    case help
}
