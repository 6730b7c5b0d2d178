import Foundation
import HandoffCore

/// The demo's field insights, pieces of content and sends (`insights.csv`, `content.csv`,
/// `content_sends.csv`), merged with `events.csv` into one timeline: an insight is heard in the
/// stage its lead was in at that moment, a piece moves through the same rules as anyone's (the
/// co-creation rule included, so a broken data set fails loudly), and a send is matched with the
/// stage the lead was in when it got the piece, which is what the comparison of sends reads.
extension DemoLoader {
    enum PieceStep {
        case add(title: String, kind: ContentKind, owner: String, link: String)
        case author(String)
        /// The row number of an insight in insights.csv, from 1.
        case link(Int)
        case move(ContentStage)
        case approve
    }

    enum Step {
        case event([String: String])
        case insight([String: String], row: Int)
        case piece(Int64, PieceStep, actor: String)
        case send([String: String])
    }

    /// Every step of the data set at its moved time, in the order it happened; steps at the same
    /// second keep the order of the files (events first).
    func timeline(events: [[String: String]], clock: DemoClock) throws -> [(at: Int64, step: Step)] {
        var steps: [(at: Int64, order: Int, step: Step)] = []
        func add(_ at: Int64?, _ step: Step) {
            guard let at else { return }
            steps.append((at, steps.count, step))
        }
        func moved(_ text: String?, _ file: String) throws -> Int64? { try time(text, file: file).map(clock.moved) }
        for row in events { add(try moved(row["at"], "events.csv"), .event(row)) }
        for (index, row) in try optionalTable("insights.csv").enumerated() {
            add(try moved(row["at"], "insights.csv"), .insight(row, row: index + 1))
        }
        for row in try optionalTable("content.csv") {
            guard let id = Int64(row["id"] ?? ""), let kind = ContentKind(rawValue: row["kind"] ?? ""), let owner = row["owner"],
                !owner.isEmpty
            else {
                throw HandoffError.invalidInput(Message(.contentCsvEveryPiece))
            }
            guard let created = try moved(row["created_at"], "content.csv") else {
                throw HandoffError.invalidInput(Message(.contentCsvPieceHas, "\(id)"))
            }
            add(created, .piece(id, .add(title: row["title"] ?? "", kind: kind, owner: owner, link: row["link"] ?? ""), actor: owner))
            for login in (row["authors"] ?? "").split(separator: ";") {
                add(created + 600, .piece(id, .author(String(login)), actor: owner))
            }
            for number in (row["insights"] ?? "").split(separator: ";").compactMap({ Int($0) }) {
                add(created + 900, .piece(id, .link(number), actor: owner))
            }
            add(try moved(row["drafting_at"], "content.csv"), .piece(id, .move(.drafting), actor: owner))
            add(try moved(row["review_at"], "content.csv"), .piece(id, .move(.salesReview), actor: owner))
            if let approver = row["approved_by"], !approver.isEmpty {
                add(try moved(row["approved_at"], "content.csv"), .piece(id, .approve, actor: approver))
            }
            add(try moved(row["published_at"], "content.csv"), .piece(id, .move(.published), actor: owner))
            add(try moved(row["retired_at"], "content.csv"), .piece(id, .move(.retired), actor: owner))
        }
        for row in try optionalTable("content_sends.csv") { add(try moved(row["at"], "content_sends.csv"), .send(row)) }
        return steps.sorted { ($0.at, $0.order) < ($1.at, $1.order) }.map { ($0.at, $0.step) }
    }

    /// What the content steps need between them while the timeline is replayed.
    struct ContentReplay {
        /// Each lead's stage as the events have left it so far.
        var stage: [Int64: String] = [:]
        /// Row number of insights.csv to the insight's id on the board.
        var insights: [Int: Int64] = [:]
        /// A piece's id in content.csv to its id on the board.
        var pieces: [Int64: Int64] = [:]
    }

    func replay(_ step: Step, at: Int64, into store: Store, replay: inout ContentReplay) throws {
        switch step {
        case let .event(row):
            if let id = Int64(row["lead_id"] ?? ""), let stage = row["to_stage"], !stage.isEmpty { replay.stage[id] = stage }
        case let .insight(row, number):
            guard let leadID = Int64(row["lead_id"] ?? ""), let stage = replay.stage[leadID],
                let kind = InsightKind(rawValue: row["kind"] ?? "")
            else {
                throw HandoffError.invalidInput(Message(.insightsCsvRowA, "\(number)"))
            }
            let (text, quote) = try Insight.validate(text: row["text"] ?? "", quote: row["quote"].flatMap { $0.isEmpty ? nil : $0 })
            let author = row["author"] ?? ""
            let event = try store.append(
                LeadEvent(
                    leadID: leadID, at: at, actor: author, kind: EventKind.insight,
                    detail: Insight.eventDetail(kind: kind, text: text, quote: quote)))
            replay.insights[number] = try store.insertInsight(
                Insight(
                    leadID: leadID, eventID: event.id, at: at, author: author, kind: kind, text: text,
                    quote: quote, stage: stage))
        case let .piece(id, pieceStep, actor):
            let change: ContentChange
            switch pieceStep {
            case let .add(title, kind, owner, link):
                replay.pieces[id] = try store.carryOut(.add(title: title, kind: kind, owner: owner, link: link), actor: actor, at: at).id
                return
            case let .author(login): change = .addAuthor(id: try piece(id, replay), login: login)
            case let .link(number):
                guard let insight = replay.insights[number] else {
                    throw HandoffError.invalidInput(
                        Message(.contentCsvPieceLinks, "\(id)", "\(number)"))
                }
                change = .linkInsight(id: try piece(id, replay), insightID: insight)
            case let .move(stage): change = .move(id: try piece(id, replay), to: stage, expectedVersion: nil)
            case .approve: change = .approve(id: try piece(id, replay), expectedVersion: nil)
            }
            _ = try store.carryOut(change, actor: actor, at: at)
        case let .send(row):
            guard let leadID = Int64(row["lead_id"] ?? ""), let stage = replay.stage[leadID], let listed = Int64(row["content_id"] ?? "")
            else {
                throw HandoffError.invalidInput(Message(.contentSendsCsvA))
            }
            let pieceID = try piece(listed, replay)
            let title = try store.requirePiece(id: pieceID).title
            let actor = row["actor"] ?? ""
            let event = try store.append(
                LeadEvent(leadID: leadID, at: at, actor: actor, kind: EventKind.contentSent, detail: "piece \(pieceID): \(title)"))
            try store.insertSend(contentID: pieceID, leadID: leadID, eventID: event.id, at: at, actor: actor, stage: stage)
        }
    }

    private func piece(_ id: Int64, _ replay: ContentReplay) throws -> Int64 {
        guard let piece = replay.pieces[id] else { throw HandoffError.invalidInput(Message(.contentCsvPieceIs, "\(id)")) }
        return piece
    }
}
