/// What a piece of the screen means. Themes give each role its colours, so a theme speaks of
/// "marketing column" and "danger", never of "the third box from the left".
public enum Role: String, Sendable, CaseIterable {
    case normal
    case muted
    case title
    case marketing
    case handoff
    case sales
    case outcome
    case selected
    case warning
    case danger
    case success
    case statusBar = "status_bar"
    case tabActive = "tab_active"
    case accent
}
