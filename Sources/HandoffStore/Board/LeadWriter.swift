import HandoffCore

/// The inserts of lead rows, their scores, their attributes, their events and answers to handoffs,
/// prepared once and bound value by value. Every path that adds leads uses it: single writes, imports, the demo
/// loader and the generator. A batching writer (bulk loads) gathers rows into multi-row INSERTs and,
/// when any batch is full, writes them all in the order the tables depend on one another (leads,
/// attributes, events, responses): the KPI triggers of events and responses read the rows they
/// refer to. It must be flushed before anything reads what it wrote. Events get their ids and
/// hashes as they are appended, batched or not, so an id returned is final.
final class LeadWriter {
    private let connection: any DatabaseConnection
    private let chain: HistoryChain
    private let insertLead: any DatabaseStatement
    private let insertScore: any DatabaseStatement
    private let upsertAttribute: any DatabaseStatement
    private let insertEvent: any DatabaseStatement
    private let leadBatch: BatchedInsert?
    private let scoreBatch: BatchedInsert?
    private let attributeBatch: BatchedInsert?
    private let eventBatch: BatchedInsert?
    private let responseBatch: BatchedInsert?
    /// The person at the keyboard under `--as`, written beside every event whose actor is
    /// someone else (see `Store.actedBy`).
    private let actedBy: String?

    static let leadInsert = """
        INSERT INTO leads(id, name, company, email, phone, source, campaign, owner, stage, value, created_at, entered_at, closed_at,
            lost_reason, version, mql_at, sal_at, sql_at, undated_at)
        """
    static let scoreInsert = "INSERT INTO lead_scores(lead_id, score, score_fit, score_version)"
    static let attributeInsert = "INSERT INTO lead_attributes(lead_id, name, value)"
    static let eventInsert = "INSERT INTO events(id, lead_id, at, actor, kind, from_stage, to_stage, detail, reverts, acted_by, hash)"
    static let responseInsert = "INSERT INTO responses(event_id, lead_id, handed_off_at, due_at, working_seconds, answered_at, actor)"

    init(store: Store, batching: Bool = false) throws {
        let connection = store.connection
        self.connection = connection
        chain = store.eventChain
        actedBy = store.actedBy
        insertLead = try connection.prepare(
            LeadWriter.leadInsert + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
        insertScore = try connection.prepare(LeadWriter.scoreInsert + " VALUES (?, ?, ?, ?)")
        upsertAttribute = try connection.prepare(
            """
            INSERT INTO lead_attributes(lead_id, name, value) VALUES (?, ?, ?) ON CONFLICT(lead_id, name) DO UPDATE SET value = excluded.value
            """)
        insertEvent = try connection.prepare(LeadWriter.eventInsert + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        if batching {
            leadBatch = try BatchedInsert(connection: connection, prefix: LeadWriter.leadInsert, columns: 19)
            scoreBatch = try BatchedInsert(connection: connection, prefix: LeadWriter.scoreInsert, columns: 4)
            attributeBatch = try BatchedInsert(connection: connection, prefix: LeadWriter.attributeInsert, columns: 3)
            eventBatch = try BatchedInsert(connection: connection, prefix: LeadWriter.eventInsert, columns: 11)
            responseBatch = try BatchedInsert(connection: connection, prefix: LeadWriter.responseInsert, columns: 7)
        } else {
            leadBatch = nil
            scoreBatch = nil
            attributeBatch = nil
            eventBatch = nil
            responseBatch = nil
        }
    }

    /// Inserts the row (with its id, or the next free one when `lead.id` is 0); returns the id.
    /// `score` is the fit part and version of a score computed by a scoring definition;
    /// `milestones` are given by a bulk load that has set the milestone triggers aside. `undated`
    /// marks a row that came with no date: its created time is the import's, a stand-in that
    /// figures by period leave out (see `LeadHistorySQL`).
    func insert(_ lead: Lead, score: (fit: Int, version: Int)? = nil, milestones: KPIRollup.Milestones? = nil, undated: Bool = false) throws
        -> Int64
    {
        if let batch = leadBatch, lead.id > 0 {
            let full = batch.add { row in
                row.append(lead.id)
                row.append(lead.name)
                row.append(lead.company)
                row.append(lead.email)
                row.append(lead.phone)
                row.append(lead.source)
                row.append(lead.campaign)
                row.append(lead.owner)
                row.append(lead.stage)
                row.append(lead.value)
                row.append(lead.createdAt)
                row.append(lead.enteredAt)
                row.append(lead.closedAt)
                row.append(lead.lostReason)
                row.append(Int64(lead.version))
                row.append(milestones?.mql)
                row.append(milestones?.sal)
                row.append(milestones?.sql)
                row.append(undated ? lead.createdAt : nil)
            }
            let scoreFull = scoreBatch?.add { row in
                row.append(lead.id)
                row.append(Int64(lead.score))
                row.append(score.map { Int64($0.fit) })
                row.append(score.map { Int64($0.version) })
            }
            if full || scoreFull == true { try flush() }
            return lead.id
        }
        // The next free id depends on every lead before it.
        try flush()
        let s = insertLead
        if lead.id > 0 { try s.bind(1, lead.id) } else { try s.bindNull(1) }
        try s.bind(2, lead.name)
        try s.bind(3, lead.company)
        try s.bind(4, lead.email)
        try s.bind(5, lead.phone)
        try s.bind(6, lead.source)
        try s.bind(7, lead.campaign)
        try s.bind(8, lead.owner)
        try s.bind(9, lead.stage)
        try s.bind(10, lead.value)
        try s.bind(11, lead.createdAt)
        try s.bind(12, lead.enteredAt)
        try s.bind(13, lead.closedAt)
        try s.bind(14, lead.lostReason)
        try s.bind(15, Int64(lead.version))
        try s.bind(16, milestones?.mql)
        try s.bind(17, milestones?.sal)
        try s.bind(18, milestones?.sql)
        try s.bind(19, undated ? lead.createdAt : nil)
        let id = try LeadWriter.returnedID(s)
        try insertScore.run(
            .integer(id), .integer(Int64(lead.score)), DatabaseValue(score.map { Int64($0.fit) }),
            DatabaseValue(score.map { Int64($0.version) }))
        return id
    }

    /// Sets one attribute, replacing its old value. Empty values are not stored. `isNew` says the
    /// lead was just inserted by this writer, so it has no attribute of that name yet.
    func setAttribute(leadID: Int64, name: String, value: String, isNew: Bool = false) throws {
        guard !value.isEmpty else { return }
        if let batch = attributeBatch, isNew {
            let full = batch.add { row in
                row.append(leadID)
                row.append(name)
                row.append(value)
            }
            if full { try flush() }
            return
        }
        try upsertAttribute.bind(1, leadID)
        try upsertAttribute.bind(2, name)
        try upsertAttribute.bind(3, value)
        try upsertAttribute.execute()
    }

    /// Appends to the event log, with its place in the history's hash chain (see `HistoryChain`),
    /// hashed here as it is written; returns the event's id.
    @discardableResult
    func append(
        leadID: Int64, at: Int64, actor: String, kind: String, from: String? = nil, to: String? = nil,
        detail: String? = nil, reverts: Int64? = nil
    ) throws -> Int64 {
        let proxy = Store.proxy(actedBy, for: actor)
        let (id, hash) = try chain.appendEvent(
            leadID: leadID, at: at, actor: actor, kind: kind, from: from, to: to, detail: detail,
            reverts: reverts, actedBy: proxy)
        if let batch = eventBatch {
            let full = batch.add { row in
                row.append(id)
                row.append(leadID)
                row.append(at)
                row.append(actor)
                row.append(kind)
                row.append(from)
                row.append(to)
                row.append(detail)
                row.append(reverts)
                row.append(proxy)
                row.append(hash)
            }
            if full { try flush() }
            return id
        }
        let s = insertEvent
        try s.bind(1, id)
        try s.bind(2, leadID)
        try s.bind(3, at)
        try s.bind(4, actor)
        try s.bind(5, kind)
        try s.bind(6, from)
        try s.bind(7, to)
        try s.bind(8, detail)
        try s.bind(9, reverts)
        try s.bind(10, proxy)
        try s.bind(11, hash)
        try s.execute()
        try chain.saveHead()
        return id
    }

    /// Records an answer to a handoff with its own time and who gave it (batched like the rest).
    func appendResponse(
        eventID: Int64, leadID: Int64, handedOffAt: Int64, dueAt: Int64, workingSeconds: Int64, answeredAt: Int64, actor: String
    ) throws {
        guard let batch = responseBatch else {
            try connection.prepare(LeadWriter.responseInsert + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .run(
                    .integer(eventID), .integer(leadID), .integer(handedOffAt), .integer(dueAt), .integer(workingSeconds),
                    .integer(answeredAt), .text(actor))
            return
        }
        let full = batch.add { row in
            row.append(eventID)
            row.append(leadID)
            row.append(handedOffAt)
            row.append(dueAt)
            row.append(workingSeconds)
            row.append(answeredAt)
            row.append(actor)
        }
        if full { try flush() }
    }

    /// The id an `INSERT … RETURNING id` gave its row; the statement keeps its bindings for the next.
    private static func returnedID(_ statement: any DatabaseStatement) throws -> Int64 {
        defer { statement.rewind() }
        guard try statement.step() else { throw HandoffError.storage(Message(.boardDidNotSay)) }
        let id = statement.int64(0)
        while try statement.step() {}
        return id
    }

    /// Writes what the batches hold, leads first: what the later tables' triggers read is then in place.
    func flush() throws {
        try leadBatch?.flush()
        try scoreBatch?.flush()
        try attributeBatch?.flush()
        try eventBatch?.flush()
        try chain.saveHead()
        try responseBatch?.flush()
    }
}
