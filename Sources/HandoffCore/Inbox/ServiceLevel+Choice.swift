extension ServiceLevel {
    /// The level for a lead owned by someone of `team` (nil: unassigned): that team's, else the
    /// sales team's, who answer handoffs, else the built-in default.
    public static func choose(team: String?, from levels: [String: ServiceLevel]) -> ServiceLevel {
        if let team, let level = levels[team] { return level }
        return levels["sales"] ?? .standard
    }
}
