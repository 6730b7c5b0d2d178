import HandoffCore
import HandoffTestSupport
import Testing

/// Amounts typed by a person, read the way their language writes numbers.
@Suite struct MoneyInputTests {
    func amount(_ text: String, _ language: Language) -> Double? {
        try? MoneyInput.parse(text, language: language).get()
    }

    func refusal(_ text: String, _ language: Language) -> String? {
        guard case let .failure(error) = MoneyInput.parse(text, language: language) else { return nil }
        return Strings(language).error(error)
    }

    @Test func spanishGroupsWithADotAndMarksDecimalsWithAComma() {
        #expect(amount("18.500,50", .spanish) == 18_500.5)
        #expect(amount("19.500", .spanish) == 19_500)
        #expect(amount("18,5k", .spanish) == 18_500)
        #expect(amount("1500", .spanish) == 1_500)
        #expect(amount("1.500", .spanish) == 1_500)
        #expect(amount("1,2M", .spanish) == 1_200_000)
        #expect(amount("18 500,5 €", .spanish) == 18_500.5)
        #expect(amount("0,5", .spanish) == 0.5)
    }

    @Test func englishIsTheOtherWayRound() {
        #expect(amount("18,500.50", .english) == 18_500.5)
        #expect(amount("18.5k", .english) == 18_500)
        #expect(amount("$1,500", .english) == 1_500)
        #expect(amount("18.500,50", .english) == nil && amount("18,5k", .english) == nil)
        #expect(amount("18,500.50", .spanish) == nil && amount("18.5k", .spanish) == nil)
    }

    /// The mistake is answered with the same amount written the language's way, when the other
    /// way reads it, or else with examples; either way only with what the language accepts.
    @Test func everyAmountARefusalSuggestsIsAccepted() {
        #expect(refusal("18,500.50", .spanish) == "'18,500.50' no es un importe; en español se escribe 18.500,50")
        #expect(refusal("18.5k", .spanish) == "'18.5k' no es un importe; en español se escribe 18,5k")
        #expect(refusal("1500.75", .spanish) == "'1500.75' no es un importe; en español se escribe 1500,75")
        #expect(refusal("18.500,50", .english) == "'18.500,50' is not an amount; in English, write it 18,500.50")
        #expect(refusal("mucho", .spanish) == "'mucho' no es un importe; usa cifras, p. ej. 18500 o 18.500,50 o 18,5k")
        #expect(refusal("lots", .english) == "'lots' is not an amount; use digits, e.g. 18500 or 18,500.50 or 18.5k")
        for language in Language.allCases {
            for example in MoneyInput.examples(language) {
                #expect(amount(example, language) != nil, "\(language): \(example)")
            }
            for typed in ["18,500.50", "18.500,50", "18.5k", "18,5k", "1500.75", "1500,75", "0.5", "0,5", "12.345.678,9", "12,345,678.9"] {
                guard case let .failure(error) = MoneyInput.parse(typed, language: language),
                    case let .text(suggested)? = error.message.arguments.last, error.message.template.hasSuffix("write it {3}")
                else { continue }
                #expect(
                    amount(suggested, language) == amount(typed, language == .english ? .spanish : .english),
                    "\(language): \(typed) -> \(suggested)")
            }
        }
    }

    @Test func theSameRefusalsInBothLanguages() throws {
        for language in Language.allCases {
            #expect(throws: HandoffError.invalidInput("the amount cannot be negative")) {
                try MoneyInput.parse("-5", language: language).get()
            }
            #expect(throws: HandoffError.invalidInput("the amount must be more than zero")) {
                try MoneyInput.parse("0", language: language).get()
            }
            #expect(throws: HandoffError.self) { try MoneyInput.parse("12 euros", language: language).get() }
            #expect(throws: HandoffError.self) { try MoneyInput.parse("", language: language).get() }
        }
        #expect(throws: HandoffError.invalidInput("an amount has at most two decimals")) {
            try MoneyInput.parse("1,234", language: .spanish).get()
        }
        #expect(try MoneyInput.parse("0", language: .spanish, allowZero: true).get() == 0)
    }

    @Test func aConfirmationShowsTheCentsThatWereTyped() {
        #expect(Strings(.spanish).exactMoney(18_500.5) == "18.500,50" && Strings(.english).exactMoney(18_500.5) == "18,500.50")
        #expect(Strings(.english).exactMoney(18_500) == "18,500" && Strings(.english).exactMoney(0.05) == "0.05")
        #expect(Strings(.spanish).exactMoney(1_234.99) == "1234,99" && Strings(.english).exactMoney(-2.5) == "-2.50")
    }

    @Test func anAmountIsWrittenBackAsItIsTyped() throws {
        #expect(MoneyFormat.plain(18_500.5, .spanish) == "18500,50" && MoneyFormat.plain(18_500.5, .english) == "18500.50")
        #expect(MoneyFormat.plain(18_500, .spanish) == "18500")
        for value in [0.5, 18_500.5, 1_234.56, 1_000_000] {
            for language in Language.allCases {
                #expect(try MoneyInput.parse(MoneyFormat.plain(value, language), language: language, allowZero: true).get() == value)
            }
        }
    }
}
