import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The scoring panel in Spanish and in plain ASCII: the same figures, every label from the tables,
/// numbers written the Spanish way, and no English text of the panel left on screen.
@Suite struct ScoringSpanishTests {
    func app(_ board: TemporaryBoard, options: AppOptions) throws -> AppRuntime {
        let store = try board.seedScoringBoard()
        _ = try store.loadScoring(
            try TemporaryBoard.scoringDefinition(), author: "lucia", comment: "primer acuerdo", at: TemporaryBoard.now)
        try store.apply(.accept(leadID: 3, owner: nil, expectedVersion: nil), actor: "ana", at: TemporaryBoard.now)
        let app = AppRuntime(store: store, actor: "lucia", width: 120, height: 40, now: TemporaryBoard.now, options: options)
        app.send(.key(.character("3")))
        return app
    }

    @Test func thePanelSpeaksSpanish() throws {
        let board = TemporaryBoard()
        let app = try app(board, options: AppOptions(strings: Strings(.spanish)))
        app.send(.key(.character("j")))
        let screen = app.render().text
        for phrase in [
            "3 Puntuación", " PUNTUACIÓN  versión 1 de lucia, 20/11/2026 12:00 · “primer acuerdo” · traspaso automático desactivado",
            "DEFINICIÓN  umbral 50 · mínimo de perfil 10", "Regla", "Puntos", "LEAD 6 Sam Carter",
            "perfil 0 · interés 40 → 35 (tope) → 18 (35 días: 50 %)", "total 18: no cualifica: 18 no llega al umbral 50",
            "ABIERTOS POR PUNTUACIÓN  4 leads · 2 MQL con 50", "CALIBRACIÓN  3 leads con resultado conocido",
            "Umbral               MQL  %Gan Cobert. %Acep Abiert.", "50 vigente             1     -     0 % 100 %       2",
            "50 hipótesis (+-)      1     -     0 % 100 %       2",
        ] {
            #expect(screen.contains(phrase), "missing: \(phrase)\n\(screen)")
        }
        let english = Strings.table(.english), spanish = Strings.table(.spanish)
        let panelKeys = StringKey.allCases.filter { $0.rawValue.hasPrefix("scoring") && english[$0] != spanish[$0] }
        var leftovers: [String] = []
        for key in panelKeys {
            for fragment in (english[key] ?? "").split(whereSeparator: { $0 == "{" || $0 == "}" }).map(String.init)
            where fragment.count >= 6 && !fragment.allSatisfy({ $0.isNumber }) && screen.contains(fragment) {
                leftovers.append("\(key): \(fragment)")
            }
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func asciiTerminalsGetPlainCharacters() throws {
        let board = TemporaryBoard()
        let app = try app(board, options: AppOptions(glyphs: .ascii))
        let screen = app.render().text
        #expect(screen.contains("\"primer acuerdo\""))
        #expect(screen.contains("   60-69 ###") && !screen.contains("█"))
        #expect(screen.contains(" |") && !screen.contains("│") && !screen.contains("“") && !screen.contains("→"))
        #expect(screen.allSatisfy { $0.isASCII || "ÍÑíñáéóúü".contains($0) }, "\(screen)")
    }
}
