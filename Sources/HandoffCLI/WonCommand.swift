import HandoffCore
import HandoffStore

/// `handoff won LEAD --amount N`: the same command as `w` on the board.
enum WonCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "won", summary: Message(.markADealWon), arguments: ["LEAD"],
        options: [OptionSpec("--amount", value: "N", required: true, Message(.amountWonOption))])

    static func run(_ context: CommandContext) throws -> Int32 {
        let leadID = try context.leadArgument()
        let text = context.parsed.value("--amount") ?? ""
        let amount: Double
        switch MoneyInput.parse(text, language: context.strings.language) {
        case let .success(value): amount = value
        case let .failure(error): throw HandoffError.invalidInput(Message(.amount, "\(error)"))
        }
        let store = try context.openStore()
        try store.apply(.won(leadID: leadID, amount: amount, expectedVersion: nil), actor: try context.actor(in: store))
        let lead = try store.requireLead(id: leadID)
        context.say(
            Message(
                .wonWithAmount, "\(context.describe(lead))", "\(context.strings.exactMoney(amount))",
                "\(TerminalText.sanitize(try store.currency()))"))
        return 0
    }
}
