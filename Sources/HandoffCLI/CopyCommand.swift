import Foundation
import HandoffCore
import HandoffStore

/// `handoff copy --to TARGET`: moves a whole board, history and all, between a file and a server.
enum CopyCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "copy", summary: Message(.copyTheWholeBoard),
        options: [
            OptionSpec("--to", value: "TARGET", Message(.fileOrPostgresqlAddress)),
            OptionSpec("--force", Message(.replaceABoardThat)),
        ],
        details: Message(.copiesEveryLeadWith))

    static func run(_ context: CommandContext) throws -> Int32 {
        guard let destination = context.parsed.value("--to") else {
            throw HandoffError.invalidInput(Message(.toTARGETIsRequired))
        }
        let source = try context.openStore(readOnly: true)
        let target = try Store(path: destination)
        let report = try source.copy(to: target, replacing: context.parsed.has("--force"))
        let leads: Message = report.leads == 1 ? Message(.oneLead) : Message(.leads, "\(integer: report.leads)")
        let events: Message = report.events == 1 ? Message(.oneEvent) : Message(.events, "\(integer: report.events)")
        context.say(
            Message(
                .copiedAndFromTo, "\(leads)", "\(events)", "\(source.displayName)", "\(target.displayName)", "\(decimal: report.seconds)"))
        return 0
    }
}
