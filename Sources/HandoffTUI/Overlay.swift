import HandoffCore

/// A panel drawn over the current view. It takes the keys until it is closed.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case detail(DetailState)
    case form(FormState)
    /// `:import`: a file's preview, then a refused import's report.
    case importPanel(ImportPanel)
}
