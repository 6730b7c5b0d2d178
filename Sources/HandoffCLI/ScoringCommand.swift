import Foundation
import HandoffCore
import HandoffStore

/// `handoff scoring load|show|history|calibrate|auto-handoff`: the shared definition of a
/// qualified lead, kept as versioned text a person edits and commits to their own repository.
enum ScoringCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "scoring", summary: "The shared definition of a qualified lead: load, show, history, calibrate.",
        details:
            "A definition file has a threshold, an optional fit_minimum, and rules under [fit] and [engagement]\n(`field operator value -> points`), with optional caps and engagement decay. See docs/scoring.md.",
        subcommands: [
            CommandSpec(
                name: "load", summary: "Load a definition file as a new version and rescore every open lead with it.",
                arguments: ["FILE"], options: [OptionSpec("--comment", value: "TEXT", "why it changed, kept with the version")],
                details:
                    "FILE may be - for standard input. A file with a mistake changes nothing; the message names the line and column.\nLeads whose score changes get a `scored` event; leads that now qualify, and those that no longer do, are\nlisted; those that now qualify are handed off when auto handoff is on."
            ),
            CommandSpec(
                name: "show", summary: "Print the definition in force (or version VERSION) in the file format.",
                arguments: ["VERSION"], optionalArguments: 1,
                details: "The output loads back to the same definition; comments of the original file are not kept."),
            CommandSpec(
                name: "history", summary: "List the versions: when, by whom, threshold, rules and comment.",
                options: [OptionSpec("--json", "print JSON instead of a table")]),
            CommandSpec(
                name: "calibrate", summary: "Check the definition against leads with a known outcome, by score band.",
                arguments: ["VERSION"], optionalArguments: 1,
                options: [
                    OptionSpec("--threshold", value: "N", "what if the threshold were N"),
                    OptionSpec("--json", "print JSON instead of a table"),
                ],
                details: ScoringCommand.calibrationHelp),
            CommandSpec(
                name: "auto-handoff", summary: "Show, or turn on or off, handing leads that reach the threshold to sales at once.",
                arguments: ["on|off"], optionalArguments: 1),
        ])

    static let calibrationHelp: Message = """
        Leads with a known outcome: sales accepted or rejected their handoff, or they were won or lost. Each is
        scored by the definition as of when its outcome was known. An MQL reaches the threshold (and the fit minimum).
        precision (won) = MQLs won / MQLs won or lost; recall (won) = MQLs won / all won;
        precision (accepted) = MQLs accepted / MQLs accepted or rejected. Rates are null (or -) when undefined.
        """

    static func run(_ context: CommandContext) throws -> Int32 {
        switch context.parsed.subcommand {
        case "load": return try load(context)
        case "show": return try show(context)
        case "history": return try history(context)
        case "calibrate": return try calibrate(context)
        default: return try autoHandoff(context)
        }
    }

    static func load(_ context: CommandContext) throws -> Int32 {
        let file = context.parsed.arguments[0]
        let name = TerminalText.sanitize(file == "-" ? context.strings("(standard input)") : file)
        // Read no further than a definition can be long: the parser refuses the rest anyway.
        let limit = ScoringDefinition.maximumBytes + 1
        var data: Data?
        if file == "-" {
            data = try FileHandle.standardInput.read(upToCount: limit) ?? Data()
        } else if let handle = FileHandle(forReadingAtPath: file) {
            defer { try? handle.close() }
            data = try handle.read(upToCount: limit) ?? Data()
        }
        guard let data else {
            throw HandoffError.invalidInput("cannot read \(name): no such file, or not readable; nothing was changed")
        }
        let comment = context.parsed.value("--comment") ?? ""
        let store = try context.openStore()
        let actor = try context.actor(in: store)
        let started = Date()
        let progress = ProgressLine()
        let result: ScoringLoad
        do {
            let definition = try ScoringDefinition.parse(String(decoding: data, as: UTF8.self))
            let open = try store.openLeadCount()
            let strings = context.strings
            // Shown from the first chunk on, so only for boards whose rescoring takes a moment.
            let showing = open >= 50_000
            if showing { progress.show(strings("Rescoring \(strings.integer(open)) open leads...")) }
            result = try store.loadScoring(definition, author: actor, comment: comment) { done in
                guard showing else { return }
                let total = max(open, done)
                progress.show(
                    done == total
                        ? strings("Rescored \(strings.integer(done)) open leads; saving them to the board...")
                        : strings(
                            "Rescoring: \(strings.integer(done)) of \(strings.integer(total)) open leads, \(String(done * 100 / total))%"))
            }
        } catch let error as ScoringError {
            progress.end()
            throw HandoffError.invalidInput("\(error.located(in: name)); nothing was changed")
        } catch {
            progress.end()
            throw error
        }
        progress.end()
        let seconds = Date().timeIntervalSince(started)
        let definition = result.version.definition
        let loaded: Message =
            "Loaded scoring version \(result.version.id) by \(TerminalText.sanitize(actor)): threshold \(definition.threshold)"
        let rules = definition.rules.count
        switch (definition.fitMinimum, rules == 1) {
        case let (minimum?, true): context.say("\(loaded), fit minimum \(minimum), 1 rule")
        case let (minimum?, false): context.say("\(loaded), fit minimum \(minimum), \(integer: rules) rules")
        case (nil, true): context.say("\(loaded), 1 rule")
        case (nil, false): context.say("\(loaded), \(integer: rules) rules")
        }
        let qualified = result.qualified.count
        let changed: Message = result.changed == 1 ? "1 score changed" : "\(integer: result.changed) scores changed"
        let qualifies: Message = qualified == 1 ? "1 lead now qualifies" : "\(integer: qualified) leads now qualify"
        let unqualified: Message = result.unqualified.count == 1 ? "1 no longer does" : "\(integer: result.unqualified.count) no longer do"
        let rescored: Message = result.rescored == 1 ? "1 open lead" : "\(integer: result.rescored) open leads"
        context.say("Rescored \(rescored) in \(decimal: seconds) s: \(changed), \(qualifies), \(unqualified)")
        if !result.handedOff.isEmpty {
            context.say(
                result.handedOff.count == 1
                    ? "Handed off 1 lead to sales (auto handoff is on)"
                    : "Handed off \(integer: result.handedOff.count) leads to sales (auto handoff is on)")
        } else if qualified > 0 && !result.autoHandoff {
            context.say("Auto handoff is off: leads that now qualify stay where they are (handoff scoring auto-handoff on)")
        }
        // The summary counts both directions, so both are listed: a lead that stops qualifying
        // leaves marketing's shortlist, news as much as one that joins it.
        for id in result.qualified.prefix(listed) {
            guard let lead = try store.lead(id: id) else { continue }
            let place: Message = result.handedOff.contains(id) ? "handed off" : "in \(context.stageTitle(lead.stage, in: store))"
            context.say("  now qualifies: \(context.describe(lead)), score \(integer: lead.score), \(place)")
        }
        if result.qualified.count > listed { context.say("  ... and \(integer: result.qualified.count - listed) more") }
        for id in result.unqualified.prefix(listed) {
            guard let lead = try store.lead(id: id) else { continue }
            context.say(
                "  no longer qualifies: \(context.describe(lead)), score \(integer: lead.score), in \(context.stageTitle(lead.stage, in: store))"
            )
        }
        if result.unqualified.count > listed {
            context.say("  ... and \(integer: result.unqualified.count - listed) more that no longer qualify")
        }
        return 0
    }

    /// Leads named in each direction after a load; the rest are counted, and the log has them all.
    static let listed = 10

    static func show(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let version = try requestedVersion(context, store: store)
        let header: Message =
            "# Scoring version \(version.id), loaded by \(TerminalText.sanitize(version.author)) on \(Timestamp.short(version.at)) UTC"
        context.say(version.comment.isEmpty ? header : "\(header): \(TerminalText.sanitize(version.comment))")
        context.printVerbatim(version.definition.text)
        return 0
    }

    static func history(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let versions = try store.scoringHistory()
        if context.parsed.has("--json") {
            let objects: [[String: Any]] = versions.map {
                [
                    "version": $0.id, "at": Timestamp.iso($0.at), "author": $0.author, "comment": $0.comment,
                    "threshold": $0.definition.threshold,
                    "fit_minimum": $0.definition.fitMinimum ?? NSNull(), "rules": $0.definition.rules.count,
                ]
            }
            try context.printJSON(objects)
            return 0
        }
        guard let current = versions.first else {
            context.say("No scoring definition yet; load one with handoff scoring load FILE")
            return 0
        }
        let widths = [7, 16, 12, 9, 5]
        func row(_ cells: [String], comment: String) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                TerminalText.fit(TerminalText.sanitize(pair.0), to: pair.1, alignRight: index >= 3)
            }.joined(separator: "  ") + "  " + TerminalText.sanitize(comment)
        }
        let strings = context.strings
        let headers: [Message] = ["VERSION", "LOADED (UTC)", "BY", "THRESHOLD", "RULES"]
        context.print(row(headers.map { strings($0) }, comment: strings("COMMENT")))
        for version in versions {
            context.print(
                row(
                    [
                        String(version.id), Timestamp.short(version.at), version.author, String(version.definition.threshold),
                        strings.integer(version.definition.rules.count),
                    ], comment: version.comment
                ).trimmingCharacters(in: .whitespaces))
        }
        context.say("Version \(current.id) is in force.")
        return 0
    }

    static func autoHandoff(_ context: CommandContext) throws -> Int32 {
        guard let word = context.parsed.arguments.first else {
            let store = try context.openStore(readOnly: true)
            context.say(
                try store.autoHandoff()
                    ? "Auto handoff is on: leads that reach the threshold when a definition is loaded are handed off to sales at once."
                    : "Auto handoff is off: leads that reach the threshold when a definition is loaded are flagged and stay in marketing.")
            return 0
        }
        guard word == "on" || word == "off" else {
            throw HandoffError.invalidInput("auto-handoff takes on or off, not '\(TerminalText.sanitize(word))'")
        }
        let store = try context.openStore()
        try store.setAutoHandoff(word == "on", actor: try context.actor(in: store))
        context.say(
            word == "on"
                ? "Auto handoff is on: from the next load, leads that reach the threshold when a definition is loaded are handed off to sales."
                : "Auto handoff is off: leads that reach the threshold when a definition is loaded are flagged and stay in marketing.")
        return 0
    }

    /// The VERSION argument, else the version in force.
    static func requestedVersion(_ context: CommandContext, store: Store) throws -> ScoringVersion {
        if let text = context.parsed.arguments.first {
            guard let id = Int(text), id > 0 else {
                throw HandoffError.invalidInput(
                    "VERSION must be a version number (handoff scoring history lists them), not '\(TerminalText.sanitize(text))'")
            }
            guard let version = try store.scoringVersion(id: id) else {
                throw HandoffError.invalidInput("there is no scoring version \(id); handoff scoring history lists them")
            }
            return version
        }
        guard let version = try store.currentScoring() else {
            throw HandoffError.invalidInput("no scoring definition yet; load one with handoff scoring load FILE")
        }
        return version
    }

}
