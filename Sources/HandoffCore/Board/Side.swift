/// Which team owns a stage. The board colours and bands columns by side.
public enum Side: String, Sendable, CaseIterable, Codable {
    case marketing
    /// The handoff column belongs to both: marketing put the lead there, sales must answer it.
    case handoff
    case sales
    case outcome
}
