import HandoffCore
import Testing

/// Ratios, medians, proration and the way figures and their changes are written.
@Suite struct KPIArithmeticTests {
    @Test func aZeroDenominatorIsUndefinedNeverNaN() {
        #expect(KPIMath.ratio(3, 4) == 0.75)
        #expect(KPIMath.ratio(1, 0) == nil)
        #expect(KPIMath.ratio(0.0, 0.0) == nil)
        #expect(KPIMath.change(from: 40, to: 50) == 0.25)
        #expect(KPIMath.change(from: 0, to: 5) == nil)
        #expect(KPIMath.change(from: nil, to: 5) == nil)
    }

    @Test func mediansFromTheMiddleOfASortedList() {
        #expect(KPIMath.median(middle: [3], count: 1) == 3)
        #expect(KPIMath.median(middle: [3, 8], count: 5) == 3)
        #expect(KPIMath.median(middle: [2, 4], count: 4) == 3)
        #expect(KPIMath.median(middle: [], count: 0) == nil)
        #expect([0, 1, 2, 4, 5].map(KPIMath.medianOffset) == [0, 0, 0, 1, 2])
    }

    @Test func prorationTakesThePartInsideThePeriod() {
        #expect(KPIMath.prorate(300, from: 0, to: 30, start: 10, end: 20) == 100)
        #expect(KPIMath.prorate(300, from: 0, to: 30, start: -5, end: 100) == 300)
        #expect(KPIMath.prorate(300, from: 0, to: 30, start: 30, end: 40) == 0)
        #expect(KPIMath.prorate(300, from: 30, to: 30, start: 0, end: 40) == 0)
        let week = KPIPeriod(kind: .custom, start: 0, end: 7 * 86_400)
        #expect(KPICampaignRow.spend(700, started: -7 * 86_400, ended: 7 * 86_400, in: week) == 350)
        #expect(KPICampaignRow.spend(700, started: nil, ended: nil, in: week) == 0)
        #expect(KPICampaignRow.spend(700, started: nil, ended: nil, in: .allTime) == 700)
    }

    @Test func ratiosOfAPeriodsFigures() {
        var f = KPIFigures()
        f.leadsCreated = 4; f.mqls = 2; f.marketingSpend = 1_000; f.accepted = 3; f.rejected = 1; f.slaDue = 4; f.slaOnTime = 3
        f.mqlsReachingSQL = 1; f.dealsWon = 2; f.dealsLost = 2; f.revenueWon = 5_000; f.revenueGoal = 10_000
        f.dealsWonAllTime = 3; f.customersAllTime = 2; f.customerLifespanYears = 2; f.medianResponseSeconds = 9_000
        #expect(f.acceptanceRate == 0.75 && f.costPerLead == 250 && f.costPerMQL == 500 && f.roi == 4)
        #expect(f.slaCompliance == 0.75 && f.mqlToSQLRate == 0.5 && f.winRate == 0.5 && f.averageDealSize == 2_500)
        #expect(
            f.goalAttainment == 0.5 && f.purchasesPerCustomer == 1.5 && f.customerLifetimeValue == 7_500 && f.medianResponseHours == 2.5)
        let empty = KPIFigures()
        let ratios = [
            empty.acceptanceRate, empty.costPerLead, empty.costPerMQL, empty.roi, empty.slaCompliance, empty.mqlToSQLRate, empty.winRate,
            empty.averageDealSize, empty.goalAttainment, empty.purchasesPerCustomer, empty.customerLifetimeValue, empty.medianResponseHours,
        ]
        #expect(ratios.allSatisfy { $0 == nil })
    }

    @Test func figuresAreWrittenForPeople() {
        #expect(KPIFormat.value(nil, unit: .count) == "n/a")
        #expect(KPIFormat.value(1_234, unit: .count) == "1,234")
        #expect(KPIFormat.value(0.8235, unit: .percent) == "82.4%")
        #expect(KPIFormat.value(0.05, unit: .percent) == "5%")
        #expect(KPIFormat.value(29.221, unit: .percent) == "2,922%")
        #expect(KPIFormat.value(5.25, unit: .hours) == "5.3 h")
        #expect(KPIFormat.value(51, unit: .days) == "51 d")
        #expect(KPIFormat.value(-0.5, unit: .days) == "-0.5 d")
        #expect(KPIFormat.value(.nan, unit: .money) == "n/a")
    }

    @Test func changesInPointsForRatesAndInPercentForTheRest() {
        #expect(KPIFormat.change(from: 0.5, to: 0.6, unit: .percent) == "+10 pts")
        #expect(KPIFormat.change(from: 0.884, to: 0.766, unit: .percent) == "-11.8 pts")
        #expect(KPIFormat.change(from: 40, to: 50, unit: .count) == "+25%")
        #expect(KPIFormat.change(from: 50, to: 40, unit: .money) == "-20%")
        #expect(KPIFormat.change(from: 7, to: 7, unit: .count) == "0%")
        #expect(KPIFormat.change(from: 0, to: 5, unit: .count) == "n/a")
        #expect(KPIFormat.change(from: nil, to: 5, unit: .count) == "n/a")
    }

    @Test func whetherAChangeIsGoodNewsDependsOnTheFigure() {
        #expect(KPIFormat.trend(from: 1, to: 2, direction: .higherIsBetter) == .better)
        #expect(KPIFormat.trend(from: 1, to: 2, direction: .lowerIsBetter) == .worse)
        #expect(KPIFormat.trend(from: 2, to: 1, direction: .lowerIsBetter) == .better)
        #expect(KPIFormat.trend(from: 1, to: 2, direction: .neutral) == .flat)
        #expect(KPIFormat.trend(from: 2, to: 2, direction: .higherIsBetter) == .flat)
        #expect(KPIFormat.trend(from: nil, to: 2, direction: .higherIsBetter) == .unknown)
    }

    @Test func theDivisionBehindARatioIsShownWithItsNumbers() {
        var f = KPIFigures()
        f.accepted = 135; f.rejected = 29; f.slaOnTime = 3; f.slaDue = 5
        let report = KPIReport(
            period: .allTime, previousPeriod: nil, current: f, previous: nil,
            weekly: KPIWeeklySeries(firstWeekStart: 0, leads: [], mqls: [], revenue: []), asOf: 0)
        #expect(KPIDefinition.named("acceptance_rate")?.inputs(in: report) == "135 / (135 + 29)")
        #expect(KPIDefinition.named("sla_compliance")?.inputs(in: report) == "3 on time / 5 due")
        #expect(KPIDefinition.named("leads_created")?.inputs(in: report) == nil)
    }

    @Test func everyFigureHasAFormulaAndAUniqueKey() {
        let all = KPIDefinition.figures + KPIDefinition.charts
        #expect(Set(all.map(\.id)).count == all.count)
        #expect(all.allSatisfy { $0.formula.contains("=") || $0.formula.contains(":") })
        let required = [
            "leads_created", "mqls", "handoffs", "accepted", "rejected", "acceptance_rate", "sqls", "mql_to_sql_rate", "deals_won",
            "deals_lost", "win_rate", "revenue_won", "avg_deal_size", "median_cycle_days", "pipeline_value", "weighted_pipeline",
            "marketing_spend", "cpl", "roi", "sla_compliance", "median_response_hours", "lead_velocity_rate",
        ]
        #expect(Set(required).isSubset(of: Set(KPIDefinition.figures.map(\.id))))
    }

    /// The store hands over counts and ids; the words are the reader's. (The store once wrote the
    /// funnel's steps and "(no campaign)" in English, and the Spanish report printed them so.)
    @Test func theReportNamesTheFunnelAndTheLeadsWithoutACampaignInTheReadersLanguage() {
        let report = KPIReport(
            period: .allTime, previousPeriod: nil, current: KPIFigures(), previous: nil,
            funnel: KPIFunnelStep.steps([(.created, 10), (.mql, 4), (.sal, 2), (.sql, 1), (.won, 1)]),
            weekly: KPIWeeklySeries(firstWeekStart: 0, leads: [], mqls: [], revenue: []),
            campaigns: [KPICampaignRow(id: "", name: "", leads: 3)], asOf: 0)
        let spanish = report.textLines(Strings(.spanish)).joined(separator: "\n")
        #expect(spanish.contains("Leads creados 10") && spanish.contains("(sin campaña)"), "\(spanish)")
        #expect(!spanish.contains("Leads created") && !spanish.contains("(no campaign)"))
        let english = report.textLines(.english).joined(separator: "\n")
        #expect(
            english.contains("Leads created 10") && english.contains("Became MQL 4 (40%)") && english.contains("(no campaign)"),
            "\(english)")
        #expect(report.funnel.map { $0.title(.english) } == ["Leads created", "Became MQL", "Accepted (SAL)", "Became SQL", "Won"])
    }
}
