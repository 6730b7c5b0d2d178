import Foundation
import HandoffCore
import HandoffStore

/// `handoff stage list|rename|set`: the pipeline's columns. Their titles are what every board
/// shows (a team names them in its own language); ids, order and sides stay, since events and
/// the KPIs refer to them. Changing a stage needs `edit_stages` (admins by default).
enum StageCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "stage", summary: Message(.listTheStagesOr),
        details: Message(.stageIdsTheirOrder),
        subcommands: [
            CommandSpec(
                name: "list", summary: Message(.stagesInBoardOrder),
                options: [OptionSpec("--json", Message(.printJSONInsteadOf))]),
            CommandSpec(
                name: "rename", summary: Message(.giveAStageA), arguments: ["ID", "TITLE"],
                details: Message(.exampleHandoffStageRename)),
            CommandSpec(
                name: "set", summary: Message(.changeHowLongA),
                arguments: ["ID"],
                options: [
                    OptionSpec("--idle-days", value: "N|none", Message(.daysBeforeALead)),
                    OptionSpec("--probability", value: "P", Message(.chanceFrom0To)),
                ]),
        ])

    static func run(_ context: CommandContext) throws -> Int32 {
        switch context.parsed.subcommand {
        case "list": return try list(context)
        case "rename": return try rename(context)
        default: return try set(context)
        }
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let counts = try store.stageLeadCounts()
        if context.parsed.has("--json") {
            try context.printJSON(
                store.pipeline.stages.map { stage -> [String: Any] in
                    [
                        "id": stage.id, "title": stage.title, "side": stage.side.rawValue, "position": stage.position,
                        "leads": counts[stage.id] ?? 0,
                        "idle_days": stage.idleDays.map { $0 as Any } ?? NSNull(), "probability": stage.probability,
                        "visible": stage.visible,
                    ]
                })
            return 0
        }
        let strings = context.strings
        context.print(
            row([
                strings(Message(.id)), strings(Message(.title)), strings(Message(.side)), strings(Message(.leadsHeader)),
                strings(Message(.staleAFTER)), strings(Message(.winRateHeader)),
            ]))
        for stage in store.pipeline.stages {
            let title = stage.visible ? stage.title : strings(Message(.hidden, "\(stage.title)"))
            context.print(
                row([
                    stage.id, title, stage.side.rawValue, strings.integer(counts[stage.id] ?? 0), idle(stage, strings),
                    String(format: "%g", stage.probability * 100),
                ]))
        }
        return 0
    }

    static func rename(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore()
        let id = context.parsed.arguments[0]
        let old = store.pipeline.stage(id)?.title
        let stage = try store.renameStage(id, to: context.parsed.arguments[1], actor: try context.actor(in: store))
        context.say(
            Message(.renamedStageIsNow, "\(stage.id)", "\(TerminalText.sanitize(old ?? stage.id))", "\(TerminalText.sanitize(stage.title))")
        )
        return 0
    }

    static func set(_ context: CommandContext) throws -> Int32 {
        guard context.parsed.has("--idle-days") || context.parsed.has("--probability") else {
            throw UsageError(
                Message(.stageSetNeedsIdle),
                usage: UsageError.forms(
                    ["handoff stage set ID [--idle-days N|none] [--probability P]"], help: "handoff stage set", context.strings))
        }
        var idleDays: Int??
        if let text = context.parsed.value("--idle-days") {
            if text == "none" {
                idleDays = .some(nil)
            } else if let days = Int(text) {
                idleDays = .some(days)
            } else {
                throw HandoffError.invalidInput(Message(.idleDaysTakesA, "\(TerminalText.sanitize(text))"))
            }
        }
        var probability: Double?
        if let text = context.parsed.value("--probability") {
            guard let value = Double(text), value.isFinite else {
                throw HandoffError.invalidInput(
                    Message(.probabilityTakesANumber, "\(TerminalText.sanitize(text))"))
            }
            probability = value
        }
        let store = try context.openStore()
        let stage = try store.setStage(
            context.parsed.arguments[0], idleDays: idleDays, probability: probability, actor: try context.actor(in: store))
        context.say(
            Message(
                .stageStaleAfterWin, "\(stage.id)", "\(TerminalText.sanitize(stage.title))", "\(idle(stage, context.strings))",
                "\(String(format: "%g", stage.probability))")
        )
        return 0
    }

    /// `14 days`, or `never` for a stage where nothing goes stale.
    private static func idle(_ stage: Stage, _ strings: Strings) -> String {
        stage.idleDays.map { strings($0 == 1 ? Message(.oneDay) : Message(.days, "\(integer: $0)")) } ?? strings(Message(.never))
    }

    private static func row(_ cells: [String]) -> String {
        // The last column is never cut.
        (zip(cells.dropLast(), [12, 26, 10, 8, 12]).map { TerminalText.fit(TerminalText.sanitize($0), to: $1) } + [
            TerminalText.sanitize(cells[cells.count - 1])
        ])
        .joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
