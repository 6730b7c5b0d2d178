import HandoffCore
import Testing

@Suite struct LeadFilterTests {
    @Test func wordsAndConditionsAreRead() throws {
        let filter = try LeadFilter.parse("  owner:ana source:Webinar campaign:spring score:>60 stale  acme \"kettle & co\" ")
        #expect(filter.query == "owner:ana source:Webinar campaign:spring score:>60 stale  acme \"kettle & co\"")
        #expect(filter.owner == .login("ana"))
        #expect(filter.source == "Webinar" && filter.campaign == "spring")
        #expect(filter.minimumScore == 61 && filter.maximumScore == nil)
        #expect(filter.staleOnly)
        #expect(filter.words == ["acme", "kettle & co"])
        #expect(!filter.isEmpty)
        #expect(try LeadFilter.parse("   ").isEmpty)
    }

    @Test func scoreRangesAreInclusiveBounds() throws {
        func bounds(_ text: String) throws -> (Int?, Int?) {
            let filter = try LeadFilter.parse("score:" + text)
            return (filter.minimumScore, filter.maximumScore)
        }
        #expect(try bounds(">=60") == (60, nil))
        #expect(try bounds("<40") == (nil, 39))
        #expect(try bounds("<=40") == (nil, 40))
        #expect(try bounds("70") == (70, 70))
        #expect(try bounds("40-80") == (40, 80))
        #expect(try bounds("40..80") == (40, 80))
    }

    @Test func ownerMeAndNone() throws {
        #expect(try LeadFilter.parse("owner:me").owner == .me)
        #expect(try LeadFilter.parse("OWNER:None").owner == .nobody)
    }

    @Test func mistakesAreRefusedWithWhatWouldWork() {
        #expect(throws: FilterError.unknownKey("email")) { try LeadFilter.parse("email:x@y") }
        #expect(throws: FilterError.emptyValue("owner")) { try LeadFilter.parse("owner:") }
        #expect(throws: FilterError.badScore("high")) { try LeadFilter.parse("score:high") }
        #expect(throws: FilterError.badScore("80-40")) { try LeadFilter.parse("score:80-40") }
        #expect(throws: FilterError.repeated("owner")) { try LeadFilter.parse("owner:ana owner:ben") }
        #expect(throws: FilterError.repeated("stale")) { try LeadFilter.parse("stale STALE") }
        #expect(throws: FilterError.unclosedQuote) { try LeadFilter.parse("\"kettle") }
        #expect(
            FilterError.badScore("high").message(.english) == "score:high is not a score range; try score:>60, score:<=40 or score:40-80")
        #expect(FilterError.unknownKey("email").message(Strings(.spanish)).hasPrefix("filtro desconocido 'email:'"))
    }

    @Test func thePaletteMatchesLettersInOrderAndPrefersWordStarts() throws {
        #expect(FuzzyMatch.score("mvn", in: "move the lead to the next stage") != nil)
        #expect(FuzzyMatch.score("xyz", in: "move the lead") == nil)
        #expect(FuzzyMatch.score("", in: "anything") == 0)
        let accept = try #require(FuzzyMatch.score("acc", in: "accept for a rep you choose"))
        let feedback = try #require(FuzzyMatch.score("acc", in: "feedback by source or by campaign"))
        #expect(accept > feedback)
        // Adjacent letters beat scattered ones; case and spaces in the query do not matter.
        #expect(
            try #require(FuzzyMatch.score("undo", in: "undo your last change"))
                > (FuzzyMatch.score("undo", in: "un-mark the lead; do it") ?? 0))
        #expect(FuzzyMatch.score("Next Stage", in: "move the lead to the next stage") != nil)
    }
}
