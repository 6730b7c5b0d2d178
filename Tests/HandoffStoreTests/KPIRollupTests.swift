import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The daily rollup is kept by triggers; whatever happens to the leads (edits, undo, redo, won,
/// lost, notes), it must equal a count made from scratch over the facts it summarises.
@Suite struct KPIRollupTests {
    func recount(_ store: Store) throws -> [String] { try store.kpiRecountRows() }

    func rollup(_ store: Store) throws -> [String] { try store.kpiRollupRows() }

    @Test func theRollupEqualsARecountAfterEveryKindOfChange() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        #expect(try rollup(store) == recount(store))
        let now = TemporaryBoard.now
        // An edit moves lead 6 to another source and campaign; a redo brings back what ben undid.
        var draft = LeadDraft(lead: try #require(try store.lead(id: 6)))
        draft.source = "partner"
        draft.campaign = "spring"
        try store.apply(.edit(leadID: 6, draft, expectedVersion: nil), actor: "lucia", at: now)
        try store.apply(.move(leadID: 2, toStage: "mql", expectedVersion: nil), actor: "lucia", at: now + 60)
        try store.apply(.accept(leadID: 2, owner: "ana", expectedVersion: nil), actor: "ben", at: now + 120)
        try store.apply(.undo, actor: "ben", at: now + 180)
        try store.apply(.redo, actor: "ben", at: now + 240)
        try store.apply(.won(leadID: 8, amount: 9_999.99, expectedVersion: nil), actor: "ana", at: now + 300)
        try store.apply(.undo, actor: "ana", at: now + 360)
        try store.apply(.lost(leadID: 8, reason: "timing", expectedVersion: nil), actor: "ana", at: now + 420)
        #expect(try rollup(store) == recount(store))
        // The undone win left nothing behind; the redone acceptance counts once.
        let today = KPIPeriod(kind: .custom, start: (KPIPeriod.dayNumber(now)) * 86_400, end: (KPIPeriod.dayNumber(now) + 1) * 86_400)
        let f = try store.kpiFigures(today, now: now + 500)
        #expect(f.dealsWon == 0 && f.revenueWon == 0 && f.dealsLost == 1 && f.accepted == 1 && f.handoffs == 1)
    }

    @Test func undoingAnAcceptanceTakesBackTheMilestoneAndRedoingItPutsItBack() throws {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        let now = TemporaryBoard.now
        func salAt() throws -> Int64? {
            try store.connection.prepare("SELECT sal_at FROM leads WHERE id = 5").rows([]) { $0.optionalInt64(0) }.first ?? nil
        }
        try store.apply(.accept(leadID: 5, owner: nil, expectedVersion: nil), actor: "ana", at: now)
        #expect(try salAt() == now)
        try store.apply(.undo, actor: "ana", at: now + 60)
        #expect(try salAt() == nil)
        try store.apply(.redo, actor: "ana", at: now + 120)
        #expect(try salAt() == now + 120)
    }
}
