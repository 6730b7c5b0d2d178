import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The scoring panel rendered into a buffer, on the hand-scored board of `seedScoringBoard`
/// (version 1 loaded, Tomás accepted): the definition with what each rule gave the selected
/// lead, the open leads by score, and calibration with a what-if threshold.
@Suite struct ScoringPanelTests {
    func app(_ board: TemporaryBoard, width: Int = 120, height: Int = 40) throws -> AppRuntime {
        let store = try board.seedScoringBoard()
        _ = try store.loadScoring(
            try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "first agreement", at: TemporaryBoard.now)
        try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), actor: "ana", at: TemporaryBoard.now)
        let app = AppRuntime(store: store, actor: "lucia", width: width, height: height, now: TemporaryBoard.now)
        app.send(.key(.character("3")))
        return app
    }

    func line(containing text: String, in buffer: ScreenBuffer) -> Int? {
        (0..<buffer.height).first { buffer.line($0).contains(text) }
    }

    /// A summary row of the calibration (`50 in force  1  -  0%  100%  2`) as its figures: MQLs,
    /// Win%, Recall, Acc% and open leads.
    func summary(_ label: String, in screen: String) -> [String]? {
        guard
            let row = screen.split(separator: "\n").compactMap({ $0.split(separator: "│").last }).first(where: {
                $0.hasPrefix(" " + label + " ")
            })
        else {
            return nil
        }
        return row.dropFirst(label.count + 1).split(separator: " ").map(String.init)
    }

    @Test func theDefinitionShowsWhatEachRuleGaveTheSelectedLead() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        let buffer = app.render()
        let screen = buffer.text
        #expect(buffer.line(0).contains("3 Scoring"))
        #expect(
            buffer.line(1).hasPrefix(" SCORING  version 1 by lucia, 2026-11-20 12:00 · “first agreement” · auto handoff off"), "\(screen)")
        #expect(buffer.line(2).hasPrefix(" DEFINITION  threshold 50 · fit minimum 10"))
        // Rubén, the newest card of the first column, is selected: every rule but the student's
        // and the referral's fired; fit 30 capped to 25, engagement 40 capped to 35.
        #expect(app.state.selectedLead?.id == 1)
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rule = { (text: String) in rows.first { $0.contains(text) }.map { String($0.prefix(63)) } ?? "" }
        #expect(rule("employees >= 50") == "   employees >= 50                                  +20    +20 ")
        #expect(rule("role = \"Student\"") == "   role = \"Student\"                                 -30      · ")
        #expect(rule("[fit]") == " [fit]  cap 25                                              25 ")
        #expect(rule("[engagement]") == " [engagement]  decay 30 days 50% · cap 35                   35 ")
        #expect(screen.contains(" LEAD 1 Rubén Santos · Calzados Santos"))
        #expect(screen.contains(" fit 30 → 25 (cap) · engagement 40 → 35 (cap)"))
        #expect(screen.contains(" total 60: qualifies: 60 reaches the threshold 50"))
        // A rule that fired is drawn in the colour of points won.
        let row = try #require(line(containing: "employees >= 50", in: buffer))
        #expect(buffer[60, row].style == Style(.success, bold: true))
        #expect(buffer[60, try #require(line(containing: "role = \"Student\"", in: buffer))].style == Style(.muted))
    }

    @Test func theBreakdownFollowsTheSelectionAndShowsDecay() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("j")))
        #expect(app.state.selectedLead?.id == 6)
        let screen = app.render().text
        // Sam, a student 35 days old: fit 20 + 10 - 30 = 0; engagement 40, capped to 35, halved once.
        #expect(screen.contains(" LEAD 6 Sam Carter · University of Leeds"), "\(screen)")
        #expect(screen.contains(" fit 0 · engagement 40 → 35 (cap) → 18 (35 days old: 50% kept)"))
        #expect(screen.contains(" total 18: not qualified: 18 is under the threshold 50"))
        // The next column's lead: Megan, in Nurturing.
        app.send(.key(.character("l")))
        #expect(app.render().text.contains(" LEAD 2 Megan Sullivan"))
    }

    @Test func openLeadsByScoreAndCalibrationWithAWhatIfThreshold() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        var screen = app.render().text
        // Open: Rubén 60, Tomás 60 (now accepted), Megan 0, Sam 18.
        #expect(screen.contains("OPEN LEADS BY SCORE  4 open · 2 MQLs at 50"), "\(screen)")
        #expect(screen.contains("    0-9 ") && screen.contains("   10-19 ") && screen.contains("   60-69 "))
        // Known outcomes: Tomás accepted (60), Natalie won (34 when she closed), Kofi lost (0).
        #expect(screen.contains("CALIBRATION  3 leads with a known outcome"))
        #expect(summary("Threshold", in: screen) == ["MQLs", "Win%", "Recall", "Acc%", "Open"], "\(screen)")
        #expect(summary("50 in force", in: screen) == ["1", "-", "0%", "100%", "2"])
        #expect(summary("50 what if (+/-)", in: screen) == ["1", "-", "0%", "100%", "2"])
        for _ in 0..<4 { app.send(.key(.character("-"))) }
        screen = app.render().text
        // At 30 Natalie's 34 counts too: won, so precision and recall of wins are 100%.
        #expect(summary("30 what if (+/-)", in: screen) == ["2", "100%", "100%", "100%", "2"], "\(screen)")
        #expect(summary("50 in force", in: screen) == ["1", "-", "0%", "100%", "2"])
        app.send(.key(.character("+")))
        #expect(app.state.scoring.whatIfThreshold == 35)
        app.send(.key(.character("=")))
        #expect(app.state.scoring.whatIfThreshold == 50)
    }

    @Test func aNewVersionShowsThePreviousOneForComparison() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        let stricter = TemporaryBoard.scoringText.replacingOccurrences(of: "threshold 50", with: "threshold 65")
        // Loaded from another terminal: a connection of its own.
        _ = try board.open().loadScoring(
            try TemporaryBoard.scoringDefinition(stricter), author: "elena", comment: "stricter", at: TemporaryBoard.now + 60)
        #expect(app.pollForChanges(now: TemporaryBoard.now + 61))
        let screen = app.render().text
        #expect(screen.contains(" SCORING  version 2 by elena"), "\(screen)")
        #expect(summary("65 in force", in: screen) == ["0", "-", "0%", "-", "0"], "\(screen)")
        #expect(summary("50 version 1", in: screen) == ["1", "-", "0%", "100%", "-"])
    }

    @Test func withoutADefinitionThePanelSaysHowToLoadOne() throws {
        let board = TemporaryBoard()
        let app = AppRuntime(store: try board.seedScoringBoard(), actor: "lucia", width: 120, height: 40, now: TemporaryBoard.now)
        app.send(.key(.character("3")))
        let screen = app.render().text
        #expect(screen.contains("No scoring definition yet."))
        #expect(screen.contains("Load one: handoff scoring load FILE"))
        app.send(.key(.character("+")))
        #expect(app.state.status?.text == "no scoring definition yet: load one with handoff scoring load FILE")
    }

    @Test func helpListsTheScoringKeysAndTheDetailShowsTheScore() throws {
        let board = TemporaryBoard()
        let app = try app(board)
        app.send(.key(.character("?")))
        for _ in 0..<60 { app.send(.key(.character("j"))) }
        let help = app.render().text
        #expect(help.contains("In the scoring panel"))
        #expect(help.contains("+                 what-if threshold up 5: MQLs, precision, recall"))
        #expect(help.contains("=                 what-if back to the threshold in force"))
        app.send(.key(.escape))
        app.send(.key(.enter))
        guard case let .detail(detail) = app.state.overlay else {
            Issue.record("Enter opened no detail")
            return
        }
        #expect(detail.lead.id == 1 && detail.score?.breakdown.total == 60)
        let screen = app.render().text
        #expect(screen.contains("Score (scoring version 1)"))
        #expect(screen.contains("   +20  fit: employees >= 50"))
        #expect(screen.contains("total 60: qualifies: 60 reaches the threshold 50"))
    }

    @Test func tabReachesThePanelAndOtherViewsDoNotReadIt() throws {
        let board = TemporaryBoard()
        let store = try board.seedScoringBoard()
        _ = try store.loadScoring(try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "", at: TemporaryBoard.now)
        let app = AppRuntime(store: store, actor: "lucia", width: 120, height: 40, now: TemporaryBoard.now)
        #expect(app.state.scoring.overview == nil)
        app.send(.key(.tab))
        app.send(.key(.tab))
        #expect(app.state.view == .scoring && app.state.scoring.overview?.current?.id == 1)
    }
}
