import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Imported history counts honestly: a deal that began in the sales stages is no MQL or accepted
/// lead unless its history takes it through the handoff, and a row with no date is not "created
/// today". Both with the import's own bulk path (an empty board) and row by row (a board in use).
@Suite struct ImportedHistoryTests {
    let now = TemporaryBoard.now
    let day: Int64 = 86_400

    func write(_ text: String, in board: TemporaryBoard) throws -> String {
        let path = board.folder + "/deals.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Three deals straight into the sales stages, one lead in the MQL stage, all dated.
    let deals = """
        name,company,stage,value,created,closed
        Ann Deal,Acme,proposal,1000,2026-11-02,
        Bob Deal,Bolt,negotiation,2000,2026-11-03,
        Cy Deal,Cargo,won,3000,2026-11-04,2026-11-10
        Di Lead,Dune,mql,,2026-11-05,

        """

    func leadID(_ name: String, in store: Store) throws -> Int64 {
        try #require(try store.connection.scalar("SELECT id FROM leads WHERE name = '\(name)'"))
    }

    func milestones(_ id: Int64, in store: Store) throws -> [Int64?] {
        try store.connection.prepare("SELECT mql_at, sal_at, sql_at FROM leads WHERE id = ?")
            .rows([.integer(id)]) { [$0.optionalInt64(0), $0.optionalInt64(1), $0.optionalInt64(2)] }.first ?? []
    }

    func checkFigures(_ store: Store, seeded: Int) throws {
        let report = try store.kpiReport(period: .allTime, now: now)
        let figures = report.current
        // Only the lead that came through the front of the board is an MQL; every deal is an SQL.
        #expect(figures.leadsCreated == seeded + 4)
        #expect(figures.mqls == (seeded > 0 ? 1 : 0) + 1)
        #expect(report.funnel.map(\.count) == (seeded > 0 ? [6, 2, 0, 4, 1] : [4, 1, 0, 3, 1]))
        #expect(report.beganInSales == 3 + (seeded > 0 ? 1 : 0))
        #expect(try store.leadsWithWrongMilestones() == 0)
        #expect(try store.kpiRollupRows() == store.kpiRecountRows())
    }

    @Test func dealsImportedIntoAnEmptyBoardAreNoMQLsOrAcceptedLeads() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let report = try store.importCSV(
            at: try write(deals, in: board), options: ImportOptions(kind: .deals, kindGiven: true), actor: "lucia", now: now)
        #expect(report.created == 4)
        try checkFigures(store, seeded: 0)
        #expect(try store.lead(id: try leadID("Cy Deal", in: store))?.stage == "won")
        #expect(try store.kpiReport(period: .allTime, now: now).current.dealsWon == 1)
    }

    @Test func dealsImportedIntoABoardInUseCountTheSameRowByRow() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        // A board in use: one lead through the front (lead → mql), one created straight in sales.
        let eve = try store.createLead(
            Lead(id: 0, name: "Eve", stage: "lead", createdAt: now - 30 * day, enteredAt: now - 30 * day), actor: "seed")
        _ = try store.apply(.move(leadID: eve.id, toStage: "mql", expectedVersion: nil), actor: "seed", at: now - 29 * day)
        _ = try store.createLead(
            Lead(id: 0, name: "Fay", stage: "proposal", createdAt: now - 28 * day, enteredAt: now - 28 * day), actor: "seed")
        _ = try store.importCSV(
            at: try write(deals, in: board), options: ImportOptions(kind: .deals, kindGiven: true), actor: "lucia", now: now)
        try checkFigures(store, seeded: 2)
    }

    @Test func aDealThatLaterComesThroughTheHandoffCountsFromThenAndAnUndoTakesItBack() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        _ = try store.importCSV(
            at: try write(deals, in: board), options: ImportOptions(kind: .deals, kindGiven: true), actor: "lucia", now: now)
        let ann = try #require(try store.lead(id: try leadID("Ann Deal", in: store)))
        #expect(ann.stage == "proposal")
        // Sent back to marketing's MQL stage, then accepted: its history now says MQL and SAL.
        _ = try store.apply(.move(leadID: ann.id, toStage: "mql", expectedVersion: nil), actor: "lucia", at: now + 60)
        _ = try store.apply(.accept(leadID: ann.id, owner: nil, expectedVersion: nil), actor: "lucia", at: now + 120)
        #expect(try milestones(ann.id, in: store) == [now + 60, now + 120, Timestamp.parse("2026-11-02")!])
        // Undoing the acceptance takes its SAL back; the MQL stays from the move before it.
        _ = try store.apply(.undo, actor: "lucia", at: now + 180)
        #expect(try milestones(ann.id, in: store) == [now + 60, nil, Timestamp.parse("2026-11-02")!])
        #expect(try store.leadsWithWrongMilestones() == 0)
        let stored = try store.kpiRollupRows(), recounted = try store.kpiRecountRows()
        #expect(stored == recounted, "\(Set(stored).symmetricDifference(recounted))")
    }

    @Test func rowsWithNoDateAreLeftOutOfEveryPeriodAndTheDashboardSaysSo() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        let path = try write(
            """
            name,company,stage,value
            Gil,Gala,mql,
            Hal,Hive,won,500
            Ida,Iris,lead,

            """, in: board)
        let report = try store.importCSV(at: path, options: ImportOptions(kind: .leads, kindGiven: true), actor: "lucia", now: now)
        #expect(report.created == 3 && report.undated == 3)
        #expect(
            report.summaryLines.map(\.description).contains(
                "  3 rows with no date: left out of the figures by period (the dashboard counts them)"))
        let today = try KPIPeriod.custom(from: now - now % day, to: now - now % day + day)
        for period in [KPIPeriod.allTime, today] {
            let kpi = try store.kpiReport(period: period, now: now)
            #expect(kpi.current.leadsCreated == 0 && kpi.current.mqls == 0 && kpi.current.dealsWon == 0 && kpi.current.revenueWon == 0)
            #expect(kpi.undatedLeads == 3)
            #expect(kpi.funnelNote(.english) == "3 with no date left out")
        }
        // They are on the board all the same, in their columns.
        #expect(try store.stageTotals()["won"]?.leads == 1)
        #expect(try store.kpiRollupRows() == store.kpiRecountRows())
        // A lead with no date moved on the board later counts from that real move.
        _ = try store.apply(
            .move(leadID: try leadID("Ida", in: store), toStage: "mql", expectedVersion: nil), actor: "lucia", at: now + 3_600)
        #expect(try store.kpiReport(period: today, now: now + 7_200).current.mqls == 1)
        #expect(try store.kpiRollupRows() == store.kpiRecountRows())
    }

    /// A load into an empty board sets the rollup's triggers aside and puts them back; an answer
    /// to a handoff given afterwards must still count once, whatever order the triggers now fire in.
    @Test func anAnswerToAHandoffAfterALoadIntoAnEmptyBoardCountsOnce() throws {
        let board = TemporaryBoard()
        let store = try board.open()
        _ = try store.importCSV(
            at: try write(deals, in: board), options: ImportOptions(kind: .deals, kindGiven: true), actor: "lucia", now: now)
        let lead = try leadID("Di Lead", in: store)
        _ = try store.apply(.accept(leadID: lead, owner: nil, expectedVersion: nil), actor: "lucia", at: now + 120)
        let kpi = try store.kpiReport(period: .allTime, now: now + 180)
        #expect(kpi.current.accepted == 1 && kpi.current.slaDue == 1)
        let stored = try store.kpiRollupRows(), recounted = try store.kpiRecountRows()
        #expect(stored == recounted, "\(Set(stored).symmetricDifference(recounted))")
    }
}
