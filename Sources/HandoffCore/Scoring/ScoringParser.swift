/// Reads the scoring file format, one statement per line:
///
///     # comment
///     threshold 60
///     fit_minimum 20
///     [fit]
///     employees >= 50 -> 15
///     industry in ("software", "fintech") -> 10
///     cap 50
///     [engagement]
///     demo_requested = "yes" -> 30
///     clicks_30d >= 2 -> 10
///     decay 30 days 50%
///     activity decay 30 days 50%
///     cap 60
///
/// Every error names the line and column and what was expected there.
struct ScoringParser {
    let lines: [Substring]
    let tooLarge: Bool

    init(text: String) {
        tooLarge = text.utf8.count > ScoringDefinition.maximumBytes
        // Editors on Windows save a byte order mark first; it is no part of the definition.
        let text = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        lines = tooLarge ? [] : text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    static let maximumPoints = 10_000
    static let maximumThreshold = 1_000_000

    private struct State {
        var threshold: (value: Int, line: Int)?
        var fitMinimum: (value: Int, line: Int)?
        var section: ScoringGroup.Kind?
        var sectionLines: [ScoringGroup.Kind: Int] = [:]
        var groups: [ScoringGroup.Kind: ScoringGroup] = [.fit: ScoringGroup(kind: .fit), .engagement: ScoringGroup(kind: .engagement)]
        var capLines: [ScoringGroup.Kind: Int] = [:]
        var decayLine: Int?
        var activityDecayLine: Int?
        var rules = 0
        var values = 0
    }

    func parse() throws(ScoringError) -> ScoringDefinition {
        if tooLarge {
            let limit = ScoringDefinition.maximumBytes / 1024
            throw ScoringError(line: 1, column: 1, Message(.definitionIsLargerThan, "\(limit)", "\(limit)"))
        }
        var state = State()
        for (offset, text) in lines.enumerated() {
            let number = offset + 1
            let tokens = try ScoringLexer(line: text, number: number).tokens()
            guard !tokens.isEmpty else { continue }
            var line = ScoringLine(tokens: tokens, number: number, text: text)
            try statement(&line, state: &state)
        }
        guard let threshold = state.threshold else {
            throw ScoringError(
                line: 1, column: 1,
                Message(.noThresholdAddA))
        }
        let fit = state.groups[.fit]!, engagement = state.groups[.engagement]!
        if fit.rules.isEmpty && engagement.rules.isEmpty {
            throw ScoringError(
                line: 1, column: 1, Message(.noRulesAddAt))
        }
        return ScoringDefinition(threshold: threshold.value, fitMinimum: state.fitMinimum?.value, fit: fit, engagement: engagement)
    }

    private func statement(_ line: inout ScoringLine, state: inout State) throws(ScoringError) {
        let first = line.tokens[0]
        if first.isSymbol("[") {
            try section(&line, state: &state)
            return
        }
        switch first.word {
        case "threshold", "fit_minimum":
            let name = first.word!
            if let section = state.section, let sectionLine = state.sectionLines[section] {
                throw line.error(at: first, Message(.belongsBeforeTheFirst, "\(name)", "\(section.rawValue)", "\(sectionLine)"))
            }
            if let earlier = name == "threshold" ? state.threshold : state.fitMinimum {
                throw line.error(at: first, Message(.isSetTwiceFirst, "\(name)", "\(earlier.line)"))
            }
            line.advance()
            let value = try line.wholeNumber(
                what: name == "threshold" ? Message(.theThresholdWord) : Message(.theFitMinimumWord) as Message, example: "\(name) 60",
                range: (name == "threshold" ? 0 : -ScoringParser.maximumThreshold)...ScoringParser.maximumThreshold)
            try line.expectEnd(after: Message(verbatim: name))
            if name == "threshold" { state.threshold = (value, line.number) } else { state.fitMinimum = (value, line.number) }
        case "cap":
            let section = try requireSection(for: first, line: line, state: state, what: Message(.cap))
            if let earlier = state.capLines[section] {
                throw line.error(at: first, Message(.hasACapAlready, "\(section.rawValue)", "\(earlier)"))
            }
            line.advance()
            let cap = try line.wholeNumber(what: Message(.aCapWord), example: "cap 50", range: 0...ScoringParser.maximumThreshold)
            try line.expectEnd(after: Message(.cap))
            state.groups[section]!.cap = cap
            state.capLines[section] = line.number
        case "decay":
            let section = try requireSection(for: first, line: line, state: state, what: Message(.decay))
            guard section == .engagement else {
                throw line.error(at: first, Message(.decayAppliesToEngagement))
            }
            if let earlier = state.decayLine { throw line.error(at: first, Message(.engagementHasADecay, "\(earlier)")) }
            line.advance()
            state.groups[.engagement]!.decay = try decay(&line, example: "decay 30 days 50%")
            state.decayLine = line.number
        case "activity" where line.tokens.count > 1 && line.tokens[1].word == "decay":
            let section = try requireSection(for: first, line: line, state: state, what: Message(.activityDecay))
            guard section == .engagement else {
                throw line.error(at: first, Message(.activityDecayAppliesTo))
            }
            if let earlier = state.activityDecayLine {
                throw line.error(at: first, Message(.engagementHasAnActivity, "\(earlier)"))
            }
            line.advance()
            line.advance()
            state.groups[.engagement]!.activityDecay = try decay(&line, example: "activity decay 30 days 50%")
            state.activityDecayLine = line.number
        default:
            let section = try requireSection(for: first, line: line, state: state, what: Message(.rule))
            if state.rules == ScoringDefinition.maximumRules {
                throw line.error(
                    at: first,
                    Message(.moreThanRulesA, "\(ScoringDefinition.maximumRules)", "\(ScoringDefinition.maximumRules)"))
            }
            var parser = ScoringRuleParser(line: line)
            let rule = try parser.parse()
            if section == .fit, case .activity = rule.target {
                throw line.error(at: first, Message(.isWhatTheLead, "\(rule.field)"))
            }
            state.rules += 1
            state.values += rule.values.count
            if state.values > ScoringDefinition.maximumValues {
                let limit = ScoringDefinition.maximumValues
                throw line.error(at: first, Message(.rulesListMoreThan, "\(limit)", "\(limit)"))
            }
            state.groups[section]!.rules.append(rule)
        }
    }

    /// `N days P%`, the rest of a decay line.
    private func decay(_ line: inout ScoringLine, example: String) throws(ScoringError) -> ScoringDecay {
        let days = try line.wholeNumber(what: Message(.daysOfADecay), example: example, range: 1...3_650)
        guard let unit = line.current, unit.word == "days" || unit.word == "day" else {
            throw line.error(at: line.current, Message(.expectedDaysAfterThe, "\(example)"))
        }
        line.advance()
        let percent = try line.wholeNumber(what: Message(.percentLostPerPeriod), example: example, range: 1...100)
        guard let sign = line.current, sign.isSymbol("%") else {
            throw line.error(at: line.current, Message(.expectedAfterThePercent, "\(example)"))
        }
        line.advance()
        try line.expectEnd(after: Message(.theDecayWord))
        return ScoringDecay(days: days, percent: percent)
    }

    private func section(_ line: inout ScoringLine, state: inout State) throws(ScoringError) {
        line.advance()
        guard let name = line.current, let word = name.word else {
            throw line.error(at: line.current, Message(.expectedASectionName))
        }
        guard let kind = ScoringGroup.Kind(rawValue: word) else {
            throw line.error(at: name, Message(.unknownSectionTheSections, "\(TerminalText.sanitize(word))"))
        }
        line.advance()
        guard let close = line.current, close.isSymbol("]") else {
            throw line.error(at: line.current, Message(.expectedToClose, "\(word)"))
        }
        line.advance()
        try line.expectEnd(after: Message(.valueInBrackets, "\(word)"))
        if let earlier = state.sectionLines[kind] {
            throw line.error(at: name, Message(.appearsTwiceFirstOn, "\(word)", "\(earlier)"))
        }
        state.sectionLines[kind] = line.number
        state.section = kind
    }

    private func requireSection(for token: ScoringToken, line: ScoringLine, state: State, what: Message) throws(ScoringError)
        -> ScoringGroup.Kind
    {
        guard let section = state.section else {
            throw line.error(at: token, Message(.mustBeUnderFit, "\(what)"))
        }
        return section
    }
}
