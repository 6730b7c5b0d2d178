import HandoffCore
import HandoffStore

/// `handoff satisfaction ACCOUNT SCORE [--comment TEXT]`: the same answer as `s` in an account's
/// detail. An answer of 6 or less is a detractor's and plans a call back for the account manager.
enum SatisfactionCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "satisfaction", summary: Message(.recordACustomersAnswer),
        arguments: ["ACCOUNT", "SCORE"],
        options: [OptionSpec("--comment", value: "TEXT", Message(.whatTheCustomerSaid))],
        details: Message(.accountIsAnAccountsNumber))

    static func run(_ context: CommandContext) throws -> Int32 {
        let text = context.parsed.arguments[1]
        guard let score = Int(text) else {
            throw HandoffError.invalidInput(Message(.satisfactionAnswerIsA, "\(TerminalText.sanitize(text))"))
        }
        let store = try context.openStore()
        let account = try store.findAccount(context.parsed.arguments[0])
        try store.apply(
            .recordSatisfaction(accountID: account.id, score: score, comment: context.parsed.value("--comment") ?? ""),
            actor: try context.actor(in: store))
        let name = TerminalText.sanitize(account.name)
        if NPSCategory(score: score) == .detractor,
            let callBack = try store.followUps(accountID: account.id).filter({ $0.kind == .detractor && $0.isOpen }).max(by: {
                $0.id < $1.id
            })
        {
            context.say(
                Message(
                    .recorded10FromAccount, "\(integer: score)", "\(name)", "\(account.id)", "\(callBack.id)",
                    "\(callBack.owner ?? "nobody")", "\(context.strings.dateTime(callBack.due))")
            )
        } else {
            context.say(Message(.recordedScoreFromAccount, "\(integer: score)", "\(name)", "\(account.id)"))
        }
        return 0
    }
}
