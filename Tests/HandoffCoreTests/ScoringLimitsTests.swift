import HandoffCore
import Testing

/// A definition stays small enough to evaluate on a million leads: lists, rules and the file itself
/// have limits, each refused with its line and column; a file saved with a byte order mark (as
/// Windows editors save) reads as without one.
@Suite struct ScoringLimitsTests {
    func list(_ count: Int) -> String { (0..<count).map { "\"v\($0)\"" }.joined(separator: ", ") }

    @Test func aListOfMoreThanAThousandValuesIsRefusedAtTheFirstValueTooMany() throws {
        _ = try ScoringDefinition.parse("threshold 60\n[fit]\nindustry in (\(list(ScoringDefinition.maximumListValues))) -> 10\n")
        let text = "threshold 60\n[fit]\nindustry in (\(list(20_000))) -> 10\n"
        let column = "industry in (".count + list(ScoringDefinition.maximumListValues).count + 3
        #expect(
            throws: ScoringError(
                line: 3, column: column,
                Message(
                    verbatim: """
                        the list has more than 1000 values; a rule lists at most 1000 (split it into rules, or score an attribute that groups the values)
                        """))
        ) { try ScoringDefinition.parse(text) }
    }

    @Test func moreRulesOrValuesThanADefinitionMayHaveAreRefused() throws {
        let rules = (1...ScoringDefinition.maximumRules + 1).map { "employees >= \($0) -> 1" }.joined(separator: "\n")
        #expect(
            throws: ScoringError(
                line: ScoringDefinition.maximumRules + 3, column: 1,
                Message(
                    verbatim: """
                        more than 200 rules; a definition has at most 200
                        """))
        ) { try ScoringDefinition.parse("threshold 60\n[fit]\n" + rules) }
        let lists = (1...11).map { _ in "industry in (\(list(1_000))) -> 1" }.joined(separator: "\n")
        #expect(
            throws: ScoringError(
                line: 13, column: 1,
                Message(
                    verbatim: """
                        the rules list more than 10000 values in all; a definition lists at most 10000
                        """))
        ) { try ScoringDefinition.parse("threshold 60\n[fit]\n" + lists) }
    }

    @Test func aFileLargerThanADefinitionCanBeIsRefusedBeforeItIsRead() {
        let text = "threshold 60\n[fit]\nemployees >= 5 -> 1\n# " + String(repeating: "x", count: ScoringDefinition.maximumBytes)
        #expect(
            throws: ScoringError(
                line: 1, column: 1, Message(verbatim: "the definition is larger than 1024 KB; a scoring definition is at most 1024 KB"))
        ) {
            try ScoringDefinition.parse(text)
        }
    }

    /// A long list is looked up by hash: the same matches as comparing with each value, case and
    /// surrounding spaces aside, accents included.
    @Test func aLongListMatchesAsAShortOneDoes() throws {
        let values = (0..<40).map { "\"filler \($0)\"" } + ["\"Fintech\"", "\"ÑANDÚ Logística\"", "\"\""]
        let definition = try ScoringDefinition.parse("threshold 1\n[fit]\nindustry in (\(values.joined(separator: ", "))) -> 5\n")
        let short = try ScoringDefinition.parse("threshold 1\n[fit]\nindustry in (\"Fintech\", \"ÑANDÚ Logística\") -> 5\n")
        for (value, matches) in [
            ("fintech", true), ("  FINTECH ", true), ("ñandú logística", true), ("Ñandú LOGÍSTICA", true), ("nandu logistica", false),
            ("fintech!", false), ("filler 7", true), ("", false),
        ] {
            let lead = Lead(id: 1, name: "x", stage: "lead", createdAt: 0, enteredAt: 0)
            let long = ScoringEvaluator.breakdown(definition, lead: lead, attributes: ["industry": value], at: 0).score.total
            #expect(long == (matches ? 5 : 0), "\(value)")
            if !value.hasPrefix("filler") {
                #expect(
                    ScoringEvaluator.breakdown(short, lead: lead, attributes: ["industry": value], at: 0).score.total == long, "\(value)")
            }
        }
    }

    @Test func aByteOrderMarkAtTheStartIsIgnored() throws {
        let plain = try ScoringDefinition.parse("threshold 60\n[fit]\nemployees >= 5 -> 1\n")
        #expect(try ScoringDefinition.parse("\u{FEFF}threshold 60\n[fit]\nemployees >= 5 -> 1\n") == plain)
        // Elsewhere it is still an invisible character in the text of a rule.
        #expect(throws: ScoringError.self) { try ScoringDefinition.parse("threshold 60\n[fit]\nindustry = \"a\u{FEFF}b\" -> 1\n") }
    }
}
