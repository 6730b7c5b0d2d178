import Foundation

/// `handoff report --format json`: the agenda items, what was discussed, the action items and
/// the KPIs (as `handoff kpi --json` has them).
extension MeetingAgenda {
    public func jsonObject() -> [String: Any] {
        return [
            "since": Timestamp.iso(since), "until": Timestamp.iso(until),
            "previous_meeting_closed_at": previousMeeting?.closedAt.map { Timestamp.iso($0) as Any } ?? NSNull(),
            "meeting_open": meeting != nil,
            "items": items.map { item -> [String: Any] in
                var object: [String: Any] = ["key": item.key, "kind": item.kind.rawValue, "title": item.title, "headline": item.headline,
                                             "total": item.total, "discussed": discussed.contains(item.key),
                                             "entries": item.entries.map { ["text": $0.text, "lead_id": $0.leadID.map { $0 as Any } ?? NSNull(), "tone": $0.tone.rawValue] as [String: Any] }]
                if let win = item.celebration {
                    object["celebration"] = ["lead_id": win.leadID, "lead": win.lead, "company": win.company, "amount": win.amount.map { $0 as Any } ?? NSNull(),
                                             "marketer": win.marketer ?? NSNull() as Any, "campaign": win.campaign ?? NSNull() as Any,
                                             "rep": win.rep ?? NSNull() as Any] as [String: Any]
                }
                return object
            },
            "action_items": actionItems.map { $0.jsonObject() },
            "follow_ups": followUps.map { $0.jsonObject() },
            "kpis": kpis?.jsonObject() ?? NSNull() as Any,
            "history_head": { if case let .head(head) = history { return head as Any } else { return NSNull() as Any } }(),
        ]
    }

    public func jsonText() throws -> String {
        let data = try JSONSerialization.data(withJSONObject: jsonObject(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
