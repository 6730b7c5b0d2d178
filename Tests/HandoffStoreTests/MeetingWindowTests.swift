import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// One time window per meeting: its agenda and its KPIs count the same events, from the second
/// after the last meeting closed to now, so consecutive meetings add up to the span they cover
/// together and no event is counted in two of them.
@Suite struct MeetingWindowTests {
    static let day: Int64 = 86_400, hour: Int64 = 3_600, minute: Int64 = 60

    /// A generated year ending on `TemporaryBoard.now`, and four closes at odd moments of its last
    /// weeks: the first sets where the three meetings after it start.
    static func closes() -> [Int64] {
        let first = TemporaryBoard.now - 24 * day + 10 * hour + 37 * minute + 13
        return [
            first, first + 6 * day + 5 * hour + 13 * minute, first + 13 * day + 8 * hour + 24 * minute + 50,
            first + 20 * day + 6 * hour + 27 * minute,
        ]
    }

    static func figures(_ report: KPIReport) -> [String: Double] {
        let figures = report.current
        return [
            "leads_created": Double(figures.leadsCreated), "mqls": Double(figures.mqls),
            "mqls_reaching_sql": Double(figures.mqlsReachingSQL),
            "sqls": Double(figures.sqls), "handoffs": Double(figures.handoffs), "accepted": Double(figures.accepted),
            "rejected": Double(figures.rejected), "deals_won": Double(figures.dealsWon), "deals_lost": Double(figures.dealsLost),
            "revenue_won": figures.revenueWon, "sla_due": Double(figures.slaDue), "sla_on_time": Double(figures.slaOnTime),
            "marketing_spend": figures.marketingSpend, "revenue_goal": figures.revenueGoal ?? 0,
            "leads_by_source": Double(report.leadsBySource.reduce(0) { $0 + $1.count }),
            "rejection_reasons": Double(report.rejectionReasons.reduce(0) { $0 + $1.count }),
            "campaign_leads": Double(report.campaigns.reduce(0) { $0 + $1.leads }),
            "rep_won": Double(report.reps.reduce(0) { $0 + $1.won }),
        ]
    }

    /// What the agenda lists, by topic: its full counts.
    static func listed(_ agenda: MeetingAgenda) -> [String: Int] {
        var counts: [String: Int] = ["win": 0]
        for item in agenda.items where item.kind != .kpis && item.kind != .followUps {
            counts[item.kind.rawValue, default: 0] += item.kind == .win ? 1 : item.total
        }
        return counts
    }

    @Test func consecutiveMeetingsAddUpToTheirWholeSpanForEveryFigure() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        _ = try store.generate(leads: 4_000, seed: 11, until: TemporaryBoard.now, actor: "generator")
        let closes = MeetingWindowTests.closes()
        try store.closeMeeting(actor: "elena", now: closes[0])
        var meetings: [(figures: [String: Double], listed: [String: Int])] = []
        for close in closes.dropFirst() {
            let agenda = try store.meetingAgenda(now: close)
            let kpis = try #require(agenda.kpis)
            // The agenda and the KPI block speak of the same window and the same events.
            #expect(kpis.period.start == agenda.since && kpis.period.end == close + 1)
            let listed = MeetingWindowTests.listed(agenda)
            #expect(listed["new_mqls", default: 0] == kpis.current.handoffs)
            #expect(listed["accepted", default: 0] == kpis.current.accepted)
            #expect(listed["rejected", default: 0] == kpis.current.rejected)
            #expect(listed["win", default: 0] == kpis.current.dealsWon)
            #expect(listed["losses", default: 0] == kpis.current.dealsLost)
            meetings.append((MeetingWindowTests.figures(kpis), listed))
            try store.closeMeeting(actor: "elena", now: close)
        }
        let span = try store.meetingAgenda(now: closes[3], since: closes[0] + 1)
        let whole = MeetingWindowTests.figures(try #require(span.kpis))
        #expect(whole["handoffs", default: 0] > 20 && whole["deals_won", default: 0] > 2, "a span with something to count: \(whole)")
        for (name, total) in whole {
            let sum = meetings.reduce(0) { $0 + ($1.figures[name] ?? 0) }
            #expect(abs(sum - total) < 0.01, "\(name): the meetings count \(meetings.map { $0.figures[name] ?? 0 }), the span \(total)")
        }
        let spanListed = MeetingWindowTests.listed(span)
        for topic in ["new_mqls", "accepted", "rejected", "moves", "losses", "win"] {
            #expect(meetings.reduce(0) { $0 + $1.listed[topic, default: 0] } == spanListed[topic, default: 0], "\(topic)")
        }
    }

    /// A win at the very second a meeting closes belongs to that meeting only.
    @Test func anEventInTheSecondOfTheCloseIsOnOneAgendaOnly() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let close = TemporaryBoard.kpiWeekStart + 3 * MeetingWindowTests.day + 10 * MeetingWindowTests.hour
        // Lead 1 was won on Thursday at 10:00 exactly: close then.
        let first = try store.meetingAgenda(now: close)
        #expect(first.items.filter { $0.kind == .win }.map(\.celebration?.leadID) == [1])
        #expect(first.kpis?.current.dealsWon == 1)
        try store.closeMeeting(actor: "elena", now: close)
        let next = try store.meetingAgenda(now: close + 3 * MeetingWindowTests.day)
        #expect(next.since == close + 1)
        #expect(next.items.filter { $0.kind == .win }.map(\.celebration?.leadID) == [4])
        #expect(next.kpis?.current.dealsWon == 1)
    }

    /// The views that count facts at their instant say what the daily rollup says, day by day.
    @Test func theFactsAtTheirInstantAgreeWithTheDailyRollup() throws {
        for seed in [UInt64(3), 5] {
            let board = TemporaryBoard()
            let store = try board.open()
            _ = try store.generate(leads: 1_500, seed: seed, until: TemporaryBoard.now, actor: "generator")
            let byDay = try store.connection.prepare(
                """
                SELECT measure, at / 86400 AS day, key, count(*), sum(cents) FROM (
                    SELECT measure, at, key, cents FROM kpi_lead_moments
                    UNION ALL SELECT measure, at, key, cents FROM kpi_event_moments
                    UNION ALL SELECT measure, at, key, cents FROM kpi_response_moments) AS moments
                GROUP BY measure, day, key ORDER BY measure, day, key
                """
            ).rows([]) { "\($0.string(0)) \($0.int64(1)) \($0.string(2)) \($0.int64(3)) \($0.int64(4))" }
            #expect(try byDay == store.kpiRecountRows())
        }
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let byDay = try store.connection.prepare(
            """
            SELECT count(*) FROM (SELECT measure, at FROM kpi_lead_moments UNION ALL SELECT measure, at FROM kpi_event_moments
                                  UNION ALL SELECT measure, at FROM kpi_response_moments) AS moments
            """
        ).rows([]) { $0.int(0) }.first
        #expect(
            byDay
                == (try store.connection.prepare(
                    """
                    SELECT count(*) FROM (SELECT measure FROM kpi_lead_facts UNION ALL SELECT measure FROM kpi_event_facts UNION ALL SELECT measure FROM kpi_response_facts) AS facts
                    """
                ).rows([]) { $0.int(0) }.first))
    }
}
