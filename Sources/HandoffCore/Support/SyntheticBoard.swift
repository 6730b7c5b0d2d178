/// A synthetic but believable year of a team's pipeline, made from a seed: the data set of
/// `handoff generate` and of the benchmarks. The same seed, size and end date always give the same
/// board. Leads arrive at a growing pace over the year and move through a funnel whose rates follow
/// their score: about a third are handed off, most handoffs are accepted within the service level,
/// and a fraction of accepted leads are won weeks later; recent leads are still on their way.
public struct SyntheticBoard: Sendable {
    /// A lead with everything that happened to it; the ids of `events` are still 0.
    public struct GeneratedLead: Sendable {
        public var lead: Lead
        public var attributes: [LeadAttribute]
        public var events: [LeadEvent]
        /// For an answered handoff: which of `events` answered it, and the clock of the answer.
        public var response: Response?
    }

    public struct Response: Sendable, Equatable {
        public var eventIndex: Int
        public var handedOffAt: Int64
        public var dueAt: Int64
        public var workingSeconds: Int64
    }

    public struct Campaign: Sendable, Equatable {
        public var id: String
        public var name: String
        public var channel: String
        public var spend: Double
        public var started: Int64
        public var ended: Int64
    }

    public let seed: UInt64
    public let count: Int
    /// The end of the year of data: nothing happens after it.
    public let until: Int64
    public let start: Int64
    private let level: ServiceLevel
    private var campaignLeads: [Int]
    private var wonByMonth = [Double](repeating: 0, count: 12)

    public var members: [Member] { SyntheticVocabulary.marketing + SyntheticVocabulary.sales + SyntheticVocabulary.admins }

    static let day: Int64 = 86_400
    static let year: Int64 = 365 * day

    public init(seed: UInt64, leads: Int, until: Int64, serviceLevel: ServiceLevel = .standard) {
        self.seed = seed
        count = leads
        self.until = until
        start = until - SyntheticBoard.year
        level = serviceLevel
        campaignLeads = [Int](repeating: 0, count: SyntheticVocabulary.campaigns.count)
    }

    /// The year's campaigns, with a spend that follows the leads each brought (call after the leads).
    public var campaigns: [Campaign] {
        var random = SeededRandom(seed: seed, stream: UInt64.max)
        return SyntheticVocabulary.campaigns.enumerated().map { index, plan in
            let cost = SyntheticVocabulary.costPerLead[plan.channel] ?? 30
            let spend = (Double(campaignLeads[index]) * cost * (0.8 + 0.4 * random.unit()) / 10).rounded() * 10
            return Campaign(
                id: plan.id, name: plan.name, channel: plan.channel, spend: spend,
                started: month(plan.start), ended: min(until, month(plan.end)) - 1)
        }
    }

    /// Monthly revenue goals for the year, a little above what was won and rising through it
    /// (call after the leads).
    public var goals: [(start: Int64, end: Int64, revenue: Double)] {
        let total = wonByMonth.reduce(0, +)
        return (0..<12).map { index in
            let goal = (total / 12 * (0.8 + 0.5 * Double(index) / 11) / 1_000).rounded() * 1_000
            return (month(Double(index)), month(Double(index + 1)) - 1, max(1_000, goal))
        }
    }

    private func month(_ months: Double) -> Int64 { start + Int64(months * Double(SyntheticBoard.year) / 12) }

    /// Lead number `index` (0-based; its id is `index + 1`). Leads must be made in order, as the
    /// campaigns' spend and the goals count them.
    public mutating func lead(_ index: Int) -> GeneratedLead {
        var random = SeededRandom(seed: seed, stream: UInt64(index))
        let vocabulary = SyntheticVocabulary.self
        let id = Int64(index + 1)
        // A growing business: arrivals speed up through the year; ids follow arrival order.
        let position = (Double(index) + random.unit()) / Double(max(1, count))
        var created =
            start + Int64(Double(SyntheticBoard.year) * position.squareRoot() * 0.6 + Double(SyntheticBoard.year) * position * 0.4)
        created = created - created % 60 + Int64(random.below(60))

        let country = vocabulary.countries[random.weighted(vocabulary.countries.map(\.share))]
        let first = random.pick(country.spanish ? vocabulary.spanishFirstNames : vocabulary.englishFirstNames)
        var last = random.pick(country.spanish ? vocabulary.spanishLastNames : vocabulary.englishLastNames)
        var localPart = vocabulary.slugs[first]! + "." + vocabulary.slugs[last]!
        if country.spanish && random.chance(0.6) {
            let second = random.pick(vocabulary.spanishLastNames)
            last += " " + second
            localPart += "." + vocabulary.slugs[second]!
        }
        let companyWord = random.pick(country.spanish ? vocabulary.spanishCompanyWords : vocabulary.englishCompanyWords)
        let companyName = random.pick(country.spanish ? vocabulary.spanishCompanyNames : vocabulary.englishCompanyNames)
        let company = "\(companyWord) \(companyName) \(random.pick(country.suffixes))"
        let domain = vocabulary.slugs[companyWord]! + vocabulary.slugs[companyName]! + "." + country.domain
        let email = "\(localPart)\(id)@\(domain)"
        var phone = ""
        for character in country.phone { phone.append(character == "#" ? Character(String(random.below(10))) : character) }
        let sourceIndex = random.weighted(vocabulary.sources.map(\.share))
        let source = vocabulary.sources[sourceIndex]
        var campaign: String?
        if let channel = source.channel, random.chance(0.7) {
            let active = vocabulary.campaigns.indices.filter {
                vocabulary.campaigns[$0].channel == channel && month(vocabulary.campaigns[$0].start) <= created
                    && created < month(vocabulary.campaigns[$0].end)
            }
            if !active.isEmpty {
                let chosen = active[random.below(active.count)]
                campaign = vocabulary.campaigns[chosen].id
                campaignLeads[chosen] += 1
            }
        }
        let industry = random.pick(vocabulary.industries)
        let employees = Int(5 * (1 + random.unit() * 30).squareRoot() * (1 + random.unit() * 30))
        var score = 20 + random.below(45) + (employees > 50 ? 10 : 0) + (["software", "fintech", "retail"].contains(industry) ? 10 : 0)
        if source.source == "referral" || source.source == "event" { score += 10 }
        score = min(100, score)
        let marketer = random.pick(vocabulary.marketing).login

        var lead = Lead(
            id: id, name: "\(first) \(last)", company: company, email: email, phone: phone, source: source.source,
            campaign: campaign, owner: marketer, stage: "lead", score: score, createdAt: created, enteredAt: created)
        var events = [LeadEvent(leadID: id, at: created, actor: marketer, kind: EventKind.created, toStage: "lead")]
        var response: Response?
        func move(to stage: String, at time: Int64, actor: String, kind: String? = nil, detail: String? = nil) {
            events.append(
                LeadEvent(
                    leadID: id, at: time, actor: actor, kind: kind ?? EventKind.forMove(from: lead.stage, to: stage),
                    fromStage: lead.stage, toStage: stage, detail: detail))
            lead.stage = stage
            lead.enteredAt = time
        }
        // People act in their working hours: a step that would fall at night or on a weekend is
        // taken in the first hours of the next working day instead. Leads themselves arrive at
        // any hour (web forms, imports).
        func later(_ time: Int64, days: ClosedRange<Int>) -> Int64 {
            let raw = time + Int64(random.between(days.lowerBound * 24, days.upperBound * 24)) * 3_600 + Int64(random.below(3_600))
            let calendar = level.calendar
            let worked = calendar.workingSeconds(until: raw)
            guard calendar.instant(reaching: worked) != raw else { return raw }
            let morning = Int(min(calendar.secondsPerDay, 4 * 3_600))
            return calendar.instant(reaching: worked + 1 + Int64(random.below(max(1, morning))))
        }
        let attributes = [
            LeadAttribute("country", country.code), LeadAttribute("employees", String(employees)), LeadAttribute("industry", industry),
        ]
        let handoffChance = score >= 65 ? 0.8 : score >= 45 ? 0.45 : 0.12
        var time = created
        guard random.chance(handoffChance) else {
            let nurtureAt = later(time, days: 1...25)
            if random.chance(0.5) && nurtureAt < until { move(to: "nurture", at: nurtureAt, actor: marketer) }
            return GeneratedLead(lead: lead, attributes: attributes, events: events, response: nil)
        }
        if random.chance(0.3) {
            time = later(time, days: 1...10)
            guard time < until else { return GeneratedLead(lead: lead, attributes: attributes, events: events, response: nil) }
            move(to: "nurture", at: time, actor: marketer)
        }
        time = later(time, days: 0...20)
        guard time < until else { return GeneratedLead(lead: lead, attributes: attributes, events: events, response: nil) }
        let rep = random.pick(vocabulary.sales).login
        move(to: "mql", at: time, actor: marketer, detail: "routed to \(rep) (round robin)")
        lead.owner = rep
        // Most answers come within the working day, some the next day, a few after the promise.
        let waited: Int64 = [
            Int64(1_800 + random.below(27_000)), Int64(28_800 + random.below(57_600)), Int64(86_400 + random.below(129_600)),
        ][random.weighted([60, 30, 10])]
        let handedOff = time
        let answeredAt = level.calendar.instant(reaching: level.calendar.workingSeconds(until: handedOff) + waited)
        guard answeredAt < until else { return GeneratedLead(lead: lead, attributes: attributes, events: events, response: nil) }
        response = Response(
            eventIndex: events.count, handedOffAt: handedOff, dueAt: level.deadline(handedOffAt: handedOff), workingSeconds: waited)
        if random.chance(0.28) {
            let reason = vocabulary.rejectReasons[random.weighted(vocabulary.rejectReasons.map(\.weight))]
            move(to: "nurture", at: answeredAt, actor: rep, detail: reason.comment.map { "\(reason.code): \($0)" } ?? reason.code)
            lead.owner = nil
            return GeneratedLead(lead: lead, attributes: attributes, events: events, response: response)
        }
        move(to: "sal", at: answeredAt, actor: rep, detail: "owner: \(rep)")
        time = answeredAt
        // Each sales stage: chance to advance, chance to be lost, days it takes.
        let steps: [(stage: String, advance: Double, lose: Double, days: ClosedRange<Int>)] = [
            ("sql", 0.65, 0.15, 2...15), ("proposal", 0.6, 0.2, 3...20), ("negotiation", 0.62, 0.25, 3...25), ("won", 0.58, 0.38, 5...30),
        ]
        for step in steps {
            time = later(time, days: step.days)
            guard time < until else { break }
            let roll = random.unit()
            if roll < step.advance {
                if step.stage == "won" {
                    let amount = ((lead.value ?? 10_000) * (0.85 + 0.25 * random.unit()) / 100).rounded() * 100
                    lead.value = amount
                    lead.closedAt = time
                    move(to: "won", at: time, actor: rep, detail: MoneyFormat.plain(amount))
                    let monthIndex = Int((time - start) * 12 / SyntheticBoard.year)
                    if (0..<12).contains(monthIndex) { wonByMonth[monthIndex] += amount }
                    break
                }
                if step.stage == "sql" {
                    // Deal sizes are skewed: many small deals, a few large ones.
                    lead.value = ((3_000 + 120_000 * random.unit() * random.unit() * random.unit()) / 500).rounded() * 500
                }
                move(to: step.stage, at: time, actor: rep)
            } else if roll < step.advance + step.lose {
                let reason = vocabulary.lostReasons[random.weighted(vocabulary.lostReasons.map(\.weight))].code
                lead.closedAt = time
                lead.lostReason = reason
                move(to: "lost", at: time, actor: rep, detail: reason)
                break
            } else {
                break
            }
        }
        return GeneratedLead(lead: lead, attributes: attributes, events: events, response: response)
    }
}
