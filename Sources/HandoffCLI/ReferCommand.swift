import HandoffCore
import HandoffStore

/// `handoff refer LEAD ACCOUNT|--none`: the customer that referred a lead (same as `R` on a card).
/// The lead's source becomes referral, so referrals have their own line in every figure by source.
enum ReferCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "refer", summary: "Name the customer that referred a lead; its source becomes referral.", arguments: ["LEAD", "ACCOUNT"],
        optionalArguments: 1,
        options: [OptionSpec("--none", "take the referral back")])

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let store = try context.openStore()
        let account: Account?
        if context.parsed.has("--none") {
            account = nil
        } else {
            guard context.parsed.arguments.count > 1 else {
                throw HandoffError.invalidInput("name the customer that referred the lead, or --none")
            }
            account = try store.findAccount(context.parsed.arguments[1])
        }
        try store.apply(.refer(leadID: leadID, accountID: account?.id, expectedVersion: nil), actor: try context.actor(in: store))
        let lead = try store.requireLead(id: leadID)
        if let account {
            context.say("\(context.describe(lead)) was referred by \(TerminalText.sanitize(account.name)) (account \(account.id))")
        } else {
            context.say("\(context.describe(lead)) is no longer a referral")
        }
        return 0
    }
}
