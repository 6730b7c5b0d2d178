import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// The commands in Spanish, chosen by `--lang es` or by the locale variables, on a machine where no
/// `es_ES` locale is installed (`locale -a` lists only C, C.utf8 and POSIX here): the language is read
/// from the variables by Handoff itself. JSON keys stay English; they are an interface.
@Suite(.enabled(if: SystemAccounts.available, "runs the binary as other users: needs root and unshare --mount, as in CI"))
struct SpanishCommandLineTests {
    func run(_ board: TemporaryBoard, _ arguments: [String], as actor: String = "ben", environment: [String: String] = [:]) throws
        -> HandoffBinary.Result
    {
        try HandoffBinary.run(arguments + ["--db", board.path], as: actor, environment: environment)
    }

    @Test func outputAndErrorsFollowLangEvenWithoutTheLocaleInstalled() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let spanishLocale = ["LANG": "es_ES.UTF-8"]
        let accepted = try run(board, ["accept", "3"], environment: spanishLocale)
        #expect(accepted.status == 0, "\(accepted.error)")
        #expect(accepted.output.hasPrefix("Aceptado lead 3 (Íñigo Muñoz): responsable ben, ahora en Accepted (SAL); respondido tras "))
        #expect(accepted.output.contains(" de tiempo laborable, ") && accepted.output.hasSuffix(" del nivel de servicio\n"))
        // LC_MESSAGES outranks LANG, LC_ALL outranks both; --lang outranks them all.
        let refusals: [([String], [String: String], String)] = [
            (
                ["reject", "6", "--reason", "rude"], ["LC_MESSAGES": "es_MX", "LANG": "en_GB.UTF-8"],
                "handoff: motivo de rechazo desconocido 'rude'; motivos: not_target, no_budget, no_interest, bad_data, duplicate, student, competitor, other"
            ),
            (
                ["accept", "1", "--lang", "es"], ["LC_ALL": "en_US.UTF-8"],
                "handoff: no se puede mover: el lead 1 está en New lead, no traspasado; solo se pueden aceptar leads en MQL, handed off"
            ),
            (
                ["won", "4", "--amount", "-3"], ["LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"],
                "handoff: --amount: el importe no puede ser negativo"
            ),
            (
                ["note", "4", "Llamar", "--due", "ayer"], spanishLocale,
                "handoff: --due: 'ayer' no es una fecha; escribe DD/MM/AAAA, DD/MM/AAAA HH:MM, AAAA-MM-DD o +3"
            ),
            (["accept", "999"], spanishLocale, "handoff: no hay ningún lead con id 999"),
        ]
        for (arguments, environment, message) in refusals {
            let result = try run(board, arguments, environment: environment)
            #expect(result.status == 1 && result.error == message + "\n", "\(arguments): \(result.error)")
        }
        // Moving a deal back out of sales names that move, not a handoff.
        let back = try run(board, ["move", "4", "mql", "--lang", "es"], as: "ana")
        #expect(
            back.error
                == "handoff: Ana López (ana, sales) no puede devolver leads de las etapas de ventas a la etapa de traspaso; pueden: marketing y admin. No se cambió nada.\n"
        )
        // A permission refusal from the store, with who may, in Spanish.
        let marta = try run(board, ["accept", "6", "--lang", "es"], as: "marta")
        #expect(
            marta.error
                == "handoff: Marta Ruiz (marta, marketing) no puede aceptar leads traspasados; pueden: sales y admin. No se cambió nada.\n")
        let undone = try run(board, ["undo", "--lang", "es"], as: "ana")
        #expect(
            undone.error
                == "handoff: nada que deshacer: a ana no le queda ningún cambio que se pueda deshacer (las notas y los leads nuevos se quedan)\n"
        )
        #expect(try store.lead(id: 6)?.stage == "mql")
    }

    @Test func usageErrorsAndHelpAreInSpanish() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let usage = try run(board, ["reject", "3", "--lang", "es"])
        #expect(usage.status == 2)
        #expect(
            usage.error.hasPrefix(
                "error: 'reject' necesita --reason CODE\n\nuso: handoff reject LEAD --reason CODE [opciones]\n\n"
                    + "Devuelve un lead traspasado a marketing con un motivo (igual que `x`)."))
        let unknown = try run(board, ["frobnicate", "--lang=es"])
        #expect(
            unknown.status == 2
                && unknown.error.hasPrefix(
                    "error: orden desconocida 'frobnicate'; ¿querías decir 'generate'?\n\nuso: handoff [ORDEN] [opciones]"),
            "\(unknown.error)")
        let help = try HandoffBinary.run(["kpi", "--help"], environment: ["LANG": "es_ES.UTF-8"])
        #expect(help.status == 0)
        #expect(
            help.output.hasPrefix(
                "uso: handoff kpi [opciones]\n\nImprime todos los KPIs del panel para un periodo (todo el histórico por defecto).\n"))
        #expect(help.output.contains("\nopciones:\n  --from DATE               primer día del periodo, DD/MM/AAAA o AAAA-MM-DD (UTC)\n"))
        #expect(
            help.output.contains("\n\nFórmulas:\n  ")
                && help.output.contains("\n  Tasa de aceptación = aceptados / (aceptados + rechazados).\n"))
        #expect(help.output.hasSuffix("  --help                    muestra esta ayuda\n"))
        let overview = try HandoffBinary.run(["--help", "--lang", "es"])
        #expect(
            overview.output.contains("\nórdenes:\n")
                && overview.output.contains("  inbox         Lista los leads traspasados que esperan respuesta"))
        // The usages written by hand (a command's forms one per line) speak Spanish too, and what
        // the error names to type does: they were English on Spanish screens until sentences became keys.
        for arguments in [["meeting", "frob"], ["meeting", "add"], ["stage", "set", "mql"]] {
            let refused = try run(board, arguments + ["--lang", "es"])
            #expect(refused.status == 2, "\(arguments): \(refused.error)")
            #expect(refused.error.contains("\n\nuso: handoff ") && refused.error.contains("para ver las opciones."), "\(refused.error)")
            #expect(UntranslatedText.fragments(on: refused.error, ignoring: [arguments.joined(separator: " ")]).isEmpty, "\(refused.error)")
            #expect(!refused.error.contains("usage:") && !refused.error.contains("in quotes"), "\(refused.error)")
        }
        // An unknown language is refused in English, the language there is left to say it in.
        let french = try run(board, ["inbox", "--lang", "fr"])
        #expect(french.status == 2 && french.error.hasPrefix("error: --lang takes en or es, not 'fr'\n\nusage: handoff inbox [options]"))
    }

    @Test func tablesNumbersAndDatesAreWrittenTheSpanishWay() throws {
        let board = TemporaryBoard()
        try board.seedInboxBoard()
        let inbox = try run(board, ["inbox"], environment: ["LANG": "es"])
        let lines = inbox.output.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "ID      SLA            NOMBRE                 EMPRESA                ORIGEN / CAMPAÑA         PUNT. TRASPASADO           RESP."
        )
        #expect(lines.count == 4 && lines.dropFirst().allSatisfy { $0.contains(" hace ") })
        #expect(lines.contains { $0.hasPrefix("6 ") && $0.contains(" tarde ") })
        let json = try run(board, ["inbox", "--json"], environment: ["LANG": "es"])
        #expect(json.output.contains("\"sla_state\"") && json.output.contains("\"handed_off_at\""))

        let kpi = try run(board, ["kpi", "--lang", "es"])
        #expect(kpi.status == 0, "\(kpi.error)")
        #expect(kpi.output.hasPrefix("KPIs de "))
        #expect(kpi.output.contains("\nMARKETING                          AHORA         ANTES    CAMBIO\n"))
        #expect(kpi.output.contains("\nTRASPASO ") && kpi.output.contains("\nLeads por origen: ") && kpi.output.contains("\nEmbudo: "))
        #expect(!kpi.output.contains("NOW") && !kpi.output.contains("Funnel"))
        let members = try run(board, ["member", "list", "--lang", "es"])
        #expect(members.output.hasPrefix("LOGIN        NOMBRE                         EQUIPO\n"))
        #expect(members.output.contains("\nLo que puede hacer cada equipo (tabla permissions; * es todo):\n"))
    }

    @Test func importReportsAndChecksAreInSpanish() throws {
        let board = TemporaryBoard()
        let file = board.folder + "/leads.csv"
        try "name,company,email,value\nAna Pérez,Cobre,ana@cobre.example,\"1234,5\"\nTom Baker,Brightwave,tom@bw.example,12000\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try run(board, ["import", file, "--lang", "es"])
        #expect(refused.status == 1)
        #expect(refused.error.contains("No se importó nada: 1 de 2 filas no se pueden importar.\n"))
        #expect(
            refused.error.contains("  1 fila, columna value:\n    fila 2: '1234,5' está escrito con coma decimal; usa --decimal-comma\n"))
        #expect(refused.error.contains("Para importar estas filas: handoff import \(file) --decimal-comma\n"))
        let imported = try run(board, ["import", file, "--skip-bad-rows"], environment: ["LANG": "es_ES.UTF-8"])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.hasPrefix("Importado \(file): 2 filas en "))
        #expect(imported.output.contains("\n  creados: 1 lead; actualizados: 0; sin cambios: 0; rechazadas: 1 (omitidas)\n"))
        let rules = board.folder + "/rules.txt"
        try "threshold 60\n[fit]\nvisits >=\n".write(toFile: rules, atomically: true, encoding: .utf8)
        let scoring = try run(board, ["scoring", "load", rules, "--lang", "es"], as: "elena")
        #expect(scoring.status == 1)
        #expect(
            scoring.error
                == "handoff: \(rules):3:10: se esperaba un valor (texto entre comillas dobles o un número) tras `>=` en `visits >=`; no se cambió nada\n"
        )
        let check = try run(board, ["check", "--lang", "es"])
        #expect(check.status == 0)
        #expect(check.output.hasSuffix("\nTodas las comprobaciones son correctas.\n"))
        #expect(check.output.contains("\nbien  integrity: SQLite no encuentra ninguna página, índice ni registro dañado\n"))
    }

    /// Under Spanish, `.` groups thousands and `,` marks the decimals, as Spanish speakers write
    /// amounts; a mistake is answered with forms that the same language reads.
    @Test func amountsAreTypedTheSpanishWay() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let won = try run(board, ["won", "4", "--amount", "18.500,50", "--lang", "es"], as: "ana")
        #expect(won.status == 0, "\(won.error)")
        #expect(try store.requireLead(id: 4).value == 18_500.5)
        _ = try run(board, ["undo", "--lang", "es"], as: "ana")
        for (typed, amount) in [("19.500", 19_500.0), ("18,5k", 18_500), ("1500", 1_500), ("€ 2.000,5", 2_000.5)] {
            let again = try run(board, ["won", "4", "--amount", typed, "--lang", "es"], as: "ana")
            #expect(again.status == 0, "\(typed): \(again.error)")
            #expect(try store.requireLead(id: 4).value == amount, "\(typed)")
            _ = try run(board, ["undo", "--lang", "es"], as: "ana")
        }
        let english = try run(board, ["won", "4", "--amount", "18,500.50", "--lang", "es"], as: "ana")
        #expect(english.status == 1)
        #expect(english.error == "handoff: --amount: '18,500.50' no es un importe; en español se escribe 18.500,50\n")
        let words = try run(board, ["won", "4", "--amount", "mucho", "--lang", "es"], as: "ana")
        #expect(words.error == "handoff: --amount: 'mucho' no es un importe; usa cifras, p. ej. 18500 o 18.500,50 o 18,5k\n")
        let help = try run(board, ["won", "--help", "--lang", "es"])
        #expect(help.output.contains("el importe ganado: 18500, 18.500,50 o 18,5k"), "\(help.output)")
        // English is read the English way, and told so just as clearly.
        let spanishInEnglish = try run(board, ["won", "4", "--amount", "18.500,50"], as: "ana")
        #expect(spanishInEnglish.error == "handoff: --amount: '18.500,50' is not an amount; in English, write it 18,500.50\n")
        #expect(try store.requireLead(id: 4).stage == "proposal")
    }

    /// Dates are typed as the Spanish screen shows them, day first, or in ISO; English keeps ISO.
    @Test func datesAreTypedDayFirstInSpanish() throws {
        let board = TemporaryBoard()
        let store = try board.seedInboxBoard()
        let note = try run(board, ["note", "4", "Llamar", "--due", "10/12/2099", "--lang", "es"], as: "ana")
        #expect(note.status == 0, "\(note.error)")
        #expect(try store.notes(leadID: 4).first?.due == Timestamp.parse("2099-12-10T23:59:59Z"))
        let timed = try run(board, ["note", "4", "Otra", "--due", "1/2/2099 9:05", "--lang", "es"], as: "ana")
        #expect(timed.status == 0, "\(timed.error)")
        #expect(try store.notes(leadID: 4).first?.due == Timestamp.parse("2099-02-01T09:05:00Z"))
        let past = try run(board, ["note", "4", "Tarde", "--due", "01/02/2020", "--lang", "es"], as: "ana")
        #expect(past.error == "handoff: --due: 01/02/2020 ya pasó; un próximo paso vence en el futuro\n")
        let wrong = try run(board, ["note", "4", "Nada", "--due", "31/02/2099", "--lang", "es"], as: "ana")
        #expect(wrong.error == "handoff: --due: '31/02/2099' no es una fecha; escribe DD/MM/AAAA, DD/MM/AAAA HH:MM, AAAA-MM-DD o +3\n")

        let october = try run(board, ["kpi", "--json", "--from", "1/10/2026", "--to", "01/11/2026", "--lang", "es"])
        #expect(october.status == 0, "\(october.error)")
        let period = try #require(
            (try JSONSerialization.jsonObject(with: Data(october.output.utf8)) as? [String: Any])?["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-10-01" && period["to"] as? String == "2026-11-01")
        let badDay = try run(board, ["kpi", "--from", "2026/10/01", "--lang", "es"])
        #expect(badDay.error == "handoff: --from lleva una fecha escrita DD/MM/AAAA o AAAA-MM-DD (un día UTC entero), no '2026/10/01'\n")
        let log = try run(board, ["log", "--since", "20/11/2026", "--lang", "es"])
        let iso = try run(board, ["log", "--since", "2026-11-20", "--lang", "es"])
        #expect(log.status == 0 && log.output == iso.output, "\(log.error)")
        let report = try run(board, ["report", "--since", "20/11/2026 10:00", "--lang", "es", "--format", "json"])
        #expect(report.status == 0, "\(report.error)")

        // In English the screen writes ISO dates, and a day-first date is not guessed at.
        let english = try run(board, ["note", "4", "Call", "--due", "10/12/2099"], as: "ana")
        #expect(english.error == "handoff: --due: '10/12/2099' is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM or +3\n")
        let help = try run(board, ["kpi", "--help", "--lang", "es"])
        #expect(
            help.output.contains("  --from DATE               primer día del periodo, DD/MM/AAAA o AAAA-MM-DD (UTC)\n"), "\(help.output)")
    }
}
