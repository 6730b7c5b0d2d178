import HandoffCore
import HandoffStore

/// `handoff refer LEAD ACCOUNT|--none`: the customer that referred a lead (same as `R` on a card).
/// The lead's source becomes referral, so referrals have their own line in every figure by source.
enum ReferCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "refer", summary: Message(.nameTheCustomerThat), arguments: ["LEAD", "ACCOUNT"],
        optionalArguments: 1,
        options: [OptionSpec("--none", Message(.takeTheReferralBack))])

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let store = try context.openStore()
        let account: Account?
        if context.parsed.has("--none") {
            account = nil
        } else {
            guard context.parsed.arguments.count > 1 else {
                throw HandoffError.invalidInput(Message(.nameTheCustomerThatReferred))
            }
            account = try store.findAccount(context.parsed.arguments[1])
        }
        try store.apply(.refer(leadID: leadID, accountID: account?.id, expectedVersion: nil), actor: try context.actor(in: store))
        let lead = try store.requireLead(id: leadID)
        if let account {
            context.say(
                Message(.wasReferredByAccount, "\(context.describe(lead))", "\(TerminalText.sanitize(account.name))", "\(account.id)"))
        } else {
            context.say(Message(.isNoLongerAReferral, "\(context.describe(lead))"))
        }
        return 0
    }
}
