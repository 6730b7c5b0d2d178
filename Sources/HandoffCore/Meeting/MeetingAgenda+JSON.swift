import Foundation

/// `handoff report --format json`: the meeting (who chaired, who attended), the agenda items with
/// what was discussed, decided and noted on each, the action items and the KPIs (as `handoff kpi
/// --json` has them). Keys are sorted, so the same agenda always gives the same bytes.
extension MeetingAgenda {
    public func jsonObject() -> [String: Any] {
        func person(_ login: String) -> [String: Any] { ["login": login, "name": name(login)] }
        var meetingObject: Any = NSNull()
        if let meeting {
            meetingObject =
                [
                    "id": meeting.id, "since": Timestamp.iso(meeting.since), "started_at": Timestamp.iso(meeting.startedAt),
                    "chair": person(meeting.startedBy), "closed_at": meeting.closedAt.map { Timestamp.iso($0) as Any } ?? NSNull(),
                    "closed_by": meeting.closedBy.map { person($0) as Any } ?? NSNull(),
                ] as [String: Any]
        }
        return [
            "minutes_version": MeetingAgenda.minutesVersion,
            "since": Timestamp.iso(since), "until": Timestamp.iso(until),
            "meeting": meetingObject,
            "attendees": attendees.map(person),
            "chain_head": chainHead ?? NSNull() as Any,
            "previous_meeting_closed_at": previousMeeting?.closedAt.map { Timestamp.iso($0) as Any } ?? NSNull(),
            "meeting_open": meeting?.isOpen ?? false,
            "items": items.map { item -> [String: Any] in
                var object: [String: Any] = [
                    "key": item.key, "kind": item.kind.rawValue, "title": item.title, "headline": item.headline,
                    "total": item.total, "discussed": discussed.contains(item.key),
                    "entries": item.entries.map { entry -> [String: Any] in
                        var object: [String: Any] = [
                            "text": entry.text, "lead_id": entry.leadID.map { $0 as Any } ?? NSNull(),
                            "tone": entry.tone.rawValue,
                        ]
                        if let action = entry.actionID { object["action_id"] = action }
                        return object
                    },
                    "notes": notes(for: item.key).map { note -> [String: Any] in
                        [
                            "id": note.id, "kind": note.kind.rawValue, "body": note.body, "at": Timestamp.iso(note.at),
                            "author": person(note.author),
                        ]
                    },
                ]
                if let win = item.celebration {
                    object["celebration"] =
                        [
                            "lead_id": win.leadID, "lead": win.lead, "company": win.company,
                            "amount": win.amount.map { $0 as Any } ?? NSNull(),
                            "marketer": win.marketer ?? NSNull() as Any, "campaign": win.campaign ?? NSNull() as Any,
                            "rep": win.rep ?? NSNull() as Any,
                        ] as [String: Any]
                }
                return object
            },
            "action_items": actionItems.map { $0.jsonObject(names: names) },
            "follow_ups": followUps.map { $0.jsonObject(names: names) },
            "kpis": kpis?.jsonObject() ?? NSNull() as Any,
            "history_head": { if case let .head(head) = history { return head as Any } else { return NSNull() as Any } }(),
        ]
    }

    public func jsonText() throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: jsonObject(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
