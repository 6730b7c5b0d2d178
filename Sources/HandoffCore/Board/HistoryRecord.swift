import Foundation

/// The canonical records the board's history is hashed over: the one place they are built, for
/// the writers of events and for `handoff check` alike. SECURITY.md states the same form; a store
/// on another engine (PostgreSQL's `sha256(bytea)` in a function that appends events) must build
/// the very same bytes, so the form is plain text that SQL concatenation makes easily:
///
///     handoff events v1 LF id LF lead_id LF at LF actor LF kind LF from_stage LF to_stage LF detail LF reverts LF acted_by LF previous
///     handoff board_events v1 LF id LF at LF actor LF acted_by LF kind LF subject LF detail LF previous
///
/// - LF is the byte 0x0A, between fields; there is none at the end.
/// - An integer is written in plain decimal (`-` for a negative one, no `+`, no leading zeros).
/// - Text is its UTF-8 bytes with `\` written as `\\` and LF as `\n` (two characters each), so an
///   LF in the record is always a separator.
/// - NULL is `\N`, which escaped text can never be (a backslash in text is always doubled).
/// - `previous` is the hash of the event before it in the same log (by id), as 64 lowercase hex
///   digits; the first event of a log has 64 zeros.
///
/// The hash of an event is SHA-256 of those bytes, stored as 32 bytes beside it (`hash`) and shown
/// as lowercase hex. `events.reverted` is not in the record: an undo sets it on an older event,
/// and the undo's own event (its `reverts`) is what the history keeps of that.
public struct HistoryRecord {
    // Inlinable: the writers in the store hash every event they write, a million in a bulk import,
    // and a generic call across modules would look its types up every time.
    @usableFromInline var buffer: [UInt8] = []

    public init() {
        buffer.reserveCapacity(512)
    }

    /// The hash of one event of a lead's history.
    @inlinable
    public mutating func event(
        id: Int64, leadID: Int64, at: Int64, actor: (some HistoryText)?, kind: (some HistoryText)?,
        fromStage: (some HistoryText)?, toStage: (some HistoryText)?, detail: (some HistoryText)?, reverts: Int64?,
        actedBy: (some HistoryText)?, previous: SHA256Digest
    ) -> SHA256Digest {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: HistoryRecord.eventsTag)
        integer(id)
        integer(leadID)
        integer(at)
        text(actor)
        text(kind)
        text(fromStage)
        text(toStage)
        text(detail)
        integer(reverts)
        text(actedBy)
        return finish(previous)
    }

    /// The hash of one change to the board itself.
    @inlinable
    public mutating func boardEvent(
        id: Int64, at: Int64, actor: (some HistoryText)?, actedBy: (some HistoryText)?, kind: (some HistoryText)?,
        subject: (some HistoryText)?, detail: (some HistoryText)?, previous: SHA256Digest
    ) -> SHA256Digest {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: HistoryRecord.boardEventsTag)
        integer(id)
        integer(at)
        text(actor)
        text(actedBy)
        text(kind)
        text(subject)
        text(detail)
        return finish(previous)
    }

    /// What `handoff check --print-head` prints: both logs' last ids and a hash over both heads,
    /// `e<events id>-b<board events id>-<hex>`, where the hex is SHA-256 of
    /// `handoff head v1 LF <events id> LF <events hash> LF <board events id> LF <board events hash>`.
    public static func head(events: (id: Int64, hash: SHA256Digest), boardEvents: (id: Int64, hash: SHA256Digest)) -> String {
        var record = HistoryRecord()
        record.buffer.append(contentsOf: Array("handoff head v1".utf8))
        record.integer(events.id)
        record.buffer.append(0x0A)
        events.hash.appendHex(to: &record.buffer)
        record.integer(boardEvents.id)
        record.buffer.append(0x0A)
        boardEvents.hash.appendHex(to: &record.buffer)
        let digest = record.buffer.withUnsafeBytes { SHA256.digest($0) }
        return "e\(events.id)-b\(boardEvents.id)-\(digest.hex)"
    }

    /// A head as printed, taken apart; nil when `text` is not one.
    public static func parseHead(_ text: String) -> (eventsID: Int64, boardEventsID: Int64, digest: SHA256Digest)? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].first == "e", parts[1].first == "b",
            let events = Int64(parts[0].dropFirst()), events >= 0, let board = Int64(parts[1].dropFirst()), board >= 0,
            let digest = SHA256Digest(hex: parts[2])
        else { return nil }
        return (events, board, digest)
    }

    @usableFromInline static let eventsTag = Array("handoff events v1".utf8)
    @usableFromInline static let boardEventsTag = Array("handoff board_events v1".utf8)
    @usableFromInline static let null: [UInt8] = [0x5C, 0x4E]

    @usableFromInline
    mutating func integer(_ value: Int64?) {
        buffer.append(0x0A)
        guard let value else { return buffer.append(contentsOf: HistoryRecord.null) }
        if value < 0 { buffer.append(0x2D) }
        var magnitude = value.magnitude
        var divisor: UInt64 = 1
        while magnitude / divisor >= 10 { divisor &*= 10 }
        repeat {
            buffer.append(0x30 &+ UInt8(truncatingIfNeeded: magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    @usableFromInline
    mutating func text<Text: HistoryText>(_ value: Text?) {
        buffer.append(0x0A)
        guard let value else { return buffer.append(contentsOf: HistoryRecord.null) }
        value.appendEscaped(to: &buffer)
    }

    @usableFromInline
    mutating func finish(_ previous: SHA256Digest) -> SHA256Digest {
        buffer.append(0x0A)
        previous.appendHex(to: &buffer)
        return buffer.withUnsafeBytes { SHA256.digest($0) }
    }
}
