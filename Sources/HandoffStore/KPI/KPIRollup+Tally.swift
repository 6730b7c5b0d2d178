import HandoffCore

extension KPIRollup {
    /// A lead's first milestones as its events give them (see `Tally.note`).
    struct Milestones {
        var mql: Int64?
        var sal: Int64?
        var sql: Int64?
        /// When the lead first came through the front of the board (`LeadHistorySQL.frontDoor`).
        var front: Int64?
    }

    /// The rollup and the milestones of a bulk load into an empty board, counted in memory as the
    /// loader writes each lead, event and answer: set-based SQL over the facts views cost a
    /// million-lead import most of its time (the lead facts scan `leads` seventeen times, then
    /// sort five million rows). The counting follows the views' definitions row for row; which
    /// stage reaches which milestone is read from `stage_milestones`, and the tests check the
    /// result against a recount over the views (`kpiRecountRows`). Rows must be written whole: a
    /// response with its answer, no undone events (a bulk load writes neither).
    struct Tally {
        private struct Cell: Hashable {
            var measure: Measure
            var key: Int32
            var day: Int64
        }

        /// Every measure the facts views produce.
        private enum Measure: UInt8, CaseIterable {
            case created, createdSource, createdCampaign, createdMQL, createdSAL, createdSQL, createdWon, createdDirect
            case mql, mqlCampaign, mqlSQL, sal, salCampaign, sql, won, wonOwner, wonCampaign, lost
            case handedOff, accepted, rejected, acceptedOwner, rejectedReason
            case slaDue, slaOnTime, answered, answeredActor

            var name: String {
                switch self {
                case .created: return "created"
                case .createdSource: return "created.source"
                case .createdCampaign: return "created.campaign"
                case .createdMQL: return "created.mql"
                case .createdSAL: return "created.sal"
                case .createdSQL: return "created.sql"
                case .createdWon: return "created.won"
                case .createdDirect: return "created.direct"
                case .mql: return "mql"
                case .mqlCampaign: return "mql.campaign"
                case .mqlSQL: return "mql.sql"
                case .sal: return "sal"
                case .salCampaign: return "sal.campaign"
                case .sql: return "sql"
                case .won: return "won"
                case .wonOwner: return "won.owner"
                case .wonCampaign: return "won.campaign"
                case .lost: return "lost"
                case .handedOff: return EventKind.handedOff
                case .accepted: return EventKind.accepted
                case .rejected: return EventKind.rejected
                case .acceptedOwner: return "accepted.owner"
                case .rejectedReason: return "rejected.reason"
                case .slaDue: return "sla.due"
                case .slaOnTime: return "sla.on_time"
                case .answered: return "answered"
                case .answeredActor: return "answered.actor"
                }
            }
        }

        /// Keys by their bytes, as SQLite groups them (Swift's `==` on strings would merge
        /// canonically equivalent spellings that the views keep apart).
        private struct Key: Hashable {
            var text: String
            static func == (left: Key, right: Key) -> Bool { left.text.utf8.elementsEqual(right.text.utf8) }
            func hash(into hasher: inout Hasher) {
                var text = text
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }

        /// Which milestones a stage counts as (`stage_milestones`); stages missing are none.
        private let stages: [String: (mql: Bool, sal: Bool, sql: Bool)]
        private var cells: [Cell: (n: Int64, cents: Int64)] = [:]
        private var keys: [Key: Int32] = [:]
        private var keyTexts: [String] = []
        private var lastKey: (text: String, index: Int32)?

        init(connection: any DatabaseConnection) throws {
            var stages: [String: (mql: Bool, sal: Bool, sql: Bool)] = [:]
            for (id, mql, sal, sql) in try connection.prepare(
                "SELECT id, coalesce(mql, 0), coalesce(sal, 0), coalesce(sql, 0) FROM stage_milestones"
            )
            .rows([], { ($0.string(0), $0.int64(1) != 0, $0.int64(2) != 0, $0.int64(3) != 0) }) {
                stages[id] = (mql, sal, sql)
            }
            self.stages = stages
            cells.reserveCapacity(1 << 15)
        }

        /// Takes one event of a lead into its milestones (as `LeadHistorySQL` reads them). Events
        /// come in the order of their times, as every bulk writer appends them.
        func note(_ milestones: inout Milestones, at: Int64, kind: String, toStage: String?) {
            guard let toStage, kind != EventKind.undone, kind != EventKind.scored, kind != EventKind.referred, let reached = stages[toStage]
            else { return }
            if !reached.sal { milestones.front = min(milestones.front ?? at, at) }
            if let front = milestones.front, at >= front {
                if reached.mql { milestones.mql = min(milestones.mql ?? at, at) }
                if reached.sal { milestones.sal = min(milestones.sal ?? at, at) }
            }
            if reached.sql { milestones.sql = min(milestones.sql ?? at, at) }
        }

        /// The milestones to write with the lead.
        func finished(_ milestones: Milestones) -> Milestones {
            Milestones(mql: milestones.mql, sal: milestones.sal, sql: milestones.sql)
        }

        /// `kpi_lead_facts` of one new lead with its milestones. `undatedAt` is the stand-in time
        /// of a row that came with no date: no fact at that time counts.
        mutating func addLead(_ lead: Lead, milestones: Milestones, undatedAt: Int64? = nil) {
            func real(_ time: Int64?) -> Int64? { time.flatMap { $0 == undatedAt ? nil : $0 / 86_400 } }
            let none = key("")
            let campaign = key(lead.campaign ?? "")
            if undatedAt == nil {
                let created = lead.createdAt / 86_400
                add(.created, none, created)
                add(.createdSource, key(lead.source), created)
                add(.createdCampaign, campaign, created)
                if milestones.mql != nil { add(.createdMQL, none, created) }
                if milestones.sal != nil { add(.createdSAL, none, created) }
                if milestones.sql != nil { add(.createdSQL, none, created) }
                if lead.stage == "won" { add(.createdWon, none, created) }
                if milestones.sql != nil && milestones.mql == nil { add(.createdDirect, none, created) }
            }
            if let mql = real(milestones.mql) {
                add(.mql, none, mql)
                add(.mqlCampaign, campaign, mql)
                if milestones.sql != nil { add(.mqlSQL, none, mql) }
            }
            if let sal = real(milestones.sal) {
                add(.sal, none, sal)
                add(.salCampaign, campaign, sal)
            }
            if let sql = real(milestones.sql) { add(.sql, none, sql) }
            guard let closed = real(lead.closedAt) else { return }
            if lead.stage == "won" {
                let cents = Tally.cents(lead.value ?? 0)
                add(.won, none, closed, cents: cents)
                add(.wonOwner, key(lead.owner ?? ""), closed, cents: cents)
                add(.wonCampaign, campaign, closed, cents: cents)
            } else if lead.stage == "lost" {
                add(.lost, none, closed)
            }
        }

        /// `kpi_event_facts` of one new event (not undone).
        mutating func addEvent(kind: String, at: Int64, actor: String, detail: String?) {
            let day = at / 86_400
            switch kind {
            case EventKind.handedOff:
                add(.handedOff, key(""), day)
            case EventKind.accepted:
                add(.accepted, key(""), day)
                add(.acceptedOwner, key(Tally.acceptedOwner(detail: detail, actor: actor)), day)
            case EventKind.rejected:
                add(.rejected, key(""), day)
                add(.rejectedReason, key(Tally.rejectedReason(detail)), day)
            default:
                break
            }
        }

        /// `kpi_response_facts` of one answered handoff.
        mutating func addResponse(dueAt: Int64, answeredAt: Int64, actor: String?) {
            let none = key("")
            add(.slaDue, none, dueAt / 86_400)
            if answeredAt <= dueAt { add(.slaOnTime, none, dueAt / 86_400) }
            add(.answered, none, answeredAt / 86_400)
            add(.answeredActor, key(actor ?? ""), answeredAt / 86_400)
        }

        /// Replaces `kpi_days` with the tally.
        func write(_ connection: any DatabaseConnection) throws {
            try connection.execute("DELETE FROM kpi_days")
            let insert = try BatchedInsert(connection: connection, prefix: "INSERT INTO kpi_days(measure, day, key, n, cents)", columns: 5)
            let names = Measure.allCases.map(\.name)
            for (cell, total) in cells {
                let full = insert.add { row in
                    row.append(names[Int(cell.measure.rawValue)])
                    row.append(cell.day)
                    row.append(keyTexts[Int(cell.key)])
                    row.append(total.n)
                    row.append(total.cents)
                }
                if full { try insert.flush() }
            }
            try insert.flush()
        }

        private mutating func add(_ measure: Measure, _ key: Int32, _ day: Int64, cents: Int64 = 0) {
            let cell = Cell(measure: measure, key: key, day: day)
            if let total = cells[cell] {
                // Saturating, like the KPI queries' sums: an absurd amount must not stop a load.
                let (sum, overflow) = total.cents.addingReportingOverflow(cents)
                cells[cell] = (total.n + 1, overflow ? (cents < 0 ? Int64.min : Int64.max) : sum)
            } else {
                cells[cell] = (1, cents)
            }
        }

        private mutating func key(_ text: String) -> Int32 {
            if let last = lastKey, last.text.utf8.elementsEqual(text.utf8) { return last.index }
            let index: Int32
            if let known = keys[Key(text: text)] {
                index = known
            } else {
                index = Int32(keyTexts.count)
                keys[Key(text: text)] = index
                keyTexts.append(text)
            }
            lastKey = (text, index)
            return index
        }

        /// `CAST(round(coalesce(value, 0) * 100) AS INTEGER)`: half away from zero, clamped.
        static func cents(_ value: Double) -> Int64 {
            let cents = (value * 100).rounded()
            if cents.isNaN { return 0 }
            if cents >= 0x1p63 { return Int64.max }
            if cents < -0x1p63 { return Int64.min }
            return Int64(cents)
        }

        /// `CASE WHEN detail LIKE 'owner: %' THEN substr(detail, 8) ELSE actor END` (LIKE ignores
        /// ASCII case).
        static func acceptedOwner(detail: String?, actor: String) -> String {
            guard let detail else { return actor }
            let prefix = Array("owner: ".utf8)
            let bytes = Array(detail.utf8)
            guard bytes.count >= prefix.count else { return actor }
            for (byte, expected) in zip(bytes, prefix) {
                let folded = byte >= 65 && byte <= 90 ? byte + 32 : byte
                if folded != expected { return actor }
            }
            return String(decoding: bytes[prefix.count...], as: UTF8.self)
        }

        /// The reason code of a rejection: its detail up to the first colon.
        static func rejectedReason(_ detail: String?) -> String {
            guard let detail else { return "" }
            guard let colon = detail.utf8.firstIndex(of: UInt8(ascii: ":")) else { return detail }
            return String(decoding: detail.utf8[..<colon], as: UTF8.self)
        }
    }
}
