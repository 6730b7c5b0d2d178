/// Decides who gets a handed-off lead: the first matching rule's rep, or the next rep of the sales
/// team in turn. Pure: the store passes the rules, the team and the last rep given a lead by round
/// robin, and saves the pointer it gets back in the same transaction as the handoff.
public struct Router: Sendable, Equatable {
    public struct Decision: Sendable, Equatable {
        public var assignee: String
        /// Why, for the event log: `rule 3 (source = webinar)` or `round robin`.
        public var reason: String
        /// The new round-robin pointer, when round robin chose.
        public var roundRobinPointer: String?

        public init(assignee: String, reason: String, roundRobinPointer: String? = nil) {
            self.assignee = assignee
            self.reason = reason
            self.roundRobinPointer = roundRobinPointer
        }
    }

    public var rules: [RoutingRule]
    /// Logins of the sales team, in turn order.
    public var team: [String]
    /// The login round robin gave the last lead to.
    public var lastAssigned: String?

    public init(rules: [RoutingRule], team: [String], lastAssigned: String?) {
        self.rules = rules.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
        self.team = team.sorted()
        self.lastAssigned = lastAssigned
    }

    /// Nil when nobody can take the lead (an empty sales team and no rule naming someone).
    public func route(_ lead: Lead, attributes: [String: String] = [:]) -> Decision? {
        for rule in rules where rule.matches(lead, attributes: attributes) {
            let reason = rule.field.map { "rule \(rule.id) (\($0) = \(rule.value ?? ""))" } ?? "rule \(rule.id)"
            if let assignee = rule.assignee { return Decision(assignee: assignee, reason: reason) }
            return nextInTurn(reason: reason + ", round robin")
        }
        return nextInTurn(reason: "round robin")
    }

    private func nextInTurn(reason: String) -> Decision? {
        guard !team.isEmpty else { return nil }
        // The first login after the last one given a lead; a removed rep simply drops out of turn.
        let next = team.first { $0 > (lastAssigned ?? "") } ?? team[0]
        return Decision(assignee: next, reason: reason, roundRobinPointer: next)
    }
}
