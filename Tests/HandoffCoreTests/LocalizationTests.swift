import HandoffCore
import HandoffTestSupport
import Testing

@Suite struct LocalizationTests {
    /// Every key has a text in every language, or the build fails (one exhaustive switch per
    /// language). That each text has the same arguments is for this test to see.
    @Test func everyKeyHasATextInEveryLanguageWithTheSamePlaceholders() {
        for key in StringKey.allCases {
            let english = Strings.text(of: key, in: .english)
            #expect(!english.isEmpty, "no English text for \(key)")
            for language in Language.allCases {
                let text = Strings.text(of: key, in: language)
                #expect(!text.isEmpty, "no \(language) text for \(key)")
                #expect(Strings.placeholders(in: text) == Strings.placeholders(in: english), "\(language) \(key): \(text)")
            }
        }
    }

    @Test func spanishIsReallyTranslated() {
        // Words that mean the same in both (MARKETING, SLA, Lead) are few; most texts differ.
        let same = StringKey.allCases.filter { Strings.table(.english)[$0] == Strings.table(.spanish)[$0] }
        #expect(same.count * 8 < StringKey.allCases.count, "untranslated: \(same)")
    }

    /// A text built around a count picks its singular by itself when the count is 1, so no
    /// caller can forget: "1 vencido", "1 tratado", "Proposal for 1 day".
    @Test func countsOfOneAreSaidInTheSingular() {
        let spanish = Strings(.spanish), english = Strings.english
        #expect(spanish(.inboxOverdue, spanish.integer(1)) == "1 vencido" && spanish(.inboxOverdue, 2) == "2 vencidos")
        #expect(spanish(.meetingDiscussedCount, 1) == "1 tratado" && spanish(.meetingDiscussedCount, 3) == "3 tratados")
        #expect(
            english(.stageForDays, "Proposal", 1) == "Proposal for 1 day" && english(.stageForDays, "Proposal", 0) == "Proposal for 0 days")
        #expect(spanish(.stageForDays, "Propuesta", 1) == "Propuesta desde hace 1 día")
        #expect(
            english(.inboxMarked, 1) == "1 marked (v): a or x answers it" && spanish(.inboxMarked, 1) == "1 marcado (v): a o x lo responde")
        #expect(english(.statusFiltered, "1", "1", "ana") == "1 of 1 lead filtered: ana")
        #expect(english(.leadsCount, "1") == "1 lead" && english(.scoringCalibration, "1") == "CALIBRATION  1 lead with a known outcome")
        #expect(spanish(.msgImportRefused, "1") == "No se importó nada: 1 fila no se puede importar")
        #expect(english(.agendaStaleCount, "1") == "1 lead idle longer than its stage allows")
        #expect(
            english(.inputsCLTV, "9,000", english(.inputsDeals, "1"), english(.inputsCustomers, "1"), english(.inputsYears, "1"))
                == "9,000 × (1 deal / 1 customer) × 1 year")
        // Every singular keeps the other arguments of its plural, in both languages.
        for (plural, singular) in Strings.singulars {
            for language in Language.allCases {
                let many = Strings.placeholders(in: Strings.table(language)[plural] ?? "")
                let one = Strings.placeholders(in: Strings.table(language)[singular.key] ?? "")
                #expect(one == many.subtracting([singular.argument]), "\(plural) in \(language)")
            }
        }
    }

    @Test func placeholdersAreFilledInOrder() {
        #expect(Strings.english(.msgMoved, "Ana", "Proposal") == "Moved Ana to Proposal")
        #expect(Strings(.spanish)(.msgMoved, "Ana", "Propuesta") == "Movido Ana a Propuesta")
        #expect(Strings.english(.tooSmallSize, 30, 8, 40, 12) == "30x8; needs 40x12")
        #expect(Strings.placeholders(in: "{1} of {2}, {1}{x}{") == [1, 2])
    }

    @Test func textAnArgumentBringsInIsNeverFilledAgain() {
        // A name that looks like a placeholder stays as it was typed, whatever comes after it.
        #expect(Strings.english(.msgMoved, "{2}", "Proposal") == "Moved {2} to Proposal")
        #expect(Strings.english(.msgMoved, "Íñigo {1} 陈伟", "{") == "Moved Íñigo {1} 陈伟 to {")
        #expect(Strings.english(.msgMoved, "", "") == "Moved  to ")
    }

    @Test func theLanguageComesFromTheFlagThenLcAllLcMessagesLang() throws {
        #expect(try Language.choose(flag: "es", environment: ["LANG": "en_US.UTF-8"]) == .spanish)
        #expect(try Language.choose(flag: "EN", environment: ["LC_ALL": "es_ES.UTF-8"]) == .english)
        #expect(try Language.choose(flag: nil, environment: ["LC_ALL": "es_ES.UTF-8", "LANG": "en_GB.UTF-8"]) == .spanish)
        #expect(try Language.choose(flag: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "es_MX", "LANG": "en_GB.UTF-8"]) == .spanish)
        #expect(try Language.choose(flag: nil, environment: ["LC_MESSAGES": "C", "LANG": "es_ES.UTF-8"]) == .english)
        #expect(try Language.choose(flag: nil, environment: ["LANG": "es"]) == .spanish)
        #expect(try Language.choose(flag: nil, environment: ["LANG": "es_ES@euro"]) == .spanish)
        #expect(try Language.choose(flag: nil, environment: ["LANG": "fr_FR.UTF-8"]) == .english)
        #expect(try Language.choose(flag: nil, environment: [:]) == .english)
        #expect(throws: HandoffError.invalidInput("--lang takes en or es, not 'fr'")) { try Language.choose(flag: "fr", environment: [:]) }
    }

    @Test func numbersMoneyAndDatesAreWrittenTheLanguagesWay() {
        let english = Strings.english
        let spanish = Strings(.spanish)
        #expect(english.integer(1_234) == "1,234" && spanish.integer(1_234) == "1234")
        #expect(english.integer(12_345) == "12,345" && spanish.integer(12_345) == "12.345")
        #expect(english.money(1_234_567.8) == "1,234,568" && spanish.money(1_234_567.8) == "1.234.568")
        #expect(english.compactMoney(18_500) == "18.5k" && spanish.compactMoney(18_500) == "18,5k")
        #expect(spanish.compactMoney(1_250_000) == "1,25M" && spanish.compactMoney(nil) == "")
        #expect(english.percent(1.0 / 3.0) == "33%" && spanish.percent(1.0 / 3.0) == "33 %" && spanish.percent(nil) == "-")
        // 2026-11-20 12:00 UTC.
        let noon: Int64 = 1_795_176_000
        #expect(english.date(noon) == "2026-11-20" && spanish.date(noon) == "20/11/2026")
        #expect(english.dateTime(noon) == "2026-11-20 12:00" && spanish.dateTime(noon) == "20/11/2026 12:00")
        #expect(english.ago(30) == "just now" && spanish.ago(30) == "ahora")
        #expect(english.ago(3 * 86_400 + 5) == "3d ago" && spanish.ago(5 * 3_600) == "hace 5h")
        let late = SLAClock(remaining: -7_500, budget: 86_400, due: 0)
        #expect(english.clock(late) == "2h 05m over" && spanish.clock(late) == "2h 05m tarde")
        #expect(spanish.clock(SLAClock(remaining: 2_700, budget: 86_400, due: 0)) == "quedan 45m")
    }
}
