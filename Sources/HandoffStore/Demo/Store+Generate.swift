import Foundation
import HandoffCore

extension Store {
    /// What `generate` wrote.
    public struct GenerateReport: Sendable, Equatable {
        public var leads = 0
        public var events = 0
        public var responses = 0
        public var campaigns = 0
        public var seconds = 0.0
        public var stages: [String: Int] = [:]
    }

    /// Fills an empty board with a synthetic year (see `SyntheticBoard`) in one transaction, through
    /// the same bulk path as imports. `progress` is called with the leads written so far, and
    /// `settling` once they are committed, on a server, as the tables are vacuumed (see
    /// `BulkLoad.markVisible`).
    public func generate(
        leads count: Int, seed: UInt64, until: Int64, actor: String,
        progress: ((Int, Double) -> Void)? = nil, settling: (() -> Void)? = nil
    ) throws -> GenerateReport {
        if readOnly { throw HandoffError.notPermitted(Message(.thisBoardIsOpenRead)) }
        try require(.importLeads, actor: actor)
        let existing = try leadCount()
        guard existing == 0 else {
            throw HandoffError.invalidInput(
                existing == 1
                    ? Message(.alreadyHas1Lead, "\(path)")
                    : Message(.alreadyHasLeadsGenerate, "\(path)", "\(integer: existing)"))
        }
        let started = Date()
        var board = SyntheticBoard(seed: seed, leads: count, until: until, serviceLevel: try serviceLevel(forOwner: nil))
        var report = GenerateReport()
        try BulkLoad.relax(connection)
        let rollbackJournal = BulkLoad.leaveWAL(connection)
        defer {
            try? BulkLoad.restore(connection)
            if rollbackJournal { BulkLoad.returnToWAL(connection) }
        }
        try connection.transaction {
            let bulk = try BulkLoad(connection: connection, forEmptyBoard: true)
            let writer = try LeadWriter(store: self, batching: true)
            for member in board.members { try insertMember(member) }
            var lastProgress = started
            var index = 0
            let stream = SyntheticStream(board: board)
            defer { stream.stop() }
            while let generated = stream.next() {
                let lead = generated.lead
                let milestones = bulk.milestones(of: generated.events.lazy.map { (at: $0.at, kind: $0.kind, toStage: $0.toStage) })
                _ = try writer.insert(lead, milestones: milestones)
                for attribute in generated.attributes {
                    try writer.setAttribute(leadID: lead.id, name: attribute.name, value: attribute.value, isNew: true)
                }
                for (offset, event) in generated.events.enumerated() {
                    let eventID = try writer.append(
                        leadID: lead.id, at: event.at, actor: event.actor, kind: event.kind, from: event.fromStage,
                        to: event.toStage, detail: event.detail)
                    bulk.count(eventKind: event.kind, at: event.at, actor: event.actor, detail: event.detail)
                    if let response = generated.response, response.eventIndex == offset {
                        try writer.appendResponse(
                            eventID: eventID, leadID: lead.id, handedOffAt: response.handedOffAt, dueAt: response.dueAt,
                            workingSeconds: response.workingSeconds, answeredAt: event.at, actor: event.actor)
                        bulk.count(responseDueAt: response.dueAt, answeredAt: event.at, actor: event.actor)
                        report.responses += 1
                    }
                }
                bulk.count(lead, milestones: milestones ?? KPIRollup.Milestones())
                report.events += generated.events.count
                report.stages[lead.stage, default: 0] += 1
                if index & 0x3FFF == 0x3FFF, let progress {
                    let now = Date()
                    if now.timeIntervalSince(lastProgress) >= 0.5 {
                        lastProgress = now
                        progress(index + 1, now.timeIntervalSince(started))
                    }
                }
                index += 1
            }
            guard let made = stream.board else { throw HandoffError.storage(Message(.generatorStoppedEarlyNothing)) }
            board = made
            for campaign in board.campaigns {
                _ = try upsertCampaign(
                    CampaignRow(
                        id: campaign.id, name: campaign.name, channel: campaign.channel, spend: campaign.spend,
                        started: campaign.started, ended: campaign.ended))
            }
            let goal = try connection.prepare("INSERT INTO goals(period_start, period_end, revenue_goal) VALUES (?, ?, ?)")
            for period in board.goals { try goal.run(.integer(period.start), .integer(period.end), .real(period.revenue)) }
            try writer.flush()
            try bulk.finish()
            report.campaigns = board.campaigns.count
        }
        BulkLoad.markVisible(connection, starting: settling)
        report.leads = count
        report.seconds = Date().timeIntervalSince(started)
        return report
    }
}
