import Foundation
import HandoffCore

/// Pieces of content on their own pipeline (`content`), their co-authors, the insights behind
/// them and the sends to leads. A change to a piece is a change to the board: one transaction
/// with its board event, refused by the same permissions as everything else. The co-creation rule
/// lives here, so the keys, the command line and scripts obey it alike: a piece is published only
/// after someone who may approve content (sales) approved it in sales review, unless the board's
/// `content_approval` setting is `optional`.
extension Store {
    /// Carries out a change to the content pipeline and returns the piece as it is after it.
    @discardableResult
    public func changeContent(_ change: ContentChange, actor: String, at now: Int64 = Timestamp.now()) throws -> ContentPiece {
        if readOnly { throw Store.readOnlyRefusal }
        return try connection.transaction { try carryOut(change, actor: actor, at: now) }
    }

    /// The change inside a transaction the caller holds: `changeContent`'s, or the demo loader's,
    /// which replays its pieces through the same rules as everyone else.
    func carryOut(_ change: ContentChange, actor: String, at now: Int64) throws -> ContentPiece {
        try require(change.ability, actor: actor)
        switch change {
        case let .add(title, kind, owner, link):
            return try addPiece(title: title, kind: kind, owner: owner ?? actor, link: link, actor: actor, now: now)
        case let .edit(id, title, kind, owner, link, expectedVersion):
            return try editPiece(
                id, title: title, kind: kind, owner: owner, link: link, expectedVersion: expectedVersion, actor: actor, now: now)
        case let .move(id, stage, expectedVersion):
            return try movePiece(id, to: stage, expectedVersion: expectedVersion, actor: actor, now: now)
        case let .addAuthor(id, login):
            return try setAuthor(id, login: login, adding: true, actor: actor, now: now)
        case let .removeAuthor(id, login):
            return try setAuthor(id, login: login, adding: false, actor: actor, now: now)
        case let .linkInsight(id, insightID):
            return try setInsightLink(id, insightID: insightID, linking: true, actor: actor, now: now)
        case let .unlinkInsight(id, insightID):
            return try setInsightLink(id, insightID: insightID, linking: false, actor: actor, now: now)
        case let .approve(id, expectedVersion):
            return try approvePiece(id, expectedVersion: expectedVersion, actor: actor, now: now)
        }
    }

    // MARK: The changes, inside `changeContent`'s transaction

    private func addPiece(title: String, kind: ContentKind, owner: String, link: String, actor: String, now: Int64) throws -> ContentPiece {
        let title = try Store.validTitle(title)
        let link = try Store.validLink(link)
        try requireMemberLogin(owner, role: Message(.ownerWord))
        let id =
            try connection.prepare(
                """
                INSERT INTO content(title, kind, stage, owner, link, created_at, created_by, entered_at) VALUES (?, ?, 'idea', ?, ?, ?, ?, ?) RETURNING id
                """
            ).rows([.text(title), .text(kind.rawValue), .text(owner), .text(link), .integer(now), .text(actor), .integer(now)]) {
                $0.int64(0)
            }.first ?? 0
        try appendBoardEvent(
            kind: BoardEvent.Kind.contentAdded, subject: String(id), detail: "\(kind.rawValue): \(title)", actor: actor, at: now)
        return try requirePiece(id: id)
    }

    private func editPiece(
        _ id: Int64, title: String?, kind: ContentKind?, owner: String?, link: String?, expectedVersion: Int?,
        actor: String, now: Int64
    ) throws -> ContentPiece {
        var piece = try currentPiece(id, expectedVersion: expectedVersion)
        var changed: [String] = []
        if let title {
            let valid = try Store.validTitle(title)
            if valid != piece.title { piece.title = valid; changed.append("title") }
        }
        if let kind, kind != piece.kind { piece.kind = kind; changed.append("kind") }
        if let owner {
            let new = owner.isEmpty ? nil : owner
            if let new { try requireMemberLogin(new, role: Message(.ownerWord)) }
            if new != piece.owner { piece.owner = new; changed.append("owner") }
        }
        if let link {
            let valid = try Store.validLink(link)
            if valid != piece.link { piece.link = valid; changed.append("link") }
        }
        guard !changed.isEmpty else { throw HandoffError.invalidInput(Message(.alreadyReadsSoNothing, "\(piece.reference)")) }
        try writePiece(piece)
        try appendBoardEvent(
            kind: BoardEvent.Kind.contentEdited, subject: String(id), detail: "changed " + changed.joined(separator: ", "), actor: actor,
            at: now)
        return try requirePiece(id: id)
    }

    private func movePiece(_ id: Int64, to stage: ContentStage, expectedVersion: Int?, actor: String, now: Int64) throws -> ContentPiece {
        var piece = try currentPiece(id, expectedVersion: expectedVersion)
        let from = piece.stage
        guard stage != from else {
            throw HandoffError.invalidInput(Message(.isAlreadyInNothing, "\(piece.reference)", "\(stage.rawValue)"))
        }
        if stage == .published, piece.approvedBy == nil, try contentApprovalRequired() {
            throw HandoffError.notPermitted(piece.coCreationRefusal)
        }
        piece.stage = stage
        piece.enteredAt = now
        // An approval is of the piece sales reviewed: sent back, or into review again, it is
        // reviewed again.
        if stage.position <= ContentStage.salesReview.position {
            piece.approvedBy = nil
            piece.approvedAt = nil
        }
        if stage == .published, piece.publishedAt == nil { piece.publishedAt = now }
        try writePiece(piece)
        try appendBoardEvent(
            kind: BoardEvent.Kind.contentMoved, subject: String(id), detail: "\(from.rawValue) -> \(stage.rawValue)", actor: actor, at: now)
        return try requirePiece(id: id)
    }

    private func approvePiece(_ id: Int64, expectedVersion: Int?, actor: String, now: Int64) throws -> ContentPiece {
        var piece = try currentPiece(id, expectedVersion: expectedVersion)
        guard piece.stage == .salesReview else {
            throw HandoffError.invalidInput(
                Message(.isInSalesApproves, "\(piece.reference)", "\(piece.stage.rawValue)"))
        }
        if let approver = piece.approvedBy {
            throw HandoffError.invalidInput(
                Message(.isAlreadyApprovedBy, "\(piece.reference)", "\(try displayName(login: approver))"))
        }
        piece.approvedBy = actor
        piece.approvedAt = now
        try writePiece(piece)
        try appendBoardEvent(kind: BoardEvent.Kind.contentApproved, subject: String(id), detail: piece.title, actor: actor, at: now)
        return try requirePiece(id: id)
    }

    private func setAuthor(_ id: Int64, login: String, adding: Bool, actor: String, now: Int64) throws -> ContentPiece {
        let piece = try requirePiece(id: id)
        if adding {
            try requireMemberLogin(login, role: Message(.coAuthor))
            guard !piece.authors.contains(login) else {
                throw HandoffError.invalidInput(
                    Message(.isAlreadyACo, "\(TerminalText.sanitize(login))", "\(piece.reference)"))
            }
            guard login != piece.owner else {
                throw HandoffError.invalidInput(
                    Message(.ownsACoAuthor, "\(TerminalText.sanitize(login))", "\(piece.reference)"))
            }
            try connection.prepare("INSERT INTO content_authors(content_id, login, added_at, added_by) VALUES (?, ?, ?, ?)")
                .run(.integer(id), .text(login), .integer(now), .text(actor))
        } else {
            guard piece.authors.contains(login) else {
                throw HandoffError.invalidInput(
                    Message(.isNotACo, "\(TerminalText.sanitize(login))", "\(piece.reference)"))
            }
            try connection.prepare("DELETE FROM content_authors WHERE content_id = ? AND login = ?").run(.integer(id), .text(login))
        }
        try bumpPiece(id)
        try appendBoardEvent(
            kind: adding ? BoardEvent.Kind.contentAuthorAdded : BoardEvent.Kind.contentAuthorRemoved, subject: String(id), detail: login,
            actor: actor, at: now)
        return try requirePiece(id: id)
    }

    private func setInsightLink(_ id: Int64, insightID: Int64, linking: Bool, actor: String, now: Int64) throws -> ContentPiece {
        let piece = try requirePiece(id: id)
        guard let insight = try insight(id: insightID), try insightIsLive(insightID) else {
            throw HandoffError.invalidInput(Message(.thereIsNoInsight, "\(insightID)"))
        }
        if linking {
            guard !piece.insights.contains(insightID) else {
                throw HandoffError.invalidInput(Message(.insightIsAlreadyLinked, "\(insightID)", "\(piece.reference)"))
            }
            try connection.prepare("INSERT INTO content_insights(content_id, insight_id, linked_at, linked_by) VALUES (?, ?, ?, ?)")
                .run(.integer(id), .integer(insightID), .integer(now), .text(actor))
        } else {
            guard piece.insights.contains(insightID) else {
                throw HandoffError.invalidInput(Message(.insightIsNotLinked, "\(insightID)", "\(piece.reference)"))
            }
            try connection.prepare("DELETE FROM content_insights WHERE content_id = ? AND insight_id = ?").run(
                .integer(id), .integer(insightID))
        }
        try bumpPiece(id)
        try appendBoardEvent(
            kind: linking ? BoardEvent.Kind.contentInsightLinked : BoardEvent.Kind.contentInsightUnlinked, subject: String(id),
            detail: "insight \(insightID): \(insight.kind.rawValue): \(insight.text)", actor: actor, at: now)
        return try requirePiece(id: id)
    }

    /// A send of a published piece to a lead: an event of the lead, in `apply`'s transaction.
    func sendContent(_ contentID: Int64, to leadID: Int64, expectedVersion: Int?, in context: WriteContext) throws -> LeadEvent {
        let piece = try requirePiece(id: contentID)
        guard piece.stage == .published else {
            throw HandoffError.invalidInput(
                Message(.isInOnlyA, "\(piece.reference)", "\(piece.stage.rawValue)"))
        }
        let lead = try current(leadID, expectedVersion: expectedVersion, in: context)
        let event = LeadEvent(
            leadID: leadID, at: context.now, actor: context.actor, kind: EventKind.contentSent, detail: "piece \(contentID): \(piece.title)"
        )
        let stored = try commit(lead, over: lead, event: event, in: context)
        try insertSend(contentID: contentID, leadID: leadID, eventID: stored.id, at: context.now, actor: context.actor, stage: lead.stage)
        return stored
    }

    func insertSend(contentID: Int64, leadID: Int64, eventID: Int64, at: Int64, actor: String, stage: String) throws {
        try connection.prepare("INSERT INTO content_sends(content_id, lead_id, event_id, at, actor, stage) VALUES (?, ?, ?, ?, ?, ?)")
            .run(.integer(contentID), .integer(leadID), .integer(eventID), .integer(at), .text(actor), .text(stage))
    }

    // MARK: The rule

    /// True unless the board relaxed the co-creation rule (`settings.content_approval`).
    public func contentApprovalRequired() throws -> Bool {
        try setting("content_approval") != "optional"
    }

    /// Relaxes the co-creation rule (`required: false`) or restores it; a board event says who.
    public func setContentApprovalRequired(_ required: Bool, actor: String, now: Int64 = Timestamp.now()) throws {
        if readOnly { throw Store.readOnlyRefusal }
        try connection.transaction {
            try require(.contentRules, actor: actor)
            guard try contentApprovalRequired() != required else {
                throw HandoffError.invalidInput(
                    required
                        ? Message(.salesApprovalIsAlready)
                        : Message(.salesApprovalIsAlreadyOptional))
            }
            try setSetting("content_approval", required ? "required" : "optional")
            try appendBoardEvent(
                kind: BoardEvent.Kind.contentRuleChanged, subject: "content_approval", detail: required ? "required" : "optional",
                actor: actor, at: now)
        }
    }

    // MARK: Reading

    static let pieceColumns =
        "id, title, kind, stage, owner, link, created_at, created_by, entered_at, approved_by, approved_at, published_at, version"

    static func piece(from row: any DatabaseStatement) -> ContentPiece {
        ContentPiece(
            id: row.int64(0), title: row.string(1), kind: ContentKind(rawValue: row.string(2)) ?? .other,
            stage: ContentStage(rawValue: row.string(3)) ?? .idea, owner: row.optionalString(4), link: row.string(5),
            createdAt: row.int64(6),
            createdBy: row.string(7), enteredAt: row.int64(8), approvedBy: row.optionalString(9), approvedAt: row.optionalInt64(10),
            publishedAt: row.optionalInt64(11), version: row.int(12))
    }

    public func piece(id: Int64) throws -> ContentPiece? {
        var pieces = try connection.prepare("SELECT \(Store.pieceColumns) FROM content WHERE id = ?").rows([.integer(id)], Store.piece)
        try attachDetails(&pieces)
        return pieces.first
    }

    public func requirePiece(id: Int64) throws -> ContentPiece {
        guard let piece = try piece(id: id) else {
            throw HandoffError.invalidInput(Message(.thereIsNoPiece, "\(id)"))
        }
        return piece
    }

    /// The pieces of one stage (or all), the longest in their stage first, at most `limit` each.
    /// Pieces are made by hand, a few a week: every stage fits in one read.
    public func pieces(stage: ContentStage? = nil, limit: Int = 500) throws -> [ContentPiece] {
        var pieces = try connection.prepare(
            """
            SELECT \(Store.pieceColumns) FROM content WHERE (\(connection.dialect.text("?1")) IS NULL OR stage = ?1) ORDER BY entered_at, id LIMIT ?2
            """
        ).rows([DatabaseValue(stage?.rawValue), .integer(Int64(limit))], Store.piece)
        try attachDetails(&pieces)
        return pieces
    }

    /// Pieces by how many leads they reached, then by sends: the most used first.
    public func mostUsedPieces(limit: Int = 10) throws -> [ContentPiece] {
        try pieces().filter { $0.sends > 0 }.sorted { ($0.leadsReached, $0.sends, $1.id) > ($1.leadsReached, $1.sends, $0.id) }.prefix(
            limit
        ).map { $0 }
    }

    public func pieceCount(stage: ContentStage? = nil) throws -> Int {
        try connection.prepare("SELECT count(*) FROM content WHERE (\(connection.dialect.text("?1")) IS NULL OR stage = ?1)").rows([
            DatabaseValue(stage?.rawValue)
        ]) { $0.int(0) }.first ?? 0
    }

    func attachDetails(_ pieces: inout [ContentPiece]) throws {
        let authors = try connection.prepare("SELECT login FROM content_authors WHERE content_id = ? ORDER BY added_at, login")
        let insights = try connection.prepare(
            """
            SELECT ci.insight_id FROM content_insights ci JOIN insights i ON i.id = ci.insight_id
            WHERE ci.content_id = ? AND i.withdrawn = 0 ORDER BY i.at, i.id
            """)
        let sends = try connection.prepare(
            "SELECT count(*), count(DISTINCT lead_id) FROM content_sends WHERE content_id = ? AND withdrawn = 0")
        for index in pieces.indices {
            let id = DatabaseValue.integer(pieces[index].id)
            pieces[index].authors = try authors.rows([id]) { $0.string(0) }
            pieces[index].insights = try insights.rows([id]) { $0.int64(0) }
            if let counts = try sends.rows([id], { ($0.int(0), $0.int(1)) }).first {
                pieces[index].sends = counts.0
                pieces[index].leadsReached = counts.1
            }
        }
    }

    /// Sends not undone, newest first: of one piece, or to one lead.
    public func contentSends(contentID: Int64? = nil, leadID: Int64? = nil, limit: Int = 200) throws -> [ContentSend] {
        try connection.prepare(
            """
            SELECT s.content_id, c.title, s.lead_id, l.name, s.at, s.actor, s.stage
            FROM content_sends s JOIN content c ON c.id = s.content_id JOIN leads l ON l.id = s.lead_id
            WHERE s.withdrawn = 0 AND (\(connection.dialect.integer("?1")) IS NULL OR s.content_id = ?1) AND (\(connection.dialect.integer("?2")) IS NULL OR s.lead_id = ?2)
            ORDER BY s.at DESC, s.id DESC LIMIT ?3
            """
        ).rows([DatabaseValue(contentID), DatabaseValue(leadID), .integer(Int64(limit))]) {
            ContentSend(
                contentID: $0.int64(0), title: $0.string(1), leadID: $0.int64(2), leadName: $0.string(3), at: $0.int64(4),
                actor: $0.string(5),
                stage: $0.string(6))
        }
    }

    // MARK: Helpers

    /// The piece, refused if it changed since the person saw `expectedVersion`.
    private func currentPiece(_ id: Int64, expectedVersion: Int?) throws -> ContentPiece {
        let piece = try requirePiece(id: id)
        if let expectedVersion, expectedVersion != piece.version {
            let last = try connection.prepare(
                "SELECT actor FROM board_events WHERE subject = ? AND kind LIKE 'content_%' ORDER BY id DESC LIMIT 1"
            )
            .rows([.text(String(id))]) { $0.string(0) }.first
            let who: Message = try last.map { Message(verbatim: try displayName(login: $0)) } ?? Message(.someone)
            throw HandoffError.invalidInput(
                Message(.wasChangedBySince, "\(piece.reference)", "\(who)", "\(piece.stage.rawValue)"))
        }
        return piece
    }

    private func writePiece(_ piece: ContentPiece) throws {
        try connection.prepare(
            """
            UPDATE content SET title = ?, kind = ?, stage = ?, owner = ?, link = ?, entered_at = ?, approved_by = ?, approved_at = ?, published_at = ?,
                version = version + 1
            WHERE id = ? AND version = ?
            """
        ).run(
            .text(piece.title), .text(piece.kind.rawValue), .text(piece.stage.rawValue), DatabaseValue(piece.owner), .text(piece.link),
            .integer(piece.enteredAt), DatabaseValue(piece.approvedBy), DatabaseValue(piece.approvedAt), DatabaseValue(piece.publishedAt),
            .integer(piece.id), .integer(Int64(piece.version)))
    }

    /// A change to the piece's people or insights is a change to the piece.
    private func bumpPiece(_ id: Int64) throws {
        try connection.prepare("UPDATE content SET version = version + 1 WHERE id = ?").run(.integer(id))
    }

    private func insightIsLive(_ id: Int64) throws -> Bool {
        try connection.prepare("SELECT withdrawn FROM insights WHERE id = ?").rows([.integer(id)]) { $0.int(0) == 0 }.first ?? false
    }

    /// On a board with members, the owner or co-author named must be one.
    private func requireMemberLogin(_ login: String, role: Message) throws {
        guard try hasMembers() else { return }
        guard try member(login: login) != nil else {
            throw HandoffError.invalidInput(
                Message(.isNotAMemberOfThisBoardSo, "\(TerminalText.sanitize(login))", "\(role)")
            )
        }
    }

    static func validTitle(_ title: String) throws -> String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw HandoffError.invalidInput(Message(.pieceOfContentNeeds)) }
        guard trimmed.count <= ContentPiece.maxTitle else {
            throw HandoffError.invalidInput(Message(.titleHasAtMost, "\(ContentPiece.maxTitle)", "\(trimmed.count)"))
        }
        return trimmed
    }

    static func validLink(_ link: String) throws -> String {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= ContentPiece.maxLink else {
            throw HandoffError.invalidInput(Message(.linkHasAtMost, "\(ContentPiece.maxLink)", "\(trimmed.count)"))
        }
        guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw HandoffError.invalidInput(Message(.linkIsOneLine))
        }
        return trimmed
    }
}
