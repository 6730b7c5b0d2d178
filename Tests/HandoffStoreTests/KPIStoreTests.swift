import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Every figure of the dashboard on the hand-built board of `seedKPIBoard` (see its comment for
/// the story), with the answers worked out by hand here.
@Suite struct KPIStoreTests {
    let now = TemporaryBoard.now
    let week = TemporaryBoard.kpiWeek

    @Test func marketingFiguresOfTheWeek() throws {
        let board = TemporaryBoard()
        let report = try board.seedKPIBoard().kpiReport(period: week, now: now)
        let f = report.current
        // Created in the week: 1, 2, 5, 6, 7 (3 and 4 were created the week before).
        #expect(f.leadsCreated == 5)
        // First handed off in the week: 1, 2, 3, 5, 7.
        #expect(f.mqls == 5)
        // Spring: 700 over 14 days, 7 of them in the week; the fair has no dates.
        #expect(f.marketingSpend == 350)
        #expect(f.costPerLead == 70)
        #expect(f.costPerMQL == 70)
        #expect(f.roi == (30_000 - 350) / 350.0)
        // 5 MQLs against 1 (lead 4) the week before.
        #expect(report.leadVelocityRate == 4)
        #expect(
            report.leadsBySource == [
                KPIGroupCount(key: "web", count: 3), KPIGroupCount(key: "ads", count: 1), KPIGroupCount(key: "event", count: 1),
            ])
    }

    @Test func handoffFiguresLeaveTheUndoneAcceptanceOut() throws {
        let board = TemporaryBoard()
        let f = try board.seedKPIBoard().kpiReport(period: week, now: now).current
        #expect(f.handoffs == 5)
        // 1 and 3 accepted; 7's acceptance was undone, then 7 and 2 were rejected.
        #expect(f.accepted == 2)
        #expect(f.rejected == 2)
        #expect(f.acceptanceRate == 0.5)
        // Due in the week: 1 (Thu 10:00), 2 (Thu 17:00), 3 (Wed 17:00, answered Thu: late), 7's
        // rejection (Fri 11:00), and 5, still waiting since its Wednesday deadline.
        #expect(f.slaDue == 5)
        #expect(f.slaOnTime == 3)
        #expect(f.slaCompliance == 0.6)
        // Answers in the week: 70 min, 2 h, 23 h, 25 h: the median is (2 h + 23 h) / 2.
        #expect(f.medianResponseSeconds == 45_000)
        #expect(f.medianResponseHours == 12.5)
    }

    @Test func salesFiguresOfTheWeek() throws {
        let board = TemporaryBoard()
        let f = try board.seedKPIBoard().kpiReport(period: week, now: now).current
        // Only lead 1 became SQL this week (lead 4 did on 10-30 by moving to proposal).
        #expect(f.sqls == 1)
        // Of the 5 MQLs, only lead 1 has reached SQL since.
        #expect(f.mqlsReachingSQL == 1)
        #expect(f.mqlToSQLRate == 0.2)
        #expect(f.dealsWon == 2 && f.dealsLost == 1)
        #expect(f.winRate == 2.0 / 3.0)
        #expect(f.revenueWon == 30_000)
        #expect(f.averageDealSize == 15_000)
        // Lead 1: 3 days 1 hour; lead 4: 10 days 2 hours. Whole days 3 and 10.
        #expect(f.medianCycleDays == 6.5)
        // Now: lead 8 in proposal (50%); lead 5 idle in the handoff since 11-02; lead 6 would be
        // stale but for its note.
        #expect(f.pipelineValue == 8_000)
        #expect(f.weightedPipeline == 4_000)
        #expect(f.staleLeads == 1)
    }

    @Test func sharedFiguresFunnelAndGoal() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let report = try store.kpiReport(period: week, now: now)
        let f = report.current
        // 30,000 for the 30 days of November; 7 of them in the week.
        #expect(f.revenueGoal == 7_000)
        #expect(f.goalAttainment == 30_000 / 7_000.0)
        // Both wins are Acme Foods (case aside): one customer, two purchases.
        #expect(f.dealsWonAllTime == 2 && f.customersAllTime == 1)
        #expect(f.customerLifetimeValue == 30_000)
        try store.connection.execute("INSERT INTO settings(key, value) VALUES ('customer_lifespan_years', '3')")
        #expect(try store.kpiReport(period: week, now: now).current.customerLifetimeValue == 90_000)
        // Created in the week: 1, 2, 5, 6, 7. MQL: 1, 2, 5, 7. Accepted: 1 (7's was undone).
        #expect(
            report.funnel == [
                KPIFunnelStep(stage: .created, count: 5, conversion: nil),
                KPIFunnelStep(stage: .mql, count: 4, conversion: 0.8),
                KPIFunnelStep(stage: .sal, count: 1, conversion: 0.25),
                KPIFunnelStep(stage: .sql, count: 1, conversion: 1),
                KPIFunnelStep(stage: .won, count: 1, conversion: 1),
            ])
        #expect(report.rejectionReasons == [KPIGroupCount(key: "no_budget", count: 1), KPIGroupCount(key: "student", count: 1)])
    }

    @Test func theWeekBeforeIsComparedWithTheSameFormulas() throws {
        let board = TemporaryBoard()
        let report = try board.seedKPIBoard().kpiReport(period: week, now: now)
        #expect(
            report.previousPeriod == (try KPIPeriod.custom(from: TemporaryBoard.kpiWeekStart - 7 * 86_400, to: TemporaryBoard.kpiWeekStart))
        )
        let before = try #require(report.previous)
        #expect(before.leadsCreated == 2 && before.mqls == 1 && before.handoffs == 1 && before.accepted == 1 && before.rejected == 0)
        #expect(before.sqls == 1 && before.dealsWon == 0 && before.revenueWon == 0)
        #expect(before.marketingSpend == 350)
        #expect(before.slaDue == 1 && before.slaOnTime == 1 && before.medianResponseSeconds == 3_600)
        // Only 11-01, one day of November's goal, falls in the week before.
        #expect(before.revenueGoal == 1_000 && before.goalAttainment == 0)
        #expect(before.winRate == nil && before.averageDealSize == nil && before.medianCycleDays == nil)
        // "Now" figures are not repeated for the period before.
        #expect(before.pipelineValue == nil && before.staleLeads == nil)
    }

    @Test func repsAndCampaignsOfTheWeek() throws {
        let board = TemporaryBoard()
        let report = try board.seedKPIBoard().kpiReport(period: week, now: now)
        #expect(
            report.reps == [
                KPIRepRow(login: "ana", name: "Ana López", accepted: 1, won: 2, revenue: 30_000, medianResponseSeconds: 7_200),
                // Ben answered in 70 min, 23 h and 25 h.
                KPIRepRow(login: "ben", name: "Ben Okafor", accepted: 1, won: 0, revenue: 0, medianResponseSeconds: 82_800),
            ])
        let spring = try #require(report.campaigns.first { $0.id == "spring" })
        #expect(
            spring
                == KPICampaignRow(
                    id: "spring", name: "Spring webinar", owner: "lucia", spend: 350, leads: 3, mqls: 3, accepted: 1, won: 1,
                    revenue: 10_000))
        #expect(spring.costPerLead == 350 / 3.0)
        let fair = try #require(report.campaigns.first { $0.id == "fair" })
        #expect(fair.spend == 0 && fair.leads == 0 && fair.costPerLead == nil && fair.roi == nil)
        let none = try #require(report.campaigns.first { $0.id == "" })
        #expect(none == KPICampaignRow(id: "", name: "", leads: 2, mqls: 2, accepted: 1, won: 1, revenue: 20_000))
    }

    @Test func allTimeCountsEverythingAndHasNothingToCompareWith() throws {
        let board = TemporaryBoard()
        let report = try board.seedKPIBoard().kpiReport(period: .allTime, now: now)
        let f = report.current
        #expect(f.leadsCreated == 8)
        // Lead 8 was created in proposal: an SQL from its creation, but never an MQL, since it
        // never came through the handoff.
        #expect(f.mqls == 6 && f.sqls == 3)
        #expect(report.beganInSales == 1)
        // Spring's 700 and the fair's 1,000, which has no dates.
        #expect(f.marketingSpend == 1_700)
        #expect(f.revenueGoal == 30_000)
        #expect(report.previous == nil && report.previousPeriod == nil && report.leadVelocityRate == nil)
    }

    @Test func anEmptyBoardHasZerosAndNoRatios() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try store.kpiReport(period: week, now: now)
        let f = report.current
        #expect(f.leadsCreated == 0 && f.mqls == 0 && f.handoffs == 0 && f.dealsWon == 0 && f.revenueWon == 0 && f.marketingSpend == 0)
        #expect(f.acceptanceRate == nil && f.mqlToSQLRate == nil && f.winRate == nil && f.averageDealSize == nil)
        #expect(f.costPerLead == nil && f.costPerMQL == nil && f.roi == nil && f.slaCompliance == nil && f.medianResponseHours == nil)
        #expect(f.medianCycleDays == nil && f.goalAttainment == nil && f.customerLifetimeValue == nil)
        #expect(report.leadVelocityRate == nil)
        #expect(f.pipelineValue == 0 && f.weightedPipeline == 0 && f.staleLeads == 0)
        #expect(report.funnel.map(\.conversion) == [nil, nil, nil, nil, nil])
        // JSON says null, never NaN.
        let json = try report.jsonText()
        #expect(json.contains("\"acceptance_rate\" : null") && !json.contains("NaN") && !json.lowercased().contains("inf"))
    }

    @Test func aPeriodIncludesItsFirstSecondAndExcludesItsEnd() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let start = TemporaryBoard.kpiWeekStart, end = start + 7 * 86_400
        for (id, time) in [(1, start - 1), (2, start), (3, end - 1), (4, end)] as [(Int64, Int64)] {
            try store.createLead(Lead(id: id, name: "Lead \(id)", stage: "lead", createdAt: time, enteredAt: time), actor: "seed")
        }
        #expect(try store.kpiFigures(week, now: now).leadsCreated == 2)
        #expect(try store.kpiFigures(try #require(week.previous), now: now).leadsCreated == 1)
        #expect(try store.kpiFigures(week.stepped(by: 1), now: now).leadsCreated == 1)
    }

    @Test func theScoringVersionIsTheLatestOneWhenTheBoardKeepsThem() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        #expect(try store.scoringVersion() == nil)
        // Versions as the scoring migration keeps them (its table exists on every board).
        try store.connection.execute(
            "INSERT INTO scoring_versions(id, at, author, comment, definition) VALUES (1, 0, 'a', '', 'threshold 1'), (2, 1, 'a', '', 'threshold 2')"
        )
        #expect(try store.scoringVersion() == 2)
        #expect(try store.kpiReport(period: week, now: now).scoringVersionText == "v2")
    }
}
