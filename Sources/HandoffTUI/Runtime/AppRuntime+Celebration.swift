import HandoffCore
import HandoffStore

/// Wins are celebrated on every open board: after this screen's own changes and whenever another
/// terminal's commit is noticed, the wins since the last event looked at are shown, the newest
/// last (and so on screen).
extension AppRuntime {
    /// The wins since the last look, as actions.
    func newWins() -> [Action] {
        guard let found = try? store.celebrations(after: celebratedUpTo) else { return [] }
        celebratedUpTo = found.last
        guard let newest = found.wins.last else { return [] }
        return [.celebrate(newest, currency: state.reference.currency)]
    }

    func celebrateWins() {
        for action in newWins() { send(action) }
    }
}
