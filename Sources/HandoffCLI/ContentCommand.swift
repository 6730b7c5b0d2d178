import Foundation
import HandoffCore
import HandoffStore

/// `handoff content ...`: the pieces marketing makes with sales, on their own pipeline (idea,
/// drafting, sales_review, published, retired), the same as the content view (`5`) of the board.
enum ContentCommand: HandoffCommand {
    static let stages = ContentStage.allCases.map(\.rawValue)
    static let kinds = ContentKind.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "content", summary: Message(.piecesOfContentMarketing),
        details: Message(.stagesIdeaDraftingSales),
        subcommands: [
            CommandSpec(
                name: "add", summary: Message(.addAPieceOf), arguments: ["TITLE..."],
                options: [
                    OptionSpec(
                        "--kind", value: "KIND", required: true, choices: ContentKind.allCases.map(\.rawValue),
                        Message(.guideCaseStudyDeck)),
                    OptionSpec("--owner", value: "LOGIN", Message(.marketerWhoAnswersFor)),
                    OptionSpec("--link", value: "URL", Message(.whereItLivesA)),
                ]),
            CommandSpec(
                name: "edit", summary: Message(.changeAPiecesTitle), arguments: ["ID"],
                options: [
                    OptionSpec("--title", value: "TEXT", Message(.itsNewTitle)),
                    OptionSpec("--kind", value: "KIND", choices: ContentKind.allCases.map(\.rawValue), Message(.itsNewKind)),
                    OptionSpec("--owner", value: "LOGIN", Message(.itsNewOwnerNone)),
                ]),
            CommandSpec(
                name: "move", summary: Message(.moveAPieceTo), arguments: ["ID", "STAGE"],
                details: Message(.stageIsIdeaDrafting)),
            CommandSpec(
                name: "author", summary: Message(.nameACoAuthor), arguments: ["ID", "LOGIN"],
                options: [OptionSpec("--remove", Message(.takeTheCoAuthor))]),
            CommandSpec(
                name: "link", summary: Message(.linkAnInsightTo),
                arguments: ["ID"],
                options: [
                    OptionSpec("--insight", value: "ID", Message(.insightsNumberHandoffInsight)),
                    OptionSpec("--url", value: "URL", Message(.whereThePieceLives)),
                    OptionSpec("--remove", Message(.withInsightUnlinkIt)),
                ]),
            CommandSpec(name: "approve", summary: Message(.approveAPieceIn), arguments: ["ID"]),
            CommandSpec(name: "sent", summary: Message(.recordThatAPublished), arguments: ["ID", "LEAD"]),
            CommandSpec(
                name: "list", summary: Message(.listThePiecesBy),
                options: [
                    OptionSpec("--stage", value: "STAGE", choices: ContentStage.allCases.map(\.rawValue), Message(.onlyThePiecesIn)),
                    OptionSpec("--json", Message(.printJSONInsteadOf)),
                ]),
            CommandSpec(
                name: "show", summary: Message(.onePieceWhoTook),
                arguments: ["ID"], options: [OptionSpec("--json", Message(.printJSONInsteadOfText))],
                details: ContentCommand.comparisonHelp),
            CommandSpec(
                name: "report",
                summary: Message(.mostUsedPiecesThe),
                options: [OptionSpec("--json", Message(.printJSONInsteadOfText))], details: ContentCommand.comparisonHelp),
            CommandSpec(
                name: "approval", summary: Message(.showWhetherSalesApproval),
                arguments: ["required|optional"], optionalArguments: 1),
        ])

    static let comparisonHelp: Message = Message(.reachedTheLeadsThe)

    static func run(_ context: CommandContext) throws -> Int32 {
        switch context.parsed.subcommand {
        case "add": return try add(context)
        case "edit": return try edit(context)
        case "move": return try move(context)
        case "author": return try author(context)
        case "link": return try link(context)
        case "approve": return try approve(context)
        case "sent": return try sent(context)
        case "list": return try list(context)
        case "show": return try show(context)
        case "report": return try report(context)
        default: return try approval(context)
        }
    }

    static func pieceID(_ text: String) throws -> Int64 {
        guard let id = Int64(text.trimmingCharacters(in: CharacterSet(charactersIn: "#"))), id > 0 else {
            throw HandoffError.invalidInput(Message(.isNotAPieces, "\(TerminalText.sanitize(text))"))
        }
        return id
    }

    static func kind(_ text: String) throws -> ContentKind {
        guard let kind = ContentKind.named(text) else { throw UsageError(Message(.kindTakes, "\(ContentKind.codes)"), usage: "") }
        return kind
    }

    /// Carries out a change as the person running the command and says what it left.
    private static func change(_ change: ContentChange, _ context: CommandContext) throws -> (ContentPiece, Store) {
        let store = try context.openStore()
        return (try store.changeContent(change, actor: try context.actor(in: store), at: Timestamp.now()), store)
    }

    static func add(_ context: CommandContext) throws -> Int32 {
        guard let kindText = context.parsed.value("--kind") else {
            throw UsageError(Message(.contentAddNeedsKind, "\(ContentKind.codes)"), usage: "")
        }
        let title = context.parsed.arguments.joined(separator: " ")
        let (piece, _) = try change(
            .add(
                title: title, kind: try kind(kindText), owner: context.parsed.value("--owner"), link: context.parsed.value("--link") ?? ""),
            context)
        context.say(
            Message(
                .pieceAnIdeaOf, "\(piece.id)", "\(TerminalText.sanitize(piece.title))", "\(TerminalText.sanitize(piece.owner ?? ""))",
                "\(piece.id)")
        )
        return 0
    }

    static func edit(_ context: CommandContext) throws -> Int32 {
        let id = try pieceID(context.parsed.arguments[0])
        let title = context.parsed.value("--title"), kindText = context.parsed.value("--kind"), owner = context.parsed.value("--owner")
        guard title != nil || kindText != nil || owner != nil else {
            throw UsageError(Message(.contentEditNeedsTitle), usage: "")
        }
        let (piece, _) = try change(
            .edit(
                id: id, title: title, kind: try kindText.map(kind), owner: owner.map { $0.lowercased() == "none" ? "" : $0 }, link: nil,
                expectedVersion: nil), context)
        context.say(Message(.changedPiece, "\(piece.id)", "\(TerminalText.sanitize(piece.title))"))
        return 0
    }

    static func move(_ context: CommandContext) throws -> Int32 {
        let id = try pieceID(context.parsed.arguments[0])
        guard let stage = ContentStage.named(context.parsed.arguments[1]) else {
            throw HandoffError.invalidInput(
                Message(.isNotAContent, "\(TerminalText.sanitize(context.parsed.arguments[1]))", "\(ContentStage.codes)"))
        }
        let (piece, _) = try change(.move(id: id, to: stage, expectedVersion: nil), context)
        let title = context.strings(stage.titleKey)
        context.say(Message(.movedPieceTo, "\(piece.id)", "\(TerminalText.sanitize(piece.title))", "\(title)"))
        if stage == .salesReview { context.say(Message(.salesApprovesItWith, "\(piece.id)")) }
        return 0
    }

    static func author(_ context: CommandContext) throws -> Int32 {
        let id = try pieceID(context.parsed.arguments[0])
        let login = context.parsed.arguments[1]
        let removing = context.parsed.has("--remove")
        let (piece, store) = try change(removing ? .removeAuthor(id: id, login: login) : .addAuthor(id: id, login: login), context)
        let name = TerminalText.sanitize(try store.displayName(login: login))
        context.say(
            removing
                ? Message(.isNoLongerA, "\(name)", "\(piece.id)")
                : Message(.isACoAuthor, "\(name)", "\(piece.id)", "\(TerminalText.sanitize(piece.title))"))
        return 0
    }

    static func link(_ context: CommandContext) throws -> Int32 {
        let id = try pieceID(context.parsed.arguments[0])
        let removing = context.parsed.has("--remove")
        if let url = context.parsed.value("--url") {
            if context.parsed.value("--insight") != nil || removing {
                throw UsageError(Message(.urlSetsThePieces), usage: "")
            }
            let (piece, _) = try change(.edit(id: id, title: nil, kind: nil, owner: nil, link: url, expectedVersion: nil), context)
            context.say(Message(.pieceLivesAt, "\(piece.id)", "\(TerminalText.sanitize(piece.link))"))
            return 0
        }
        guard let text = context.parsed.value("--insight") else {
            throw UsageError(Message(.contentLinkNeedsInsight), usage: "")
        }
        guard let insight = Int64(text.trimmingCharacters(in: CharacterSet(charactersIn: "#"))), insight > 0 else {
            throw HandoffError.invalidInput(
                Message(.insightTakesAnInsights, "\(TerminalText.sanitize(text))"))
        }
        let (piece, _) = try change(
            removing ? .unlinkInsight(id: id, insightID: insight) : .linkInsight(id: id, insightID: insight), context)
        if removing {
            context.say(Message(.insightIsNoLonger, "\(insight)", "\(piece.id)"))
        } else {
            context.say(
                piece.stage == .published
                    ? Message(.insightIsAnsweredBy, "\(insight)", "\(piece.id)", "\(TerminalText.sanitize(piece.title))")
                    : Message(.insightIsLinkedTo, "\(insight)", "\(piece.id)", "\(TerminalText.sanitize(piece.title))")
            )
        }
        return 0
    }

    static func approve(_ context: CommandContext) throws -> Int32 {
        let id = try pieceID(context.parsed.arguments[0])
        let (piece, _) = try change(.approve(id: id, expectedVersion: nil), context)
        context.say(
            Message(.approvedPieceForSales, "\(piece.id)", "\(TerminalText.sanitize(piece.title))", "\(piece.id)")
        )
        return 0
    }

    static func sent(_ context: CommandContext) throws -> Int32 {
        let id = try pieceID(context.parsed.arguments[0])
        let leadID = try context.leadArgument(1)
        let store = try context.openStore()
        try store.apply(
            .contentSent(leadID: leadID, contentID: id, expectedVersion: nil), actor: try context.actor(in: store), at: Timestamp.now())
        let piece = try store.requirePiece(id: id)
        context.say(
            Message(
                .sentPieceTo, "\(id)", "\(TerminalText.sanitize(piece.title))", "\(context.describe(try store.requireLead(id: leadID)))"))
        return 0
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        let stage = try context.parsed.value("--stage").map { text -> ContentStage in
            guard let stage = ContentStage.named(text) else {
                throw HandoffError.invalidInput(Message(.isNotAContent, "\(TerminalText.sanitize(text))", "\(ContentStage.codes)"))
            }
            return stage
        }
        let store = try context.openStore(readOnly: true)
        let pieces = try store.pieces(stage: stage).sorted {
            ($0.stage.position, $0.enteredAt, $0.id) < ($1.stage.position, $1.enteredAt, $1.id)
        }
        let members = try store.members()
        let teams = Dictionary(members.map { ($0.login, $0.team) }, uniquingKeysWith: { first, _ in first })
        if context.parsed.has("--json") {
            try context.printJSON(pieces.map { json($0, teams: teams) })
            return 0
        }
        guard !pieces.isEmpty else {
            context.say(Message(.noPiecesOfContent))
            return 0
        }
        let strings = context.strings
        context.print(
            row([
                strings(Message(.id)), strings(Message(.stage)), strings(Message(.kind)), strings(Message(.owner)),
                strings(Message(.leadsHeader)), strings(Message(.title)),
            ]))
        for piece in pieces {
            context.print(
                row([
                    "#\(piece.id)", strings(piece.stage.titleKey), strings(piece.kind.nameKey), piece.owner ?? "-",
                    strings.integer(piece.leadsReached),
                    piece.title,
                ]))
        }
        if try !store.contentApprovalRequired() { context.say(Message(.salesApprovalBeforePublishing)) }
        return 0
    }

    static func show(_ context: CommandContext) throws -> Int32 {
        let id = try pieceID(context.parsed.arguments[0])
        let store = try context.openStore(readOnly: true)
        let piece = try store.requirePiece(id: id)
        let reach = try store.contentReach(pieceID: id)
        let members = try store.members()
        let teams = Dictionary(members.map { ($0.login, $0.team) }, uniquingKeysWith: { first, _ in first })
        let names = try store.memberNames()
        let insights = try piece.insights.compactMap { try store.insight(id: $0) }
        let sends = try store.contentSends(contentID: id)
        if context.parsed.has("--json") {
            var object = json(piece, teams: teams)
            object["reach"] = json(reach)
            object["insight_details"] = insights.map { InsightCommand.json($0, names: names) }
            object["sent_to"] = sends.map {
                ["lead_id": $0.leadID, "lead_name": $0.leadName, "at": Timestamp.iso($0.at), "by": $0.actor, "stage": $0.stage]
                    as [String: Any]
            }
            try context.printJSON(object)
            return 0
        }
        let strings = context.strings
        let safe = TerminalText.sanitize
        context.print("#\(piece.id) \(safe(piece.title))")
        context.say(
            Message(
                .sinceOwner, "\(strings(piece.kind.nameKey))", "\(strings(piece.stage.titleKey))", "\(strings.date(piece.enteredAt))",
                "\(safe(piece.owner.map { names[$0] ?? $0 } ?? "-"))")
        )
        if !piece.link.isEmpty { context.say(Message(.link, "\(safe(piece.link))")) }
        for (team, people) in piece.participation(teams: teams) {
            let roles = people.map { login -> String in
                var did: [String] = []
                if login == piece.owner { did.append(strings(Message(.ownerWord))) }
                if piece.authors.contains(login) { did.append(strings(Message(.coAuthor))) }
                if login == piece.approvedBy { did.append(strings(Message(.approved))) }
                return (names[login] ?? login) + " (" + did.joined(separator: ", ") + ")"
            }
            context.say(Message(.labelAndValue, "\(strings.team(team))", "\(roles.joined(separator: ", "))"))
        }
        if piece.approvedBy == nil && piece.stage == .salesReview { context.say(Message(.waitingForASales)) }
        context.say(Message.empty)
        context.say(insights.isEmpty ? Message(.noInsightsLinkedTo) : Message(.insightsBehindIt))
        for insight in insights {
            context.print(
                "  #\(insight.id) \(strings.date(insight.at)) \(safe(insight.leadName)): \(strings(insight.kind.nameKey)), \(safe(insight.text))"
                    + (insight.quote.map { " \"\(safe($0))\"" } ?? ""))
        }
        context.say(Message.empty)
        context.say(reach.leadsReached == 1 ? Message(.sentTo1Lead) : Message(.sentToLeads, "\(integer: reach.leadsReached)"))
        for send in sends.prefix(20) {
            context.print(
                "  \(strings.date(send.at)) \(safe(send.actor)) -> \(send.leadID) \(safe(send.leadName)) (\(safe(store.pipeline.stage(send.stage)?.title ?? send.stage)))"
            )
        }
        for line in comparisonLines(reach, strings: strings, pipeline: store.pipeline) { context.print(line) }
        return 0
    }

    /// The comparison in words, the same lines as the content view's.
    static func comparisonLines(_ reach: ContentReach, strings: Strings, pipeline: Pipeline) -> [String] {
        guard reach.leadsReached > 0 else { return [] }
        let stages = reach.stages.map { pipeline.stage($0)?.title ?? $0 }.joined(separator: ", ")
        func outcome(_ outcomes: ContentReach.Outcomes) -> String {
            strings(
                Message(
                    .closedWonWinRate, "\(integer: outcomes.closed)", "\(integer: outcomes.won)",
                    "\(KPIFormat.value(outcomes.winRate, unit: .percent, strings: strings))",
                    "\(KPIFormat.value(outcomes.medianCycleDays, unit: .days, strings: strings))")
            )
        }
        return [
            strings(Message(.leadsThatGotIt, "\(outcome(reach.reached))")),
            strings(Message(.comparableLeadsThatReached, "\(TerminalText.sanitize(stages))", "\(outcome(reach.comparable))")),
            strings(Message(.comparisonNotProofThe)),
        ]
    }

    static func report(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let used = try store.mostUsedPieces(limit: 20)
        let reaches = try used.map { try store.contentReach(pieceID: $0.id) }
        let all = try store.pieces()
        let answered = try store.insights(limit: 100_000).filter(\.answered)
        let firstInsight = try Dictionary(
            all.compactMap { piece -> (Int64, Int64)? in
                guard let first = try piece.insights.compactMap({ try store.insight(id: $0)?.at }).min() else { return nil }
                return (piece.id, first)
            }, uniquingKeysWith: { first, _ in first })
        let published = all.filter { $0.publishedAt != nil && firstInsight[$0.id] != nil }
        let days = published.map { Int(max(0, $0.publishedAt! - firstInsight[$0.id]!) / 86_400) }
        if context.parsed.has("--json") {
            try context.printJSON(
                [
                    "most_used": zip(used, reaches).map { piece, reach -> [String: Any] in
                        [
                            "id": piece.id, "title": piece.title, "sends": piece.sends, "leads_reached": piece.leadsReached,
                            "reach": json(reach),
                        ]
                    },
                    "insights_answered": answered.map {
                        ["id": $0.id, "kind": $0.kind.rawValue, "text": $0.text, "pieces": $0.pieces] as [String: Any]
                    },
                    "insight_to_published_days": published.map { piece -> [String: Any] in
                        ["id": piece.id, "title": piece.title, "days": Int(max(0, piece.publishedAt! - firstInsight[piece.id]!) / 86_400)]
                    },
                    "median_insight_to_published_days": ContentReach.median(days) ?? NSNull() as Any,
                ] as [String: Any])
            return 0
        }
        let strings = context.strings
        let safe = TerminalText.sanitize
        context.say(Message(.mostUsedPieces))
        if used.isEmpty { context.say(Message(.noneSentYetRecord)) }
        for (piece, reach) in zip(used, reaches) {
            context.print(
                "  #\(piece.id) \(safe(piece.title)): "
                    + strings(reach.leadsReached == 1 ? Message(.oneLead) : Message(.leads, "\(integer: reach.leadsReached)")))
            for line in comparisonLines(reach, strings: strings, pipeline: store.pipeline).dropLast() { context.print("    " + line) }
        }
        if !used.isEmpty { context.say(Message(.comparisonNotProofThe)) }
        context.say(Message.empty)
        context.say(
            answered.count == 1
                ? Message(.oneInsightAnsweredBy) : Message(.insightsAnsweredByPublished, "\(integer: answered.count)"))
        for insight in answered.prefix(50) {
            context.print(
                "  #\(insight.id) \(strings(insight.kind.nameKey)), \(safe(insight.text)) -> "
                    + insight.pieces.map { "#\($0)" }.joined(separator: ", "))
        }
        context.say(Message.empty)
        context.say(Message(.fromTheFirstInsight))
        for piece in published {
            let days = Int(max(0, piece.publishedAt! - firstInsight[piece.id]!) / 86_400)
            context.print(
                "  #\(piece.id) \(safe(piece.title)): " + strings(days == 1 ? Message(.oneDay) : Message(.days, "\(integer: days)")))
        }
        context.say(Message(.median, "\(KPIFormat.value(ContentReach.median(days), unit: .days, strings: strings))"))
        return 0
    }

    static func approval(_ context: CommandContext) throws -> Int32 {
        guard let word = context.parsed.arguments.first else {
            let store = try context.openStore(readOnly: true)
            context.say(
                try store.contentApprovalRequired()
                    ? Message(.salesApprovalIsRequired)
                    : Message(.salesApprovalIsOptional))
            return 0
        }
        guard word == "required" || word == "optional" else { throw UsageError(Message(.contentApprovalTakesRequired), usage: "") }
        let store = try context.openStore()
        try store.setContentApprovalRequired(word == "required", actor: try context.actor(in: store), now: Timestamp.now())
        context.say(
            word == "required"
                ? Message(.salesApprovalIsRequiredAgain)
                : Message(.salesApprovalIsNow))
        return 0
    }

    static func json(_ piece: ContentPiece, teams: [String: String]) -> [String: Any] {
        [
            "id": piece.id, "title": piece.title, "kind": piece.kind.rawValue, "stage": piece.stage.rawValue,
            "owner": piece.owner ?? NSNull(), "link": piece.link,
            "created_at": Timestamp.iso(piece.createdAt), "created_by": piece.createdBy, "entered_at": Timestamp.iso(piece.enteredAt),
            "approved_by": piece.approvedBy ?? NSNull(), "approved_at": piece.approvedAt.map { Timestamp.iso($0) as Any } ?? NSNull(),
            "published_at": piece.publishedAt.map { Timestamp.iso($0) as Any } ?? NSNull(), "authors": piece.authors,
            "insights": piece.insights,
            "sends": piece.sends, "leads_reached": piece.leadsReached,
            "teams": Dictionary(
                piece.participation(teams: teams).map { ($0.team.isEmpty ? "none" : $0.team, $0.people) },
                uniquingKeysWith: { first, _ in first }),
        ]
    }

    static func json(_ reach: ContentReach) -> [String: Any] {
        func outcomes(_ group: ContentReach.Outcomes) -> [String: Any] {
            [
                "closed": group.closed, "won": group.won, "lost": group.lost, "win_rate": group.winRate ?? NSNull() as Any,
                "median_cycle_days": group.medianCycleDays ?? NSNull() as Any,
            ]
        }
        return [
            "stages": reach.stages, "leads_reached": reach.leadsReached, "reached": outcomes(reach.reached),
            "comparable": outcomes(reach.comparable),
            "note": "a comparison, not proof: the reps chose whom to send it to",
        ]
    }

    private static func row(_ cells: [String]) -> String {
        (zip(cells.dropLast(), [6, 20, 14, 12, 6]).enumerated().map { index, pair in
            TerminalText.fit(TerminalText.sanitize(pair.0), to: pair.1, alignRight: index == 4)
        } + [TerminalText.sanitize(cells[cells.count - 1])]).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
