import HandoffCore

extension AppState {
    /// Keys of the scoring panel that are its own: showing it and the what-if threshold.
    mutating func performScoring(_ action: UserAction) -> [Effect] {
        switch action {
        case .showScoring:
            // Opening the panel computes everything afresh (an import may have changed attributes).
            if view != .scoring { scoring.overview = nil }
            view = .scoring
            return scoringEffects()
        case .raiseWhatIf, .lowerWhatIf:
            guard let current = scoring.whatIfThreshold else {
                status = StatusMessage(strings(.scoringNoDefinition), tone: .error)
                return []
            }
            let step = action == .raiseWhatIf ? ScoringState.step : -ScoringState.step
            scoring.whatIf = max(0, current + step)
            return []
        default:
            scoring.whatIf = nil
            return []
        }
    }

    /// The panel is read only while it is on screen: calibration scores every lead with an outcome.
    func scoringEffects() -> [Effect] {
        guard view == .scoring else { return [] }
        return [.loadScoring, .loadSelectedLeadScore]
    }

    /// The breakdown follows the lead selected on the board while the panel is on screen.
    mutating func scoringFollowsSelection() -> [Effect] {
        guard view == .scoring else { return [] }
        guard let lead = selectedLead else {
            scoring.lead = nil
            return []
        }
        if let shown = scoring.lead?.lead, shown.id == lead.id && shown.version == lead.version { return [] }
        return [.loadSelectedLeadScore]
    }
}
