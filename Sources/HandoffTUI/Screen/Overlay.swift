import HandoffCore

/// A panel drawn over the current view. It takes the keys until it is closed.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case detail(DetailState)
    case form(FormState)
    /// A dashboard figure's formula (by `KPIDefinition.id`), the scoring version and the keys.
    case formula(id: String, scroll: Int)
    /// The `:` command line or the `/` filter line.
    case prompt(PromptState)
    case palette(PaletteState)
    /// `:import`: a file's preview, then a refused import's report.
    case importPanel(ImportPanel)
    /// An account of the customer band: its deals, follow-ups, answers and referrals.
    case account(AccountDetailState)
    /// One piece of content in full (`Enter` in the content view).
    case piece(PieceDetail)
}
