import Foundation
import HandoffCore

/// `--kind activity`: what people did with marketing's email and on the website, one action a
/// row, recorded against the lead with that email (case aside). A row whose email no lead has is
/// refused, naming the email, unless `--create-leads` makes the lead (in the first stage, named
/// by the file or by the email, with its `created` event). An action the lead has already (same
/// kind, second and campaign) is left as it is, so a file imported twice adds nothing.
///
/// The rows of a lead are gathered while the file is read and written at the end: each lead the
/// file adds activity to gets one `activity` event that counts what was added, its activity rows
/// name that event, and the leads are scored again by the definition in force in the same
/// transaction (a `scored` event where the score moves). Activity is a fact from another system,
/// like a note: `u` does not take it back.
final class ActivityImport: ImportRowHandler {
    private let store: Store
    private let mapping: ImportMapping
    private let dates: DateReader
    private let createLeads: Bool
    private let source: String
    private let context: WriteContext
    /// Lead ids by lowercased email, found or made so far; nil for an email no lead has.
    private var leads: [String: Int64?] = [:]
    /// Emails a lead would be made for in a run that only checks.
    private var wouldCreate: Set<String> = []
    /// New actions by lead, in the order the leads first appear in the file.
    private var added: [Int64: [ActivityRecord]] = [:]
    private var order: [Int64] = []
    /// The same action twice in the file counts once.
    private var seen: Set<String> = []
    private var made = 0
    private(set) var events = 0
    private(set) var rescored = 0

    init(store: Store, mapping: ImportMapping, options: ImportOptions, source: String, actor: String, now: Int64) throws {
        let missing = ActivityRow.requiredFields.filter { mapping.column($0) == nil }
        if !missing.isEmpty {
            throw HandoffError.invalidInput(
                Message(
                    .activityFileNeedsA, "\(missing.joined(separator: ", "))",
                    "\(mapping.header.map(TerminalText.sanitize).joined(separator: ", "))", "\(missing[0])"))
        }
        self.store = store
        self.mapping = mapping
        dates = try DateReader(pattern: options.dateFormat)
        createLeads = options.createLeads
        self.source = (source as NSString).lastPathComponent
        context = WriteContext(actor: actor, now: now)
    }

    func importRow(_ parsed: inout ParsedRecord, writing: Bool, problems: inout [ImportProblem], report: inout ImportReport) throws
        -> ImportOutcome
    {
        guard let row = ActivityRow.read(parsed.record, mapping: mapping, dates: dates, problems: &problems) else { return .rejected }
        let key = row.email.lowercased()
        var leadID = try lead(for: key)
        if leadID == nil {
            guard createLeads else {
                problems.append(
                    ImportProblem(
                        column: mapping.header[mapping.column("email")!], reason: Message(.noLeadOnThis, "\(row.email)"),
                        fix: "--create-leads"))
                return .rejected
            }
            if !writing {
                wouldCreate.insert(key)
                return .unchanged
            }
            do {
                leadID = try makeLead(row)
            } catch let error as HandoffError {
                guard case .invalidInput = error else { throw error }
                problems.append(ImportProblem(column: mapping.header[mapping.column("email")!], reason: error.message))
                return .rejected
            }
        }
        guard let leadID, writing else { return .unchanged }
        let activity = row.activity
        guard seen.insert("\(leadID) \(activity.kind.rawValue) \(activity.at) \(activity.campaign ?? "")").inserted,
            try !store.hasActivity(leadID: leadID, activity)
        else { return .unchanged }
        if added[leadID] == nil { order.append(leadID) }
        added[leadID, default: []].append(activity)
        return .created
    }

    private func lead(for email: String) throws -> Int64? {
        if let known = leads[email] { return known }
        let found = try store.connection.prepare(
            """
            SELECT id FROM leads WHERE \(store.connection.dialect.equalsIgnoringCase("email")) ORDER BY id LIMIT 1
            """
        ).rows([.text(email)]) { $0.int64(0) }.first
        leads[email] = found
        return found
    }

    /// A lead for an email the board does not have, created as the lead form creates one.
    private func makeLead(_ row: ActivityRow) throws -> Int64 {
        let fallback = String(row.email.prefix { $0 != "@" })
        let name = row.name ?? (fallback.isEmpty ? row.email : fallback)
        let event = try store.create(LeadDraft(name: name, email: row.email), in: context)
        leads[row.email.lowercased()] = event.leadID
        made += 1
        events += 1
        return event.leadID
    }

    /// Leads made for unknown emails, or that would be in a run that only checks.
    var createdLeads: Int { made + wouldCreate.count }

    func finish() throws {
        var firstEvent: Int64?
        for leadID in order {
            let actions = added[leadID]!
            let detail = "\(source): " + ActivityImport.counts(actions)
            let event = try store.append(
                LeadEvent(leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.activity, detail: detail))
            if firstEvent == nil { firstEvent = event.id }
            events += 1
            for action in actions { _ = try store.recordActivity(leadID: leadID, action, eventID: event.id, source: source) }
        }
        guard let firstEvent, let version = try store.currentScoring(), version.definition.usesActivity else { return }
        let rescoring = try store.rescore(
            with: version, previous: version, scope: .recordedActivity(sinceEvent: firstEvent), recordChanges: true,
            reading: .inline, in: context)
        rescored = rescoring.changed
        events += rescoring.changed
    }

    /// `2 clicks, 1 open`: what the file added to a lead, by kind in the order of `ActivityKind`.
    static func counts(_ actions: [ActivityRecord]) -> String {
        var counts = Array(repeating: 0, count: ActivityKind.allCases.count)
        for action in actions { counts[action.kind.index] += 1 }
        return ActivityKind.allCases.filter { counts[$0.index] > 0 }.map { "\(counts[$0.index]) \($0.rawValue)" }.joined(separator: ", ")
    }
}
