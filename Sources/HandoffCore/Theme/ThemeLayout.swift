/// How much room a theme gives what matters: `projector` spaces cards out, widens columns and
/// makes names and figures bold, for a screen read from the back of a meeting room.
public enum ThemeLayout: String, Sendable, Equatable, CaseIterable {
    case standard
    case projector
}
