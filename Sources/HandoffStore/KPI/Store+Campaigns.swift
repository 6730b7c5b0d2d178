import HandoffCore

extension Store {
    /// Adds a campaign, or sets the fields `row` gives on the campaign with its id.
    func upsertCampaign(_ row: CampaignRow) throws -> ImportOutcome {
        let existing = try connection.prepare("SELECT name, channel, spend, started, ended FROM campaigns WHERE id = ?").rows([
            .text(row.id)
        ]) {
            CampaignRow(
                id: row.id, name: $0.string(0), channel: $0.string(1), spend: $0.double(2), started: $0.optionalInt64(3),
                ended: $0.optionalInt64(4))
        }.first
        guard let existing else {
            try connection.prepare("INSERT INTO campaigns(id, name, channel, spend, started, ended) VALUES (?, ?, ?, ?, ?, ?)")
                .run(
                    .text(row.id), .text(row.name ?? row.id), .text(row.channel ?? ""), .real(row.spend ?? 0), DatabaseValue(row.started),
                    DatabaseValue(row.ended))
            return .created
        }
        let merged = CampaignRow(
            id: row.id, name: row.name ?? existing.name, channel: row.channel ?? existing.channel, spend: row.spend ?? existing.spend,
            started: row.started ?? existing.started, ended: row.ended ?? existing.ended)
        if merged == existing { return .unchanged }
        try connection.prepare("UPDATE campaigns SET name = ?, channel = ?, spend = ?, started = ?, ended = ? WHERE id = ?")
            .run(
                .text(merged.name ?? row.id), .text(merged.channel ?? ""), .real(merged.spend ?? 0), DatabaseValue(merged.started),
                DatabaseValue(merged.ended), .text(row.id))
        return .updated
    }

    /// Adds a member, or changes the name and team of the member with that login.
    func upsertMember(_ row: MemberRow) throws -> ImportOutcome {
        guard let existing = try member(login: row.login) else {
            try insertMember(row.member)
            return .created
        }
        if existing.name == row.name && existing.team == row.team { return .unchanged }
        try insertMember(row.member)
        return .updated
    }
}
