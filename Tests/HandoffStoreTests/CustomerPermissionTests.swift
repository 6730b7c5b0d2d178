import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// The customer team is a team like the others: its abilities are rows of `permissions`. It works
/// the customer band and the follow-ups; sales and marketing see the band but do not move it, and
/// the customer team does not work the pipeline.
@Suite struct CustomerPermissionTests {
    let now = TemporaryBoard.now

    private func wonAccount(_ store: Store) throws -> Int64 {
        try store.apply(.won(leadID: 1, amount: 10_000, expectedVersion: nil), actor: "ana", at: now)
        return try #require(try store.account(named: "Accra Solar")).id
    }

    @Test func theCustomerTeamWorksTheBandAndOthersMayNot() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        let id = try wonAccount(store)
        for actor in ["ana", "lucia"] {
            #expect(throws: HandoffError.self) {
                try store.apply(.move(accountID: id, toStage: "active", expectedVersion: nil), actor: actor, at: now)
            }
            #expect(throws: HandoffError.self) {
                try store.apply(.recordSatisfaction(accountID: id, score: 8, comment: ""), actor: actor, at: now)
            }
            #expect(throws: HandoffError.self) { try store.apply(.setFollowUpDone(followUpID: 1, done: true), actor: actor, at: now) }
            #expect(throws: HandoffError.self) {
                try store.apply(.edit(accountID: id, owner: actor, renewalAt: nil, expectedVersion: nil), actor: actor, at: now)
            }
        }
        try store.apply(.move(accountID: id, toStage: "active", expectedVersion: nil), actor: "sam", at: now)
        try store.apply(.recordSatisfaction(accountID: id, score: 8, comment: ""), actor: "sam", at: now)
        try store.apply(.setFollowUpDone(followUpID: 1, done: true), actor: "sam", at: now)
        try store.apply(.edit(accountID: id, owner: "sam", renewalAt: now + 300 * 86_400, expectedVersion: nil), actor: "elena", at: now)
        #expect(try store.requireAccount(id: id).renewalAt == now + 300 * 86_400)
    }

    @Test func theRefusalSaysWhichTeamsMay() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        let id = try wonAccount(store)
        do {
            try store.apply(.move(accountID: id, toStage: "active", expectedVersion: nil), actor: "ana", at: now)
            Issue.record("sales moved an account")
        } catch let error as HandoffError {
            #expect(
                error.description
                    == "Ana López (ana, sales) may not move accounts between the customer stages; success and admin may. Nothing was changed."
            )
            #expect(error.text(Strings(.spanish)).hasPrefix("Ana López (ana, sales) no puede mover cuentas entre las etapas de cliente"))
        }
    }

    @Test func theCustomerTeamDoesNotWorkThePipelineButOpensRepeatDeals() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        let id = try wonAccount(store)
        #expect(throws: HandoffError.self) { try store.apply(.won(leadID: 2, amount: 1_000, expectedVersion: nil), actor: "sam", at: now) }
        #expect(throws: HandoffError.self) {
            try store.apply(.move(leadID: 2, toStage: "proposal", expectedVersion: nil), actor: "sam", at: now)
        }
        #expect(throws: HandoffError.self) {
            try store.apply(.openDeal(accountID: id, DealDraft(kind: .renewal, name: "Renewal 2027")), actor: "lucia", at: now)
        }
        try store.apply(.openDeal(accountID: id, DealDraft(kind: .renewal, name: "Renewal 2027")), actor: "sam", at: now)
        try store.apply(.openDeal(accountID: id, DealDraft(kind: .crossSell, name: "Support plan")), actor: "ana", at: now)
        #expect(try store.deals(accountID: id).count == 3)
    }

    @Test func successIsATeamMembersJoinAndItsGrantsAreRows() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        #expect(try store.member(login: "sam")?.team == "success")
        let permissions = try store.permissions()
        #expect(permissions.teams(allowedTo: .moveAccounts) == ["success", "admin"])
        #expect(permissions.teams(allowedTo: .openDeal) == ["sales", "success", "admin"])
        #expect(permissions.teams(allowedTo: .close) == ["sales", "admin"])
        // A team changes its rules with a row, as for every other ability.
        try store.connection.execute("INSERT INTO permissions(team, ability) VALUES ('sales', 'record_satisfaction')")
        let id = try wonAccount(store)
        try store.apply(.recordSatisfaction(accountID: id, score: 10, comment: "great"), actor: "ana", at: now)
        #expect(throws: HandoffError.self) {
            try store.addMember(Member(login: "zed", name: "Zed", team: "support"), actor: "elena", now: now)
        }
    }
}
