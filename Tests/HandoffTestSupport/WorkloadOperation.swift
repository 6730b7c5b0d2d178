import Foundation
import HandoffCore
import HandoffStore

/// One kind of write a worker process makes in a loop on the demo board, each acting as a member
/// of the team that does it in real life. The plan is made from the board as it is; the write is
/// acknowledged only after it returns, so an acknowledged write must survive anything.
///
/// A write that is more than one `Store.apply` (an import, once it lands) plugs in as another
/// operation with its own `perform`: the crash and concurrency harnesses need nothing else.
public struct WorkloadOperation: Sendable {
    public let name: String
    /// How often it is chosen, relative to the others.
    public let weight: Int
    public let plan: @Sendable (Store, inout SeededRandom) throws -> WorkPlan?

    public init(name: String, weight: Int, plan: @escaping @Sendable (Store, inout SeededRandom) throws -> WorkPlan?) {
        self.name = name
        self.weight = weight
        self.plan = plan
    }

    /// What one write will do, announced before it starts so that a kill in the middle can be
    /// checked: afterwards either all of `events` exist or none.
    public struct WorkPlan {
        public var leads: [Int64]
        public var events: Int
        /// For a write of many new leads (an import): the `source` they all carry, and how many they
        /// are. After a kill there are all of them or none; the events are theirs, however many.
        public var tag: String?
        public var rows = 0
        /// Carries out the write; returns the ids of the events it appended.
        public var perform: (Store) throws -> [Int64]

        public init(leads: [Int64], events: Int, tag: String? = nil, rows: Int = 0, perform: @escaping (Store) throws -> [Int64]) {
            self.leads = leads
            self.events = events
            self.tag = tag
            self.rows = rows
            self.perform = perform
        }

        /// A write through `Store.apply`: one event per lead command (one for a new lead, whose id
        /// is not known before), consecutive ids, since the whole command is one transaction.
        public static func apply(_ command: Command, leads: [Int64], actor: String) -> WorkPlan {
            let events = max(1, leads.count)
            return WorkPlan(leads: leads, events: events) { store in
                let last = try store.apply(command, actor: actor)
                return Array((last.id - Int64(events) + 1)...last.id)
            }
        }
    }

    public static let marketing = ["lucia", "inigo", "sarah", "nuria"]
    public static let sales = ["tom", "javier", "begona", "james", "ana"]

    /// A lead of `stage` among the newest few, where people work and writes collide most.
    static func pickLead(in stage: String, store: Store, random: inout SeededRandom) throws -> Lead? {
        let leads = try store.page(stage: stage, after: nil, limit: 30)
        return leads.isEmpty ? nil : random.pick(leads)
    }

    /// Marketing enters a new lead, as leads arrive all the time: the funnel never runs dry in a
    /// long run. Its id is not known before, so it names no lead.
    public static let create = WorkloadOperation(name: "create", weight: 2) { _, random in
        let draft = LeadDraft(
            name: random.pick(["Ada", "Bea", "Ciro", "Dana", "Íñigo"]) + " " + random.pick(["Ruiz", "Okafor", "Chen 陈", "Smith"]),
            company: random.pick(["Brightwave", "Ñandú Logística", "Kettle & Co"]), source: random.pick(["web", "fair", "webinar"]))
        return .apply(.create(draft), leads: [], actor: random.pick(marketing))
    }

    /// Marketing moves a new or nurtured lead one stage on; into the handoff stage it is routed.
    public static let handoff = WorkloadOperation(name: "handoff", weight: 4) { store, random in
        let stage = random.pick(["lead", "nurture"])
        guard let lead = try pickLead(in: stage, store: store, random: &random) else { return nil }
        let target = stage == "lead" ? "nurture" : "mql"
        return .apply(.move(leadID: lead.id, toStage: target, expectedVersion: nil), leads: [lead.id], actor: random.pick(marketing))
    }

    public static let accept = WorkloadOperation(name: "accept", weight: 3) { store, random in
        guard let lead = try pickLead(in: "mql", store: store, random: &random) else { return nil }
        return .apply(.accept(leadID: lead.id, owner: nil, expectedVersion: nil), leads: [lead.id], actor: random.pick(sales))
    }

    public static let reject = WorkloadOperation(name: "reject", weight: 2) { store, random in
        guard let lead = try pickLead(in: "mql", store: store, random: &random) else { return nil }
        let reason = random.pick(["not_target", "no_budget", "no_interest", "bad_data", "duplicate"])
        return .apply(
            .reject(leadID: lead.id, reason: reason, comment: "", expectedVersion: nil), leads: [lead.id], actor: random.pick(sales))
    }

    /// Sales works a deal through its stages, forward or back; back from the first sales stage
    /// marketing hands it off again (as `H` does), so leads keep flowing through the handoff in
    /// long runs.
    public static let advance = WorkloadOperation(name: "advance", weight: 3) { store, random in
        let ladder = ["mql", "sal", "sql", "proposal", "negotiation"]
        let step = Int.random(in: 1..<ladder.count, using: &random)
        guard let lead = try pickLead(in: ladder[step], store: store, random: &random) else { return nil }
        let back = step == ladder.count - 1 || random.chance(0.4)
        let target = back ? ladder[step - 1] : ladder[step + 1]
        // Into the handoff stage is a handoff, which is marketing's to make.
        let actor = target == "mql" ? random.pick(marketing) : random.pick(sales)
        return .apply(.move(leadID: lead.id, toStage: target, expectedVersion: nil), leads: [lead.id], actor: actor)
    }

    public static let note = WorkloadOperation(name: "note", weight: 3) { store, random in
        let stage = random.pick(["lead", "nurture", "mql", "sal", "sql", "proposal"])
        guard let lead = try pickLead(in: stage, store: store, random: &random) else { return nil }
        let body = "checked in, call back " + random.pick(["Monday", "after the demo", "next quarter"])
        return .apply(.note(leadID: lead.id, body: body, due: nil), leads: [lead.id], actor: random.pick(marketing + sales))
    }

    /// Sales accepts several handed-off leads as one action: all or none.
    public static let bulkAccept = WorkloadOperation(name: "bulk-accept", weight: 1) { store, random in
        let waiting = try store.page(stage: "mql", after: nil, limit: 12)
        guard waiting.count >= 2 else { return nil }
        let chosen = Array(waiting.shuffled(using: &random).prefix(Int.random(in: 2...3, using: &random)))
        let commands = chosen.map { Command.accept(leadID: $0.id, owner: nil, expectedVersion: $0.version) }
        return .apply(.batch(commands), leads: chosen.map(\.id), actor: random.pick(sales))
    }

    /// Marketing imports a small CSV export: all of its rows in one transaction, or none.
    public static let importFile = WorkloadOperation(name: "import", weight: 1) { _, random in
        let tag = "import-\(getpid())-\(UInt32.random(in: 0...UInt32.max, using: &random))"
        let rows = Int.random(in: 2...6, using: &random)
        let actor = random.pick(marketing)
        var csv = "first_name,last_name,company,email,source\n"
        for row in 0..<rows { csv += "Imported,Row \(row),\"Acme, \(row)\",\(tag)-\(row)@example.com,\(tag)\n" }
        let file = NSTemporaryDirectory() + tag + ".csv"
        return WorkPlan(leads: [], events: 0, tag: tag, rows: rows) { store in
            guard FileManager.default.createFile(atPath: file, contents: Data(csv.utf8)) else {
                throw HandoffError.storage(Message(verbatim: "cannot write \(file) for the import"))
            }
            defer { unlink(file) }
            let report = try store.importCSV(at: file, options: ImportOptions(), actor: actor)
            if report.refused {
                throw HandoffError.invalidInput(
                    Message(
                        verbatim: report.problemLines(stages: store.pipeline.stages.map(\.id)).map(\.description).joined(separator: "; ")))
            }
            // The import's own events are the first of its leads' ones: other writers may add more
            // the moment it commits.
            return Array(
                try store.connection.prepare("SELECT e.id FROM events e JOIN leads l ON l.id = e.lead_id WHERE l.source = ? ORDER BY e.id")
                    .rows([.text(tag)]) { $0.int64(0) }.prefix(report.events))
        }
    }

    public static let all: [WorkloadOperation] = [create, handoff, accept, reject, advance, note, bulkAccept, importFile]

    /// A move done wrong on purpose, for the tests that prove the audits can fail: the row and its
    /// event in two transactions, with a pause between them where a kill or a reader can land.
    /// Never chosen unless named.
    public static let tornMove = WorkloadOperation(name: "torn-move", weight: 1) { store, random in
        let ladder = ["sal", "sql", "proposal", "negotiation"]
        let step = Int.random(in: 0..<ladder.count, using: &random)
        guard let lead = try pickLead(in: ladder[step], store: store, random: &random) else { return nil }
        let target = step == ladder.count - 1 || (step > 0 && random.chance(0.5)) ? ladder[step - 1] : ladder[step + 1]
        return WorkPlan(leads: [lead.id], events: 1) { store in
            try store.connection.prepare("UPDATE leads SET stage = ?, version = version + 1 WHERE id = ?").run(
                .text(target), .integer(lead.id))
            usleep(3_000)
            return [
                try store.connection.insertReturningID(
                    "INSERT INTO events(lead_id, at, actor, kind, from_stage, to_stage) VALUES (?, ?, 'tom', 'moved', ?, ?) RETURNING id",
                    [.integer(lead.id), .integer(Timestamp.now()), .text(lead.stage), .text(target)])
            ]
        }
    }

    public static func named(_ names: [String]) throws -> [WorkloadOperation] {
        try names.map { name in
            guard let operation = (all + [tornMove]).first(where: { $0.name == name }) else {
                throw HandoffError.invalidInput(
                    Message(verbatim: "unknown operation '\(name)'; operations: \(all.map(\.name).joined(separator: ", "))"))
            }
            return operation
        }
    }

    /// A weighted choice among `operations`.
    public static func choose(from operations: [WorkloadOperation], random: inout SeededRandom) -> WorkloadOperation {
        var ticket = Int.random(in: 0..<operations.reduce(0) { $0 + $1.weight }, using: &random)
        for operation in operations {
            if ticket < operation.weight { return operation }
            ticket -= operation.weight
        }
        return operations[operations.count - 1]
    }
}
