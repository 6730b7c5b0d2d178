import HandoffCore
import Testing

@Suite struct RouterTests {
    let lead = Lead(
        id: 1, name: "Ana", company: "Kettle & Co", email: "ana@kettle.example", source: "Webinar", campaign: "spring", stage: "mql",
        createdAt: 0, enteredAt: 0)

    @Test func roundRobinTakesTheNextRepInTurnAndWraps() {
        let team = ["carla", "ana", "ben"]
        #expect(Router(rules: [], team: team, lastAssigned: nil).route(lead)?.assignee == "ana")
        #expect(Router(rules: [], team: team, lastAssigned: "ana").route(lead)?.assignee == "ben")
        #expect(Router(rules: [], team: team, lastAssigned: "carla").route(lead)?.assignee == "ana")
        // A rep who left the team: the turn goes on from where they stood.
        #expect(Router(rules: [], team: team, lastAssigned: "bob").route(lead)?.assignee == "carla")
        let decision = Router(rules: [], team: team, lastAssigned: "ana").route(lead)
        #expect(decision == Router.Decision(assignee: "ben", reason: "round robin", roundRobinPointer: "ben"))
    }

    @Test func theFirstMatchingRuleWinsAndDoesNotMoveTheTurn() {
        let rules = [
            RoutingRule(id: 2, position: 2, field: "source", value: "webinar", assignee: "ben"),
            RoutingRule(id: 1, position: 1, field: "attr.country", value: "ES", assignee: "carla"),
        ]
        let router = Router(rules: rules, team: ["ana", "ben", "carla"], lastAssigned: "ana")
        #expect(
            router.route(lead, attributes: ["country": "es "]) == Router.Decision(assignee: "carla", reason: "rule 1 (attr.country = ES)"))
        #expect(router.route(lead, attributes: ["country": "FR"]) == Router.Decision(assignee: "ben", reason: "rule 2 (source = webinar)"))
        var other = lead
        other.source = "referral"
        #expect(router.route(other)?.assignee == "ben")
        #expect(router.route(other)?.reason == "round robin")
    }

    @Test func ruleFieldsReadTheLead() {
        #expect(RoutingRule(position: 1, field: "email_domain", value: "KETTLE.example").matches(lead, attributes: [:]))
        #expect(RoutingRule(position: 1, field: "campaign", value: "spring").matches(lead, attributes: [:]))
        #expect(!RoutingRule(position: 1, field: "company", value: "Kettle").matches(lead, attributes: [:]))
        #expect(!RoutingRule(position: 1, field: "nonsense", value: "x").matches(lead, attributes: [:]))
        #expect(RoutingRule(position: 1).matches(lead, attributes: [:]))
    }

    @Test func aRuleWithoutAssigneeUsesRoundRobinAndNobodyMeansNoOwner() {
        let rules = [RoutingRule(id: 5, position: 1, field: "source", value: "webinar")]
        #expect(Router(rules: rules, team: ["ana", "ben"], lastAssigned: "ana").route(lead)?.assignee == "ben")
        #expect(
            Router(rules: rules, team: ["ana", "ben"], lastAssigned: "ana").route(lead)?.reason == "rule 5 (source = webinar), round robin")
        #expect(Router(rules: [], team: [], lastAssigned: nil).route(lead) == nil)
    }
}
