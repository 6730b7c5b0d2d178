import Foundation
import HandoffCore
import HandoffStore

/// `handoff settings list|set`: the board's own settings, the same for everyone on it (for now
/// its currency, which every amount is in).
enum SettingsCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "settings", summary: "List the board's settings, or change one (admins): currency.",
        details: """
            currency: the ISO 4217 code every amount on the board is in (EUR until set). An import whose amounts name a
            currency sets it on a board that never had one, and refuses amounts in another one.
            """,
        subcommands: [
            CommandSpec(name: "list", summary: "Each setting and its value."),
            CommandSpec(name: "set", summary: "Change a setting: handoff settings set currency USD", arguments: ["KEY", "VALUE"]),
        ])

    static func run(_ context: CommandContext) throws -> Int32 {
        if context.parsed.subcommand == "set" {
            let store = try context.openStore()
            let key = context.parsed.arguments[0]
            try store.checkSettingKey(key)
            try store.setCurrency(context.parsed.arguments[1], actor: try context.actor(in: store))
            context.say("The board's currency is \(try store.currency()).")
            return 0
        }
        let store = try context.openStore(readOnly: true)
        for setting in try store.settings() {
            context.say(setting.isSet ? "\(setting.key) \(setting.value)" : "\(setting.key) \(setting.value) (not set: the default)")
        }
        return 0
    }
}
