import HandoffCore
import HandoffStore

/// `handoff satisfaction ACCOUNT SCORE [--comment TEXT]`: the same answer as `s` in an account's
/// detail. An answer of 6 or less is a detractor's and plans a call back for the account manager.
enum SatisfactionCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "satisfaction", summary: "Record a customer's answer from 0 to 10 to \"how likely are you to recommend us?\" (same as `s`).",
        arguments: ["ACCOUNT", "SCORE"],
        options: [OptionSpec("--comment", value: "TEXT", "what the customer said, in quotes")],
        details: """
            ACCOUNT is an account's number, its name, or a part of its name only one account has.
            9 and 10 are promoters, 7 and 8 passives, 0 to 6 detractors; a detractor's answer plans a call back within the customer team's service level.
            NPS (in handoff kpi) = % promoters - % detractors of the answers recorded in the period.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let text = context.parsed.arguments[1]
        guard let score = Int(text) else {
            throw HandoffError.invalidInput("a satisfaction answer is a whole number from 0 to 10, not '\(TerminalText.sanitize(text))'")
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
                "Recorded \(integer: score)/10 from \(name) (account \(account.id)): a detractor; call back #\(callBack.id) planned for \(callBack.owner ?? "nobody"), due \(context.strings.dateTime(callBack.due)) UTC"
            )
        } else {
            context.say("Recorded \(integer: score)/10 from \(name) (account \(account.id))")
        }
        return 0
    }
}
