import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// A win carries the customer on: the company becomes an account in onboarding, managed by the
/// customer team, with the follow-ups of the board's schedule; a later win grows the same account;
/// an undone win takes it back. Dates are worked out by hand from Friday 2026-11-20 12:00 UTC.
@Suite struct CustomerStoreTests {
    let now = TemporaryBoard.now
    let day: Int64 = 86_400

    @Test func aWinOpensAnAccountInOnboardingWithTheScheduledFollowUps() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 1, amount: 12_000, expectedVersion: nil), actor: "ana", at: now)
        let account = try #require(try store.account(named: "accra solar"))
        #expect(account.name == "Accra Solar" && account.stage == "onboarding" && account.owner == "sam")
        #expect(account.since == now && account.enteredAt == now && account.revenue == 12_000 && account.deals == 1)
        let followUps = try store.followUps(accountID: account.id)
        #expect(followUps.map(\.kind) == [.kickoff, .checkin, .review])
        // Three working days after Friday noon is Wednesday noon; then 30 and 90 calendar days.
        #expect(followUps.map(\.due) == [now + 5 * day, now + 30 * day, now + 90 * day])
        #expect(followUps.allSatisfy { $0.owner == "sam" && $0.leadID == 1 && $0.isOpen })
        let event = try #require(try store.boardEvents(limit: 1).last)
        #expect(event.kind == "account_opened" && event.subject == String(account.id))
        #expect(event.detail == "lead 1 won 12000 (new); follow-ups 1, 2, 3; manager sam")
        #expect(try store.accountTotals()["onboarding"] == StageTotal(leads: 1, value: 12_000))
        #expect(try BoardCheck.run(path: board.path).passed)
    }

    /// The band's columns read together (one statement) hold what each column's own read holds.
    @Test func theBandsColumnsReadTogetherMatchTheirOwnPages() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 1, amount: 12_000, expectedVersion: nil), actor: "ana", at: now)
        let stages = ["onboarding", "active", "at_risk", "churned"]
        let together = try store.accountPages(stages.map { ColumnPageRequest(stage: $0, start: .top, limit: 5) })
        #expect(together == (try stages.map { try store.accountPage(stage: $0, after: nil, limit: 5) }))
        #expect(together.map(\.count) == [1, 0, 0, 0])
        let account = try #require(together.first?.first)
        let cursor = BoardCursor(enteredAt: account.enteredAt, id: account.id)
        #expect(
            try store.accountPages([
                ColumnPageRequest(stage: "onboarding", start: .from(cursor), limit: 5),
                ColumnPageRequest(stage: "active", start: .top, limit: 5),
            ]).map { $0.map(\.id) } == [[account.id], []])
    }

    @Test func aSecondWinOfTheSameCompanyGrowsItsAccount() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 1, amount: 10_000, expectedVersion: nil), actor: "ana", at: now - 10 * day)
        try store.createLead(
            Lead(
                id: 9, name: "Ama Owusu", company: "  accra SOLAR ", owner: "ana", stage: "proposal", value: 3_000,
                createdAt: now - 5 * day, enteredAt: now - 5 * day), actor: "elena")
        try store.apply(.won(leadID: 9, amount: 3_000, expectedVersion: nil), actor: "ana", at: now)
        #expect(try store.accounts().count == 1)
        let account = try #require(try store.account(named: "Accra Solar"))
        #expect(account.revenue == 13_000 && account.deals == 2 && account.since == now - 10 * day)
        #expect(try store.deals(accountID: account.id).map(\.id) == [9, 1])
        #expect(try store.followUps(accountID: account.id).count == 6)
        #expect(try store.boardEvents(limit: 1).last?.kind == "account_purchase")
    }

    @Test func undoingTheWinTakesTheAccountBackAndRedoBringsItAgain() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 2, amount: 20_000, expectedVersion: nil), actor: "ana", at: now)
        #expect(try store.accountCount() == 1)
        try store.apply(.undo, actor: "ana", at: now + 60)
        #expect(try store.accountCount() == 0)
        #expect(try store.openFollowUpCount() == 0)
        #expect(try store.lead(id: 2)?.stage == "negotiation")
        #expect(try store.boardEvents(limit: 1).last?.kind == "account_removed")
        try store.apply(.redo, actor: "ana", at: now + 120)
        let account = try #require(try store.account(named: "Atelier Lumière"))
        #expect(account.revenue == 20_000 && account.stage == "onboarding" && account.since == now + 120)
        #expect(try store.openFollowUpCount() == 3)
        #expect(try BoardCheck.run(path: board.path).passed)
    }

    @Test func anAccountWorkedOnStaysWhenItsWinIsUndone() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 2, amount: 20_000, expectedVersion: nil), actor: "ana", at: now)
        let account = try #require(try store.account(named: "Atelier Lumière"))
        try store.apply(.recordSatisfaction(accountID: account.id, score: 9, comment: ""), actor: "sam", at: now + 30)
        try store.apply(.undo, actor: "ana", at: now + 60)
        let kept = try #require(try store.account(id: account.id))
        #expect(kept.revenue == 0 && kept.deals == 0)
        // The win's own follow-ups went with it; the answer stays.
        #expect(try store.followUps(accountID: account.id).isEmpty)
        #expect(try store.satisfactionAnswers(accountID: account.id).count == 1)
    }

    @Test func movingAnAccountMarksOnboardingDoneAndChurn() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 3, amount: 5_000, expectedVersion: nil), actor: "ana", at: now)
        let id = try #require(try store.account(named: "Kettle & Co")).id
        let active = try store.apply(.move(accountID: id, toStage: "active", expectedVersion: 1), actor: "sam", at: now + 12 * day)
        #expect(active.account.onboardedAt == now + 12 * day && active.account.stage == "active" && active.account.version == 2)
        #expect(active.event.kind == "account_moved" && active.event.detail == "onboarding -> active")
        let churned = try store.apply(.move(accountID: id, toStage: "churned", expectedVersion: 2), actor: "sam", at: now + 40 * day)
        #expect(churned.account.churnedAt == now + 40 * day && churned.account.onboardedAt == now + 12 * day)
        // A change made on a version someone else already changed is refused, nothing overwritten.
        #expect(throws: HandoffError.self) {
            try store.apply(.move(accountID: id, toStage: "active", expectedVersion: 2), actor: "sam", at: now + 41 * day)
        }
        let back = try store.apply(.move(accountID: id, toStage: "active", expectedVersion: 3), actor: "sam", at: now + 42 * day)
        #expect(back.account.churnedAt == nil)
        // A lead cannot be moved into the band, nor an account out of it.
        #expect(throws: HandoffError.self) {
            try store.apply(.move(leadID: 1, toStage: "active", expectedVersion: nil), actor: "elena", at: now)
        }
        #expect(throws: HandoffError.self) {
            try store.apply(.move(accountID: id, toStage: "won", expectedVersion: nil), actor: "sam", at: now)
        }
    }

    @Test func aDetractorIsCalledBackWithinTheCustomerTeamsServiceLevel() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 4, amount: 8_000, expectedVersion: nil), actor: "ana", at: now - 2 * day)
        let id = try #require(try store.account(named: "Panadería García")).id
        try store.apply(.recordSatisfaction(accountID: id, score: 9, comment: "muy contentos"), actor: "sam", at: now - day)
        let before = try store.openFollowUpCount()
        let change = try store.apply(.recordSatisfaction(accountID: id, score: 4, comment: "slow support"), actor: "sam", at: now)
        #expect(change.account.lastScore == 4)
        let callBack = try #require(try store.followUps(accountID: id).first { $0.kind == .detractor })
        // 24 working hours from Friday noon: 5 on Friday, 8 on Monday, 8 on Tuesday, 3 on Wednesday.
        #expect(callBack.due == now + 5 * day && callBack.owner == "sam" && callBack.body == "slow support")
        #expect(try store.openFollowUpCount() == before + 1)
        #expect(change.event.detail == "4/10: slow support; detractor: call back #\(callBack.id) · sam · due 2026-11-25 12:00")
        #expect(throws: HandoffError.self) {
            try store.apply(.recordSatisfaction(accountID: id, score: 11, comment: ""), actor: "sam", at: now)
        }
    }

    @Test func followUpsAreAddedAndDoneByTheCustomerTeam() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 1, amount: 10_000, expectedVersion: nil), actor: "ana", at: now)
        let id = try #require(try store.account(named: "Accra Solar")).id
        let kickoff = try #require(try store.followUps(accountID: id).first)
        try store.apply(.setFollowUpDone(followUpID: kickoff.id, done: true), actor: "sam", at: now + day)
        #expect(try store.followUp(id: kickoff.id)?.doneBy == "sam")
        #expect(throws: HandoffError.self) {
            try store.apply(.setFollowUpDone(followUpID: kickoff.id, done: true), actor: "sam", at: now + day)
        }
        try store.apply(
            .addFollowUp(accountID: id, body: "Send the training plan", due: now + 3 * day, owner: nil), actor: "sam", at: now + day)
        #expect(try store.openFollowUps(owner: "sam").first?.body == "Send the training plan")
        #expect(try store.openFollowUps(owner: "sam", dueBefore: now + 4 * day).count == 1)
        #expect(throws: HandoffError.self) {
            try store.apply(.addFollowUp(accountID: id, body: "Too late", due: now, owner: nil), actor: "sam", at: now + day)
        }
    }

    @Test func aRepeatDealStartsInSalesLinkedToItsAccountAndIsNoMQL() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 1, amount: 10_000, expectedVersion: nil), actor: "ana", at: now - 20 * day)
        let id = try #require(try store.account(named: "Accra Solar")).id
        let created = try store.apply(
            .openDeal(accountID: id, DealDraft(kind: .upsell, name: "Accra Solar: 20 more seats", value: 4_000, owner: "ana")),
            actor: "sam", at: now - 10 * day)
        let deal = try store.requireLead(id: created.leadID)
        #expect(deal.stage == "sal" && deal.company == "Accra Solar" && deal.source == "customer" && deal.owner == "ana")
        #expect(try store.customerLinks(leadID: deal.id).kind == .upsell)
        #expect(
            try store.connection.scalar("SELECT count(*) FROM leads WHERE id = ? AND mql_at IS NULL AND sal_at IS NULL", .integer(deal.id))
                == 1)
        try store.apply(.move(leadID: deal.id, toStage: "proposal", expectedVersion: nil), actor: "ana", at: now - 5 * day)
        #expect(
            try store.connection.scalar("SELECT count(*) FROM leads WHERE id = ? AND mql_at IS NULL AND sql_at IS NULL", .integer(deal.id))
                == 1)
        try store.apply(.won(leadID: deal.id, amount: 4_500, expectedVersion: nil), actor: "ana", at: now)
        let account = try store.requireAccount(id: id)
        #expect(account.revenue == 14_500 && account.deals == 2)
        #expect(try store.accounts().count == 1)
    }

    @Test func aReferralNamesTheCustomerAndMakesTheSourceReferral() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.apply(.won(leadID: 1, amount: 10_000, expectedVersion: nil), actor: "ana", at: now - 20 * day)
        let id = try #require(try store.account(named: "Accra Solar")).id
        // An edit form opened before the referral holds the old source: saving it is a conflict,
        // never the referral quietly written over.
        let opened = try #require(try store.lead(id: 2))
        let event = try store.apply(.refer(leadID: 2, accountID: id, expectedVersion: nil), actor: "ana", at: now)
        #expect(try store.lead(id: 2)?.version == opened.version + 1)
        var stale = LeadDraft(lead: opened)
        stale.phone = "+34 600 000 000"
        #expect(throws: HandoffError.self) {
            try store.apply(.edit(leadID: 2, stale, expectedVersion: opened.version), actor: "ana", at: now)
        }
        #expect(event.kind == "referred" && event.detail == "by account \(id) (Accra Solar); source was web")
        #expect(try store.lead(id: 2)?.source == "referral")
        #expect(try store.customerLinks(leadID: 2).referredBy?.id == id)
        #expect(try store.referrals(accountID: id).map(\.id) == [2])
        // A customer's own deal is not its referral.
        #expect(throws: HandoffError.self) {
            try store.apply(.refer(leadID: 1, accountID: id, expectedVersion: nil), actor: "ana", at: now)
        }
        try store.apply(.refer(leadID: 2, accountID: nil, expectedVersion: nil), actor: "ana", at: now + 60)
        #expect(try store.customerLinks(leadID: 2).referredBy == nil)
    }

    @Test func theAccountManagerIsTheCustomerTeamMemberWithFewestCustomers() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        try store.addMember(Member(login: "pia", name: "Pia Lind", team: "success"), actor: "elena", now: now - 100)
        try store.apply(.won(leadID: 1, amount: 1_000, expectedVersion: nil), actor: "ana", at: now)
        try store.apply(.won(leadID: 2, amount: 1_000, expectedVersion: nil), actor: "ana", at: now)
        try store.apply(.won(leadID: 3, amount: 1_000, expectedVersion: nil), actor: "ana", at: now)
        // Pia and Sam both have none: Pia by login; then Sam has fewer; then a tie again.
        #expect(try store.accounts().map { $0.owner ?? "" } == ["pia", "sam", "pia"])
    }

    @Test func theScheduleIsABoardSetting() throws {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam()
        #expect(try store.followUpSchedule() == .standard)
        let schedule = try FollowUpSchedule.parse("kickoff=1wd,review=60d").get()
        #expect(throws: HandoffError.self) { try store.setFollowUpSchedule(schedule, actor: "sam", now: now - 10) }
        try store.setFollowUpSchedule(schedule, actor: "elena", now: now - 10)
        try store.apply(.won(leadID: 1, amount: 1_000, expectedVersion: nil), actor: "ana", at: now)
        let id = try #require(try store.account(named: "Accra Solar")).id
        // One working day after Friday noon is Monday noon.
        #expect(try store.followUps(accountID: id).map(\.due) == [now + 3 * day, now + 60 * day])
        #expect(
            try store.boardEvents(limit: 3).contains {
                $0.kind == "setting_changed" && $0.detail == "kickoff=3wd,checkin=30d,review=90d -> kickoff=1wd,review=60d"
            })
    }
}
