import HandoffCore

extension Store {
    static let roundRobinKey = "routing.round_robin_last"

    public func routingRules() throws -> [RoutingRule] {
        let statement = try connection.prepare("SELECT id, position, field, value, assignee FROM routing_rules ORDER BY position, id")
        return try statement.rows([]) {
            RoutingRule(
                id: $0.int64(0), position: $0.int(1), field: $0.optionalString(2), value: $0.optionalString(3),
                assignee: $0.optionalString(4))
        }
    }

    /// Who a lead being handed off goes to. A lead already owned by a sales rep stays theirs;
    /// otherwise the rules decide and the round-robin turn is saved in the same transaction.
    func route(_ lead: Lead) throws -> Router.Decision? {
        let team = try members(team: "sales").map(\.login)
        if let owner = lead.owner, team.contains(owner) { return nil }
        let rules = try routingRules()
        var attributes: [String: String] = [:]
        if rules.contains(where: { $0.field?.hasPrefix("attr.") == true }) {
            for attribute in try self.attributes(leadID: lead.id) { attributes[attribute.name] = attribute.value }
        }
        let router = Router(rules: rules, team: team, lastAssigned: try setting(Store.roundRobinKey))
        guard let decision = router.route(lead, attributes: attributes) else { return nil }
        if let pointer = decision.roundRobinPointer { try setSetting(Store.roundRobinKey, pointer) }
        return decision
    }
}
