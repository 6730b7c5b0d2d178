import Foundation

/// An action item as `handoff meeting actions --json` and `handoff report --format json` print it.
extension ActionItem {
    public func jsonObject(names: [String: String] = [:]) -> [String: Any] {
        [
            "id": id, "meeting_id": meetingID, "item": item ?? NSNull() as Any, "body": body, "owner": owner,
            "owner_name": names[owner] ?? owner,
            "due": due.map { Timestamp.iso($0) as Any } ?? NSNull(), "created_at": Timestamp.iso(createdAt), "created_by": createdBy,
            "done_at": doneAt.map { Timestamp.iso($0) as Any } ?? NSNull(), "done_by": doneBy ?? NSNull() as Any,
        ]
    }
}
