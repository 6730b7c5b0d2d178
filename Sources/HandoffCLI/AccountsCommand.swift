import Foundation
import HandoffCore
import HandoffStore

/// `handoff account list|show|move|deal`: the customers the wins became, as the CUSTOMER band and
/// an account's detail show them. Writes go through the same commands as the board's keys.
enum AccountsCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "account",
        summary: Message(.listTheCustomersAccounts),
        details: Message(.accountIsAnAccounts),
        subcommands: [
            CommandSpec(
                name: "list", summary: Message(.everyAccountByName),
                options: [
                    OptionSpec("--stage", value: "ID", Message(.onlyTheAccountsIn)),
                    OptionSpec("--json", Message(.printJSONInsteadOf)),
                ]),
            CommandSpec(
                name: "show", summary: Message(.oneAccountItsDeals), arguments: ["ACCOUNT"],
                options: [OptionSpec("--json", Message(.printJSONInsteadOfText))]),
            CommandSpec(
                name: "move", summary: Message(.moveAnAccountTo),
                arguments: ["ACCOUNT", "STAGE"]),
            CommandSpec(
                name: "deal", summary: Message(.openARepeatDeal),
                arguments: ["ACCOUNT", "KIND", "NAME..."],
                options: [
                    OptionSpec("--value", value: "N", Message(.dealsExpectedValue)),
                    OptionSpec("--owner", value: "LOGIN", Message(.repWhoWorksIt)),
                ],
                details: Message(.kindIsUpsellRenewal)),
        ])

    static func run(_ context: CommandContext) throws -> Int32 {
        switch context.parsed.subcommand {
        case "show": return try show(context)
        case "move": return try move(context)
        case "deal": return try deal(context)
        default: return try list(context)
        }
    }

    static func json(_ account: Account, store: Store) -> [String: Any] {
        [
            "id": account.id, "name": account.name, "owner": account.owner ?? NSNull() as Any, "stage": account.stage,
            "since": Timestamp.iso(account.since), "renewal": account.renewalAt.map { Timestamp.date($0) as Any } ?? NSNull(),
            "onboarded": account.onboardedAt.map { Timestamp.iso($0) as Any } ?? NSNull(),
            "churned": account.churnedAt.map { Timestamp.iso($0) as Any } ?? NSNull(),
            "revenue": account.revenue, "deals": account.deals, "last_score": account.lastScore ?? NSNull() as Any,
            "version": account.version,
        ]
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let accounts = try store.accounts(stage: context.parsed.value("--stage"))
        if context.parsed.has("--json") {
            try context.printJSON(accounts.map { json($0, store: store) })
            return 0
        }
        let strings = context.strings
        context.print(
            row([
                "#", strings(Message(.account)), strings(Message(.stage)), strings(Message(.manager)), strings(Message(.deals)),
                strings(Message(.revenue)),
                strings(Message(.last)),
            ]))
        for account in accounts {
            context.print(
                row([
                    "\(account.id)", TerminalText.sanitize(account.name), context.stageTitle(account.stage, in: store),
                    TerminalText.sanitize(account.owner ?? "-"), strings.integer(account.deals), strings.money(account.revenue),
                    account.lastScore.map { "\($0)/10" } ?? "-",
                ]))
        }
        return 0
    }

    static func show(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let account = try store.findAccount(context.parsed.arguments[0])
        let deals = try store.deals(accountID: account.id)
        let kinds = try store.dealKinds(accountID: account.id)
        let followUps = try store.followUps(accountID: account.id)
        let answers = try store.satisfactionAnswers(accountID: account.id)
        let referrals = try store.referrals(accountID: account.id)
        let strings = context.strings
        if context.parsed.has("--json") {
            var object = json(account, store: store)
            object["deals"] = deals.map {
                [
                    "id": $0.id, "name": $0.name, "stage": $0.stage, "value": $0.value.map { $0 as Any } ?? NSNull(),
                    "kind": kinds[$0.id]?.rawValue ?? "new",
                ] as [String: Any]
            }
            object["follow_ups"] = followUps.map {
                [
                    "id": $0.id, "kind": $0.kind.rawValue, "title": $0.title(.english), "owner": $0.owner ?? NSNull() as Any,
                    "due": Timestamp.iso($0.due), "done": $0.doneAt.map { Timestamp.iso($0) as Any } ?? NSNull(),
                ] as [String: Any]
            }
            object["answers"] = answers.map {
                ["at": Timestamp.iso($0.at), "score": $0.score, "comment": $0.comment, "author": $0.author] as [String: Any]
            }
            object["referrals"] = referrals.map { ["id": $0.id, "name": $0.name, "stage": $0.stage] as [String: Any] }
            try context.printJSON(object)
            return 0
        }
        let currency = TerminalText.sanitize(try store.currency())
        context.say(
            Message(
                .accountManager, "\(account.id)", "\(TerminalText.sanitize(account.name))",
                "\(context.stageTitle(account.stage, in: store))", "\(TerminalText.sanitize(account.owner ?? "none"))")
        )
        context.say(
            Message(
                .customerSincePurchasesTo, "\(strings.date(account.since))", "\(integer: account.deals)",
                "\(strings.money(account.revenue))", "\(currency)")
        )
        if let renewal = account.renewalAt { context.say(Message(.renewal, "\(strings.date(renewal))")) }
        context.say(Message(.dealsLabel))
        for deal in deals {
            let kind = kinds[deal.id].map { strings($0.titleKey) } ?? strings(.dealNew)
            context.print(
                "  #\(deal.id) \(TerminalText.sanitize(deal.name)) · \(kind) · \(context.stageTitle(deal.stage, in: store)) · "
                    + (deal.value.map { strings.money($0) + " " + currency } ?? "-"))
        }
        context.say(Message(.followUps))
        for step in followUps {
            let state = step.doneAt.map { strings(.followUpDoneOn, strings.date($0)) } ?? strings.dateTime(step.due)
            context.print(
                "  #\(step.id) \(TerminalText.sanitize(step.title(strings))) · \(TerminalText.sanitize(step.owner ?? "-")) · \(state)")
        }
        context.say(Message(.satisfaction))
        for answer in answers {
            let comment = answer.comment.isEmpty ? "" : " \"\(TerminalText.sanitize(answer.comment))\""
            context.print("  \(strings.date(answer.at)) \(answer.score)/10 \(strings(NPSCategory(score: answer.score).titleKey))\(comment)")
        }
        if !referrals.isEmpty {
            context.say(Message(.referred))
            for lead in referrals {
                context.print("  #\(lead.id) \(TerminalText.sanitize(lead.name)) · \(context.stageTitle(lead.stage, in: store))")
            }
        }
        return 0
    }

    static func move(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore()
        let account = try store.findAccount(context.parsed.arguments[0])
        let change = try store.apply(
            .move(accountID: account.id, toStage: context.parsed.arguments[1], expectedVersion: nil),
            actor: try context.actor(in: store))
        context.say(
            Message(
                .movedAccountTo, "\(TerminalText.sanitize(account.name))", "\(account.id)",
                "\(context.stageTitle(change.account.stage, in: store))")
        )
        return 0
    }

    static func deal(_ context: CommandContext) throws -> Int32 {
        let kindText = context.parsed.arguments[1]
        guard let kind = DealKind(text: kindText) else {
            throw HandoffError.invalidInput(Message(.kindIsUpsellRenewalOr, "\(TerminalText.sanitize(kindText))"))
        }
        var value: Double?
        if let text = context.parsed.value("--value") {
            switch MoneyInput.parse(text, language: context.strings.language, allowZero: true) {
            case let .success(amount): value = amount
            case let .failure(error): throw HandoffError.invalidInput(Message(.value, "\(error)"))
            }
        }
        let store = try context.openStore()
        let account = try store.findAccount(context.parsed.arguments[0])
        let name = context.parsed.arguments.dropFirst(2).joined(separator: " ")
        let event = try store.apply(
            .openDeal(accountID: account.id, DealDraft(kind: kind, name: name, value: value, owner: context.parsed.value("--owner"))),
            actor: try context.actor(in: store))
        let lead = try store.requireLead(id: event.leadID)
        context.say(
            Message(
                .openedForAccountIn, "\(context.describe(lead))", "\(TerminalText.sanitize(account.name))", "\(account.id)",
                "\(context.stageTitle(lead.stage, in: store))")
        )
        return 0
    }

    static func row(_ cells: [String]) -> String {
        let widths = [5, 28, 14, 12, 6, 14, 5]
        return zip(cells, widths).enumerated().map { index, pair in
            TerminalText.fit(pair.0, to: pair.1, alignRight: [0, 4, 5, 6].contains(index))
        }.joined(separator: " ")
    }
}
