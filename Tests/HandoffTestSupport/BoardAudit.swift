import HandoffCore
import HandoffStore

/// What must hold of a board after workers wrote to it, however they ended. Each function returns
/// the problems found; empty means the board is sound.
public enum BoardAudit {
    /// The board opens as a user would open it, SQLite finds no damage, and Handoff's own rules
    /// hold (`handoff check`): stage totals, known stages, created events, latest stage events.
    public static func soundness(path: String) -> [String] {
        do {
            _ = try Store(path: path)
            let report = try BoardCheck.run(path: path)
            return report.problems
        } catch {
            return ["the board does not open: \(error)"]
        }
    }

    /// Every acknowledged write is there: each of its events exists, about one of its leads.
    public static func acknowledged(_ acks: [WorkerLog.Ack], intents: [Int: WorkerLog.Intent], in store: Store) throws -> [String] {
        var problems: [String] = []
        let lookup = try store.connection.prepare("SELECT lead_id FROM events WHERE id = ?")
        for ack in acks {
            if let intent = intents[ack.sequence], let tag = intent.tag {
                let present = try rows(tagged: tag, in: store)
                if present != intent.rows {
                    problems.append("acknowledged \(ack.operation) \(ack.sequence) of \(intent.rows) rows left \(present)")
                }
            }
            let leads = Set(intents[ack.sequence]?.leads ?? [])
            for event in ack.events {
                guard let lead = try lookup.rows([.integer(event)], { $0.int64(0) }).first else {
                    problems.append("acknowledged \(ack.operation) \(ack.sequence) lost its event \(event)")
                    continue
                }
                if !leads.isEmpty && !leads.contains(lead) {
                    problems.append(
                        "acknowledged \(ack.operation) \(ack.sequence): event \(event) is about lead \(lead), not \(leads.sorted())")
                }
            }
        }
        return problems
    }

    static func rows(tagged tag: String, in store: Store) throws -> Int {
        Int(try store.connection.scalar("SELECT count(*) FROM leads WHERE source = ?", .text(tag)) ?? 0)
    }

    /// Each lead's row and history agree: its version counts the changes recorded with a snapshot
    /// (one per committed change), so no row was changed without its event or the other way round.
    public static func rowsMatchHistory(in store: Store) throws -> [String] {
        try store.connection.prepare(
            """
            SELECT id, version, (SELECT count(*) FROM lead_snapshots s WHERE s.lead_id = l.id) FROM leads l
            WHERE version <> 1 + (SELECT count(*) FROM lead_snapshots s WHERE s.lead_id = l.id) LIMIT 20
            """
        ).rows([]) { "lead \($0.int64(0)) is at version \($0.int64(1)) after \($0.int64(2)) recorded changes" }
    }

    /// The write a kill interrupted left all of its events or none: with one worker, the events
    /// after `floor` (the last id acknowledged, or the last id before the worker started) are
    /// exactly that write's.
    public static func interrupted(_ intent: WorkerLog.Intent?, after floor: Int64, in store: Store) throws -> [String] {
        let after = try store.connection.prepare("SELECT id, lead_id FROM events WHERE id > ? ORDER BY id")
            .rows([.integer(floor)]) { (id: $0.int64(0), lead: $0.int64(1)) }
        guard let intent else {
            return after.isEmpty ? [] : ["\(after.count) events after \(floor) that no write announced"]
        }
        if let tag = intent.tag {
            let present = try rows(tagged: tag, in: store)
            if present != 0 && present != intent.rows {
                return ["the interrupted \(intent.operation) \(intent.sequence) left \(present) of its \(intent.rows) rows"]
            }
            return present == 0 && !after.isEmpty ? ["\(after.count) events after \(floor) from an import that left no rows"] : []
        }
        if after.isEmpty { return [] }
        if after.count != intent.events {
            return ["the interrupted \(intent.operation) \(intent.sequence) left \(after.count) of its \(intent.events) events"]
        }
        // A new lead's id is not known when the write is announced.
        let strays = intent.leads.isEmpty ? [] : after.filter { !intent.leads.contains($0.lead) }
        return strays.isEmpty
            ? []
            : ["the interrupted \(intent.operation) \(intent.sequence) wrote events about leads it did not name: \(strays.map(\.lead))"]
    }
}
