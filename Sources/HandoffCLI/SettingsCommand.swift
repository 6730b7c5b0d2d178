import Foundation
import HandoffCore
import HandoffStore

/// `handoff settings list|set`: the board's own settings, the same for everyone on it (for now
/// its currency, which every amount is in).
enum SettingsCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "settings", summary: Message(.listTheBoardsSettings),
        details: Message(.currencySettingHelp),
        subcommands: [
            CommandSpec(name: "list", summary: Message(.eachSettingAndIts)),
            CommandSpec(name: "set", summary: Message(.changeASettingHandoff), arguments: ["KEY", "VALUE"]),
        ])

    static func run(_ context: CommandContext) throws -> Int32 {
        if context.parsed.subcommand == "set" {
            let store = try context.openStore()
            let key = context.parsed.arguments[0]
            try store.checkSettingKey(key)
            try store.setCurrency(context.parsed.arguments[1], actor: try context.actor(in: store))
            context.say(Message(.boardsCurrencyIs, "\(try store.currency())"))
            return 0
        }
        let store = try context.openStore(readOnly: true)
        for setting in try store.settings() {
            context.say(
                setting.isSet
                    ? Message(.twoSideBySide, "\(setting.key)", "\(setting.value)")
                    : Message(.notSetTheDefault, "\(setting.key)", "\(setting.value)"))
        }
        return 0
    }
}
