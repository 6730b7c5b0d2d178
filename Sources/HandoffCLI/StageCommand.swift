import Foundation
import HandoffCore
import HandoffStore

/// `handoff stage list|rename|set`: the pipeline's columns. Their titles are what every board
/// shows (a team names them in its own language); ids, order and sides stay, since events and
/// the KPIs refer to them. Changing a stage needs `edit_stages` (admins by default).
enum StageCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "stage", summary: "List the stages, or rename one or change its stale limit and win probability (admins).",
        details: """
            Stage ids, their order and their sides are fixed; titles, stale limits and probabilities are the team's.
            Every change is recorded in the audit (handoff log) and shows on open boards at once.
            """,
        subcommands: [
            CommandSpec(
                name: "list", summary: "The stages in board order: id, title, side, leads, stale limit, win probability.",
                options: [OptionSpec("--json", "print JSON instead of a table")]),
            CommandSpec(
                name: "rename", summary: "Give a stage a new title (in quotes when it has spaces).", arguments: ["ID", "TITLE"],
                details: "Example: handoff stage rename lead \"Nuevo lead\""),
            CommandSpec(
                name: "set", summary: "Change how long a lead may sit in a stage before it is stale, or the stage's win probability.",
                arguments: ["ID"],
                options: [
                    OptionSpec("--idle-days", value: "N|none", "days before a lead here is flagged stale (none: never)"),
                    OptionSpec("--probability", value: "P", "chance from 0 to 1 that a deal here is won, for the weighted pipeline"),
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
        context.print(row([strings("ID"), strings("TITLE"), strings("SIDE"), strings("LEADS"), strings("STALE AFTER"), strings("WIN %")]))
        for stage in store.pipeline.stages {
            let title = stage.visible ? stage.title : strings("\(stage.title) (hidden)")
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
            "Renamed stage \(stage.id): '\(TerminalText.sanitize(old ?? stage.id))' is now '\(TerminalText.sanitize(stage.title))'.")
        return 0
    }

    static func set(_ context: CommandContext) throws -> Int32 {
        guard context.parsed.has("--idle-days") || context.parsed.has("--probability") else {
            throw UsageError(
                "'stage set' needs --idle-days N|none or --probability P: what to change",
                usage:
                    "usage: handoff stage set ID [--idle-days N|none] [--probability P]\n\nRun 'handoff stage set --help' for the options.")
        }
        var idleDays: Int??
        if let text = context.parsed.value("--idle-days") {
            if text == "none" {
                idleDays = .some(nil)
            } else if let days = Int(text) {
                idleDays = .some(days)
            } else {
                throw HandoffError.invalidInput("--idle-days takes a number of days or none, not '\(TerminalText.sanitize(text))'")
            }
        }
        var probability: Double?
        if let text = context.parsed.value("--probability") {
            guard let value = Double(text), value.isFinite else {
                throw HandoffError.invalidInput(
                    "--probability takes a number from 0 to 1 (0.25 for one deal in four), not '\(TerminalText.sanitize(text))'")
            }
            probability = value
        }
        let store = try context.openStore()
        let stage = try store.setStage(
            context.parsed.arguments[0], idleDays: idleDays, probability: probability, actor: try context.actor(in: store))
        context.say(
            "Stage \(stage.id) (\(TerminalText.sanitize(stage.title))): stale after \(idle(stage, context.strings)), win probability \(String(format: "%g", stage.probability))."
        )
        return 0
    }

    /// `14 days`, or `never` for a stage where nothing goes stale.
    private static func idle(_ stage: Stage, _ strings: Strings) -> String {
        stage.idleDays.map { strings($0 == 1 ? "1 day" : "\(integer: $0) days") } ?? strings("never")
    }

    private static func row(_ cells: [String]) -> String {
        // The last column is never cut.
        (zip(cells.dropLast(), [12, 26, 10, 8, 12]).map { TerminalText.fit(TerminalText.sanitize($0), to: $1) } + [
            TerminalText.sanitize(cells[cells.count - 1])
        ])
        .joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
