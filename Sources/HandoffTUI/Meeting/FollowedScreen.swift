import HandoffCore

/// The chair's screen as a following screen last saw it published: who it is, by name, where it
/// stood, and whether it is live (a chair that left or went quiet is said so, and the screen
/// stays where it was).
public struct FollowedScreen: Sendable, Equatable {
    public var name: String?
    public var live = false
    public var position: MeetingPosition?

    public init(name: String? = nil, live: Bool = false, position: MeetingPosition? = nil) {
        self.name = name
        self.live = live
        self.position = position
    }
}
