import HandoffCore

/// A win shown over whatever the screen shows, for a few seconds: the team's win, on every open
/// board and meeting screen, wherever it was won.
public struct CelebrationBanner: Sendable, Equatable {
    public var win: Celebration
    public var currency: String
    /// When it goes (state time, in seconds).
    public var until: Int64

    /// How long a win stays on screen.
    public static let seconds: Int64 = 6

    public init(win: Celebration, currency: String, until: Int64) {
        self.win = win
        self.currency = currency
        self.until = until
    }
}
