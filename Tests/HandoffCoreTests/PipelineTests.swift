import HandoffCore
import HandoffTestSupport
import Testing

@Suite struct PipelineTests {
    let pipeline = Pipeline.standard

    @Test func neighboursFollowBoardOrder() throws {
        #expect(try pipeline.neighbour(of: "lead", step: 1).id == "nurture")
        #expect(try pipeline.neighbour(of: "mql", step: 1).id == "sal")
        #expect(try pipeline.neighbour(of: "sal", step: -1).id == "mql")
        #expect(try pipeline.neighbour(of: "negotiation", step: 1).id == "won")
    }

    @Test func movingPastTheEndsIsRefused() {
        #expect(throws: HandoffError.invalidMove("already in the last stage (Won, customer)")) {
            try pipeline.neighbour(of: "won", step: 1)
        }
        #expect(throws: HandoffError.invalidMove("already in the first stage (New lead)")) {
            try pipeline.neighbour(of: "lead", step: -1)
        }
    }

    @Test func hiddenStagesAreOffTheBoardButKnown() throws {
        #expect(!pipeline.visibleStages.contains { $0.id == "lost" })
        #expect(pipeline.stage("lost") != nil)
        #expect(throws: HandoffError.self) { try pipeline.neighbour(of: "lost", step: 1) }
    }

    @Test func unknownStagesAreNamedInTheError() {
        do {
            try pipeline.validateMove(from: "lead", to: "closing")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("unknown stage 'closing'"))
            #expect(error.description.contains("negotiation"))
        }
    }

    @Test func movingToTheSameStageIsRefused() {
        #expect(throws: HandoffError.self) { try pipeline.validateMove(from: "sql", to: "sql") }
    }

    @Test func moveKindsNameTheHandoff() {
        #expect(EventKind.forMove(from: "nurture", to: "mql") == "handed_off")
        #expect(EventKind.forMove(from: "mql", to: "sal") == "accepted")
        #expect(EventKind.forMove(from: "mql", to: "nurture") == "rejected")
        #expect(EventKind.forMove(from: "negotiation", to: "won") == "won")
        #expect(EventKind.forMove(from: "sal", to: "sql") == "moved")
    }
}
