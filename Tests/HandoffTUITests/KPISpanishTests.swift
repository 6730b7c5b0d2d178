import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// The dashboard, the formula panel and the meeting in Spanish, on the KPI board: Spanish words
/// and numbers, and none of the English texts of the tables left on screen.
@Suite struct KPISpanishTests {
    let meetingNow = TemporaryBoard.kpiWeekStart + 4 * 86_400 + 12 * 3_600

    func screens(language: Language) throws -> [String] {
        let board = TemporaryBoard()
        let store = try board.seedKPIBoard()
        try store.closeMeeting(actor: "ana", now: meetingNow - 2 * 86_400)
        let app = AppRuntime(
            store: store, actor: "ben", width: 140, height: 60, now: meetingNow, options: AppOptions(strings: Strings(language)))
        func key(_ key: Key) { app.send(.key(key)) }
        var screens: [String] = []
        key(.character("4"))
        screens.append(app.render().text)
        for _ in 0..<11 { key(.character("j")) }
        key(.character("?"))
        for _ in 0..<3 {
            screens.append(app.render().text)
            for _ in 0..<30 { key(.character("j")) }
        }
        key(.escape)
        key(.character("G"))
        key(.character("s"))
        screens.append(app.render().text)
        key(.character("P"))
        screens.append(app.render().text)
        key(.escape)
        key(.character("m"))
        for _ in 0..<8 {
            screens.append(app.render().text)
            key(.character("n"))
        }
        key(.character("g"))
        key(.character("n"))
        key(.character("n"))
        key(.character("z"))
        screens.append(app.render().text)
        key(.character("z"))
        key(.character("d"))
        key(.character("a"))
        key(.enter)
        screens.append(app.render().text)
        key(.escape)
        key(.character("C"))
        screens.append(app.render().text)
        return screens
    }

    @Test func theDashboardAndTheMeetingSpeakSpanish() throws {
        let all = try screens(language: .spanish).joined(separator: "\n")
        for phrase in [
            "4 Panel", "PANEL DE KPI", "30 días hasta el 06/11/2026", "frente a", "ahora", "antes", "cambio", "Leads creados",
            "Tasa de aceptación", "COMÚN", "Embudo", "Pasaron a MQL", "Tendencia semanal", "COMERCIALES", "ordenado por ganadas (s)",
            "CAMPAÑAS", "Cómo se calcula: Tasa de aceptación", "Este periodo: 60 % = 3 / (3 + 2).",
            "Versión de puntuación vigente: ninguna",
            "Periodo del panel", "REUNIÓN SEMANAL", "ORDEN DEL DÍA", "Cifras desde la última reunión", "GANADO: 10.000 EUR",
            "Captado por Lucía Fernández (campaña Spring webinar)", "Cerrado por Ana López", "Traspasos aceptados",
            "se lo quedó Ben Okafor tras 25h 00m de horario laboral (tarde)", "Tarea sobre", "di qué hay que hacer",
            "¿Cerrar la reunión, que cubre todo desde", "tratado",
        ] {
            #expect(all.contains(phrase), "missing: \(phrase)")
        }
    }

    @Test func noEnglishTextIsLeftOnTheseSpanishScreens() throws {
        let all = try screens(language: .spanish).joined(separator: "\n")
        let data = Pipeline.standard.stages.map(\.title)
        let leftovers = UntranslatedText.fragments(on: all, ignoring: data)
        #expect(leftovers.isEmpty, "\(leftovers)")
        let englishScreens = try screens(language: .english).joined(separator: "\n")
        #expect(
            englishScreens.contains("Acceptance rate = accepted / (accepted + rejected) handoffs.")
                && englishScreens.contains("WEEKLY MEETING"))
    }
}
