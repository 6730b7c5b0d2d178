/// Scores leads against one definition. The definition is prepared once (a test per rule, the
/// rules grouped by the field they read); each lead's values are then fed in, as UTF-8 bytes
/// straight from the database or from a `Lead`, and only a flag per rule is kept, so scoring a
/// million leads allocates nothing per lead. The panel's breakdown and the stored scores come from
/// this one evaluator, so they cannot disagree.
public struct ScoringEvaluator: Sendable {
    public let definition: ScoringDefinition
    /// The distinct fields the rules read; a field's index is its slot.
    public let fields: [ScoringField]
    private let rules: [ScoringRule]
    private let isFit: [Bool]
    private let points: [Int]
    private let table: ScoringRuleTable
    private let fitCap: Int?
    private let engagementCap: Int?
    private let decay: ScoringDecay?
    private let threshold: Int
    private let fitMinimum: Int
    private let ageSlot: Int?
    private let emailDomainSlot: Int?
    private var fired: [Bool]
    private var ageDays = 0
    /// The activity fields the rules read, by slot; their values are known only once all of the
    /// lead's activity is in, so they are matched when the score is taken.
    private let activitySlots: [(slot: Int, field: ScoringActivityField)]
    private var tally: ActivityTally

    public init(_ definition: ScoringDefinition) {
        self.definition = definition
        rules = definition.fit.rules + definition.engagement.rules
        isFit = definition.fit.rules.map { _ in true } + definition.engagement.rules.map { _ in false }
        points = rules.map(\.points)
        fitCap = definition.fit.cap
        engagementCap = definition.engagement.cap
        decay = definition.engagement.decay
        threshold = definition.threshold
        fitMinimum = definition.fitMinimum ?? Int.min
        var fields: [ScoringField] = []
        var bySlot: [[Int]] = []
        for (index, rule) in rules.enumerated() {
            if let slot = fields.firstIndex(of: rule.target) {
                bySlot[slot].append(index)
            } else {
                fields.append(rule.target)
                bySlot.append([index])
            }
        }
        self.fields = fields
        table = ScoringRuleTable(rules: rules, slots: bySlot)
        activitySlots = fields.enumerated().compactMap { slot, field in
            if case let .activity(activity) = field { return (slot, activity) }
            return nil
        }
        tally = ActivityTally(decay: definition.engagement.activityDecay)
        ageSlot = fields.firstIndex(of: .lead(.ageDays))
        emailDomainSlot = fields.firstIndex(of: .lead(.emailDomain))
        fired = Array(repeating: false, count: rules.count)
    }

    public func slot(of field: ScoringField) -> Int? { fields.firstIndex(of: field) }

    /// Starts a lead: forgets the previous one and notes its age when the score is computed.
    public mutating func begin(createdAt: Int64, at now: Int64) {
        for index in fired.indices { fired[index] = false }
        ageDays = Int(max(0, now - createdAt) / 86_400)
        if let ageSlot { record(slot: ageSlot, number: Double(ageDays)) }
        if !activitySlots.isEmpty { tally.begin(at: now) }
    }

    /// Whether the rules read activity: when not, feeding it in is wasted work.
    public var usesActivity: Bool { !activitySlots.isEmpty }

    /// One action of the current lead; one after the moment it is scored at does not count.
    public mutating func record(activity kind: ActivityKind, at: Int64) {
        tally.add(kind, at: at)
    }

    /// The value of a field as stored (for `email_domain`, the whole email). The bytes are only
    /// read during the call.
    public mutating func record(slot: Int, utf8 raw: UnsafeBufferPointer<UInt8>) {
        var value = ScoringNumber.trimmed(raw)
        if slot == emailDomainSlot {
            guard let at = value.lastIndex(of: 64) else { return }
            value = UnsafeBufferPointer(rebasing: value[(at + 1)...])
        }
        guard !value.isEmpty else { return }
        table.match(slot: slot, text: value, into: &fired)
    }

    public mutating func record(slot: Int, number: Double) {
        table.match(slot: slot, number: number, into: &fired)
    }

    public mutating func record(slot: Int, value: ScoringFieldValue) {
        switch value {
        case let .number(number):
            record(slot: slot, number: number)
        case let .text(text):
            var text = text
            text.withUTF8 { record(slot: slot, utf8: $0) }
        }
    }

    /// The current lead's score.
    public func score() -> Score { steps().score }

    /// The current lead's score with every step shown.
    public func breakdown() -> ScoreBreakdown {
        let steps = steps()
        let fired = firedWithActivity()
        let lines = rules.indices.map { ScoreBreakdown.Line(rule: rules[$0], group: isFit[$0] ? .fit : .engagement, fired: fired[$0]) }
        return ScoreBreakdown(
            lines: lines, fitPoints: steps.fitPoints, fit: steps.score.fit, engagementPoints: steps.engagementPoints,
            engagementCapped: steps.engagementCapped, engagement: steps.score.engagement, ageDays: ageDays,
            decayPeriods: steps.periods, decayFactor: steps.factor, score: steps.score,
            threshold: definition.threshold, fitMinimum: definition.fitMinimum)
    }

    /// Points of the rules that fired; each group capped; engagement then decayed by whole
    /// periods of age and rounded to the nearest point; the total never below 0.
    private func steps() -> (fitPoints: Int, engagementPoints: Int, engagementCapped: Int, periods: Int, factor: Double, score: Score) {
        var fitPoints = 0, engagementPoints = 0
        let fired = firedWithActivity()
        for index in fired.indices where fired[index] {
            if isFit[index] { fitPoints += points[index] } else { engagementPoints += points[index] }
        }
        let fit = fitCap.map { min($0, fitPoints) } ?? fitPoints
        let capped = engagementCap.map { min($0, engagementPoints) } ?? engagementPoints
        var periods = 0, factor = 1.0, engagement = capped
        if let decay {
            periods = decay.periods(ageDays: ageDays)
            factor = decay.factor(periods: periods)
            // A tiny nudge so that an exact half (15 x 0.5) rounds up despite binary fractions.
            let decayed = Double(capped) * factor
            engagement = Int((decayed + (decayed >= 0 ? 1e-9 : -1e-9)).rounded())
        }
        let total = max(0, fit + engagement)
        let score = Score(total: total, fit: fit, engagement: engagement, qualifies: total >= threshold && fit >= fitMinimum)
        return (fitPoints, engagementPoints, capped, periods, factor, score)
    }

    /// The rules that fired on the lead's fields and attributes, and those the activity fires.
    private func firedWithActivity() -> [Bool] {
        guard !activitySlots.isEmpty else { return fired }
        var all = fired
        for (slot, field) in activitySlots {
            if let value = tally.value(of: field) { table.match(slot: slot, number: value, into: &all) }
        }
        return all
    }

    /// One lead's breakdown from the lead, its attributes (by name) and its activity, at `now`.
    public static func breakdown(
        _ definition: ScoringDefinition, lead: Lead, attributes: [String: String], activity: [ActivityRecord] = [],
        at now: Int64
    ) -> ScoreBreakdown {
        var evaluator = ScoringEvaluator(definition)
        evaluator.load(lead: lead, attributes: attributes, activity: activity, at: now)
        return evaluator.breakdown()
    }

    /// Feeds a whole lead in: its fields, the attributes the rules read, and its activity.
    public mutating func load(lead: Lead, attributes: [String: String], activity: [ActivityRecord] = [], at now: Int64) {
        begin(createdAt: lead.createdAt, at: now)
        for (slot, field) in fields.enumerated() {
            switch field {
            case let .lead(leadField):
                if let value = leadField.value(of: lead) { record(slot: slot, value: value) }
            case let .attribute(name):
                if let value = attributes[name] { record(slot: slot, value: .text(value)) }
            case .activity:
                break
            }
        }
        if usesActivity {
            for record in activity { self.record(activity: record.kind, at: record.at) }
        }
    }
}
