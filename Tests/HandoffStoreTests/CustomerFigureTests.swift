import Foundation
import HandoffCore
@testable import HandoffStore
import HandoffTestSupport
import Testing

/// The customer figures against a board small enough to check on paper. From Friday 2026-11-20
/// 12:00 UTC (`now`), the period is the 30 days before it and the day after:
///
/// | when | what |
/// | --- | --- |
/// | -50 d | lead 1 won, 10,000: Accra Solar (A) a customer |
/// | -40 d | lead 2 won, 20,000: Atelier Lumière (B) |
/// | -28 d | B onboarded (12 days) |
/// | -25 d | A onboarded (25 days) |
/// | -20 d | an upsell opened for A; lead 4 referred by A; lead 9 created, referred by B |
/// | -15 d | A answers 9 (promoter) |
/// | -10 d | the upsell won, 4,500 |
/// | -7 d | B answers 4 (detractor) |
/// | -5 d | lead 3 won, 5,000: Kettle & Co (C) |
/// | -3 d | B churned |
/// | -2 d | C answers 7 (passive); lead 9 lost |
/// | -1 d | lead 4 won, 8,000: Panadería García (D) |
@Suite struct CustomerFigureTests {
    let now = TemporaryBoard.now
    let day: Int64 = 86_400

    func board() throws -> (TemporaryBoard, Store) {
        let board = TemporaryBoard()
        let store = try board.seedCustomerTeam(dealsCreated: now - 60 * day)
        try store.apply(.won(leadID: 1, amount: 10_000, expectedVersion: nil), actor: "ana", at: now - 50 * day)
        try store.apply(.won(leadID: 2, amount: 20_000, expectedVersion: nil), actor: "ana", at: now - 40 * day)
        let a = try #require(try store.account(named: "Accra Solar")).id
        let b = try #require(try store.account(named: "Atelier Lumière")).id
        try store.apply(.move(accountID: b, toStage: "active", expectedVersion: nil), actor: "sam", at: now - 28 * day)
        try store.apply(.move(accountID: a, toStage: "active", expectedVersion: nil), actor: "sam", at: now - 25 * day)
        let upsell = try store.apply(
            .openDeal(accountID: a, DealDraft(kind: .upsell, name: "Accra Solar: more panels", value: 4_000, owner: "ana")),
            actor: "sam", at: now - 20 * day)
        try store.apply(.refer(leadID: 4, accountID: a, expectedVersion: nil), actor: "ana", at: now - 20 * day)
        try store.createLead(
            Lead(
                id: 9, name: "Noor Haddad", company: "Haddad Tiles", source: "web", owner: "ana", stage: "proposal", value: 3_000,
                createdAt: now - 20 * day, enteredAt: now - 20 * day), actor: "elena")
        try store.apply(.refer(leadID: 9, accountID: b, expectedVersion: nil), actor: "ana", at: now - 20 * day)
        try store.apply(.recordSatisfaction(accountID: a, score: 9, comment: ""), actor: "sam", at: now - 15 * day)
        try store.apply(.won(leadID: upsell.leadID, amount: 4_500, expectedVersion: nil), actor: "ana", at: now - 10 * day)
        try store.apply(.recordSatisfaction(accountID: b, score: 4, comment: "slow support"), actor: "sam", at: now - 7 * day)
        try store.apply(.won(leadID: 3, amount: 5_000, expectedVersion: nil), actor: "ana", at: now - 5 * day)
        try store.apply(.move(accountID: b, toStage: "churned", expectedVersion: nil), actor: "sam", at: now - 3 * day)
        let c = try #require(try store.account(named: "Kettle & Co")).id
        try store.apply(.recordSatisfaction(accountID: c, score: 7, comment: ""), actor: "sam", at: now - 2 * day)
        try store.apply(.lost(leadID: 9, reason: "price", expectedVersion: nil), actor: "ana", at: now - 2 * day)
        try store.apply(.won(leadID: 4, amount: 8_000, expectedVersion: nil), actor: "ana", at: now - day)
        return (board, store)
    }

    var period: KPIPeriod { KPIPeriod(kind: .custom, start: now - 30 * day, end: now + day) }

    @Test func everyCustomerFigureIsWhatThePaperSays() throws {
        let (board, store) = try board()
        let figures = try store.customerFigures(period, now: now)
        // A and B were customers 30 days ago; B churned since.
        #expect(figures.customersAtStart == 2 && figures.customersLost == 1)
        #expect(figures.retentionRate == 0.5 && figures.churnRate == 0.5)
        // A, B, C and D had bought by the end; only A twice.
        #expect(figures.customersByEnd == 4 && figures.repeatCustomers == 1 && figures.repeatPurchaseRate == 0.25)
        // A and B were won 30,000 in the 30 days before the period, and 4,500 (A's upsell) in it.
        #expect(figures.startingCustomersRevenue == 4_500 && figures.startingCustomersRevenueBefore == 30_000)
        #expect(figures.netRevenueRetention == 0.15)
        #expect(figures.repeatDealsWon == 1 && figures.repeatRevenue == 4_500)
        // One promoter, one passive, one detractor: NPS 0.
        #expect(figures.promoters == 1 && figures.passives == 1 && figures.detractors == 1 && figures.netPromoterScore == 0)
        // 14,500 + 20,000 + 5,000 + 8,000 over four accounts, each younger than a year.
        #expect(figures.accounts == 4 && figures.accountRevenue == 47_500 && figures.accountYears == 4)
        #expect(figures.averageRevenuePerAccount == 11_875 && figures.revenuePerAccountYear == 11_875)
        // Onboarding took 12 days for B and 25 for A.
        #expect(figures.onboarded == 2 && figures.medianOnboardingDays == 18.5)
        // Lead 9 was created in the period as a referral and lost; lead 4 (created before) was won.
        #expect(figures.referrals == 1 && figures.referralsWon == 1 && figures.referralsLost == 1 && figures.referralWinRate == 0.5)
        #expect(figures.referralRevenue == 8_000)
        #expect(try BoardCheck.run(path: board.path).passed)
    }

    @Test func theDashboardAndKPIJSONShowThemBesideTheFormulaCLTV() throws {
        let (_, store) = try board()
        let report = try store.kpiReport(period: period, now: now)
        let json = report.jsonObject()
        #expect(json["retention_rate"] as? Double == 0.5 && json["nps"] as? Double == 0 && json["net_revenue_retention"] as? Double == 0.15)
        #expect(json["arpa"] as? Double == 11_875 && json["real_cltv"] as? Double == 11_875)
        // The formula CLTV over the same board: all-time deals won (5) over customers (4 companies)
        // times the period's average deal size (4,500 + 5,000 + 8,000) / 3, lifespan 1 year.
        let formula = try #require(json["cltv"] as? Double)
        #expect(abs(formula - 17_500.0 / 3 * 5 / 4) < 0.01)
        let inputs = try #require((json["inputs"] as? [String: Any])?["customers"] as? [String: Any])
        #expect(inputs["customers_at_start"] as? Int == 2 && inputs["promoters"] as? Int == 1)
        let real = try #require(KPIDefinition.named("real_cltv"))
        #expect(real.inputs(in: report) == "(47,500 / 4 account-years) × 1 year")
        #expect(real.formula.hasPrefix("Real CLTV = (revenue to date of every account"))
    }

    @Test func theMeetingLooksAtOverdueFollowUpsAtRiskAccountsDetractorsAndReferrals() throws {
        let (_, store) = try board()
        let a = try #require(try store.account(named: "Accra Solar")).id
        try store.apply(.move(accountID: a, toStage: "at_risk", expectedVersion: nil), actor: "sam", at: now - day)
        try store.apply(.edit(accountID: a, owner: "sam", renewalAt: now + 10 * day, expectedVersion: nil), actor: "sam", at: now - day)
        let agenda = try store.meetingAgenda(now: now, since: now - 8 * day)
        let item = try #require(agenda.items.first { $0.kind == .customers })
        let texts = item.entries.map(\.text)
        // B's kick-off was due 2026-10-16; every win's kick-off and A's check-in are past due by now.
        #expect(texts.contains { $0.hasPrefix("overdue: Kick-off with Atelier Lumière") })
        #expect(texts.contains("renewal: Accra Solar on 2026-11-30 · 14,500 EUR · Sam Okafor"))
        #expect(texts.contains("at risk: Accra Solar · 14,500 EUR · Sam Okafor"))
        #expect(texts.contains("detractor: Atelier Lumière answered 4/10 · slow support · Sam Okafor"))
        #expect(texts.contains("referral won: Íñigo Muñoz (Panadería García), referred by Accra Solar · 8,000 EUR"))
        #expect(item.headline.hasSuffix("renewals within 30 days: 1 · at risk: 1 · detractors: 1 · referrals won: 1"))
    }
}
