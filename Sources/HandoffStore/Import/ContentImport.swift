import HandoffCore

/// `--kind insights` and `--kind content`: what sales heard, and pieces of content, each row
/// written by the same store code as a key or a command (an insight is an event of its lead, in
/// the importer's name and at the time of the import; a piece is added and moved through the
/// co-creation rule, so a file cannot publish what sales has not approved). Each row is tried
/// inside a savepoint: a row the board refuses is undone whole and reported with its reason, and
/// once the import is going to be refused the rest are tried and undone, so every problem shows.
final class ContentImport: ImportRowHandler {
    private let store: Store
    private let mapping: ImportMapping
    private let kind: ImportKind
    private let actor: String
    private let now: Int64
    /// One write context for the whole file: one undo takes every imported insight back.
    private let context: WriteContext

    init(store: Store, mapping: ImportMapping, kind: ImportKind, actor: String, now: Int64) {
        self.store = store
        self.mapping = mapping
        self.kind = kind
        self.actor = actor
        self.now = now
        context = WriteContext(actor: actor, now: now)
    }

    func importRow(_ parsed: inout ParsedRecord, writing: Bool, problems: inout [ImportProblem], report: inout ImportReport) throws
        -> ImportOutcome
    {
        problems.removeAll(keepingCapacity: true)
        guard mapping.checkShape(parsed.record, problems: &problems) else { return .rejected }
        let record = parsed.record
        let connection = store.connection
        try connection.execute("SAVEPOINT import_row")
        do {
            switch kind {
            case .insights: try importInsight(record, problems: &problems)
            default: try importPiece(record, problems: &problems)
            }
        } catch let error as HandoffError {
            switch error {
            case .invalidInput, .notPermitted, .leadNotFound, .unknownStage:
                problems.append(ImportProblem(column: "", reason: error.message))
            default:
                try connection.execute("ROLLBACK TO import_row")
                try connection.execute("RELEASE import_row")
                throw error
            }
        }
        if !problems.isEmpty || !writing { try connection.execute("ROLLBACK TO import_row") }
        try connection.execute("RELEASE import_row")
        return problems.isEmpty ? (writing ? .created : .unchanged) : .rejected
    }

    func finish() throws {}

    private func column(_ field: String) -> String { mapping.column(field).map { mapping.header[$0] } ?? field }

    private func importInsight(_ record: CSVRecord, problems: inout [ImportProblem]) throws {
        guard let leadText = mapping.text("lead_id", in: record) else {
            problems.append(ImportProblem(column: column("lead_id"), reason: Message(.insightNeedsTheNumber)))
            return
        }
        guard let leadID = Int64(leadText.hasPrefix("#") ? String(leadText.dropFirst()) : leadText) else {
            problems.append(ImportProblem(column: column("lead_id"), reason: Message(.isNotALeads, "\(leadText)")))
            return
        }
        let kindText = mapping.text("kind", in: record) ?? ""
        guard let kind = InsightKind.named(kindText) else {
            problems.append(
                ImportProblem(column: column("kind"), reason: Message(.isNotAKind, "\(kindText)", "\(InsightKind.codes)")))
            return
        }
        guard try store.lead(id: leadID) != nil else {
            problems.append(ImportProblem(column: column("lead_id"), reason: Message(.thereIsNoLead, "\(leadID)")))
            return
        }
        try store.require(.addInsight, actor: actor)
        _ = try store.addInsight(
            leadID: leadID, kind: kind, text: mapping.text("text", in: record) ?? "", quote: mapping.text("quote", in: record),
            expectedVersion: nil, in: context)
    }

    private func importPiece(_ record: CSVRecord, problems: inout [ImportProblem]) throws {
        let kindText = mapping.text("kind", in: record)
        guard let kind = kindText.map(ContentKind.named) ?? .other else {
            problems.append(
                ImportProblem(
                    column: column("kind"), reason: Message(.isNotAKindOf, "\(kindText ?? "")", "\(ContentKind.codes)")))
            return
        }
        let stageText = mapping.text("stage", in: record)
        guard let stage = stageText.map(ContentStage.named) ?? .idea else {
            problems.append(
                ImportProblem(
                    column: column("stage"), reason: Message(.isNotAStageOf, "\(stageText ?? "")", "\(ContentStage.codes)")))
            return
        }
        if stage == .published, try store.contentApprovalRequired() {
            problems.append(
                ImportProblem(
                    column: column("stage"),
                    reason: Message(.pieceIsPublishedOnly)))
            return
        }
        let piece = try store.carryOut(
            .add(
                title: mapping.text("title", in: record) ?? "", kind: kind, owner: mapping.text("owner", in: record),
                link: mapping.text("link", in: record) ?? ""), actor: actor, at: now)
        for login in ContentImport.list(mapping.text("authors", in: record)) where login != piece.owner {
            _ = try store.carryOut(.addAuthor(id: piece.id, login: login), actor: actor, at: now)
        }
        for text in ContentImport.list(mapping.text("insights", in: record)) {
            guard let insight = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text) else {
                problems.append(ImportProblem(column: column("insights"), reason: Message(.isNotAnInsights, "\(text)")))
                return
            }
            _ = try store.carryOut(.linkInsight(id: piece.id, insightID: insight), actor: actor, at: now)
        }
        if stage != .idea { _ = try store.carryOut(.move(id: piece.id, to: stage, expectedVersion: nil), actor: actor, at: now) }
    }

    /// `ana;ben`, `ana, ben` or `ana ben`: the names in a cell.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split { $0 == ";" || $0 == "," || $0 == " " }.map(String.init)
    }
}
