import Foundation
import HandoffCore
import HandoffStore

/// `handoff scoring load|show|history|calibrate|auto-handoff`: the shared definition of a
/// qualified lead, kept as versioned text a person edits and commits to their own repository.
enum ScoringCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "scoring", summary: Message(.sharedDefinitionOfA),
        details:
            Message(.definitionFileHasA),
        subcommands: [
            CommandSpec(
                name: "load", summary: Message(.loadADefinitionFile),
                arguments: ["FILE"], options: [OptionSpec("--comment", value: "TEXT", Message(.whyItChangedKept))],
                details:
                    Message(.fileMayBeFor)
            ),
            CommandSpec(
                name: "show", summary: Message(.printTheDefinitionIn),
                arguments: ["VERSION"], optionalArguments: 1,
                details: Message(.outputLoadsBackTo)),
            CommandSpec(
                name: "history", summary: Message(.listTheVersionsWhen),
                options: [OptionSpec("--json", Message(.printJSONInsteadOf))]),
            CommandSpec(
                name: "calibrate", summary: Message(.checkTheDefinitionAgainst),
                arguments: ["VERSION"], optionalArguments: 1,
                options: [
                    OptionSpec("--threshold", value: "N", Message(.whatIfTheThreshold)),
                    OptionSpec("--json", Message(.printJSONInsteadOf)),
                ],
                details: ScoringCommand.calibrationHelp),
            CommandSpec(
                name: "auto-handoff", summary: Message(.showOrTurnOn),
                arguments: ["on|off"], optionalArguments: 1),
        ])

    static let calibrationHelp: Message = Message(.leadsWithAKnownOutcome)

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
        let name = TerminalText.sanitize(file == "-" ? context.strings(Message(.standardInput)) : file)
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
            throw HandoffError.invalidInput(Message(.cannotReadNoSuch, "\(name)"))
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
            if showing { progress.show(strings(Message(.rescoringOpenLeads, "\(strings.integer(open))"))) }
            result = try store.loadScoring(definition, author: actor, comment: comment) { done in
                guard showing else { return }
                let total = max(open, done)
                progress.show(
                    done == total
                        ? strings(Message(.rescoredOpenLeadsSaving, "\(strings.integer(done))"))
                        : strings(
                            Message(
                                .rescoringOfOpenLeads, "\(strings.integer(done))", "\(strings.integer(total))",
                                "\(String(done * 100 / total))")))
            }
        } catch let error as ScoringError {
            progress.end()
            throw HandoffError.invalidInput(Message(.nothingWasChanged, "\(error.located(in: name))"))
        } catch {
            progress.end()
            throw error
        }
        progress.end()
        let seconds = Date().timeIntervalSince(started)
        let definition = result.version.definition
        let loaded: Message =
            Message(.loadedScoringVersionBy, "\(result.version.id)", "\(TerminalText.sanitize(actor))", "\(definition.threshold)")
        let rules = definition.rules.count
        switch (definition.fitMinimum, rules == 1) {
        case let (minimum?, true): context.say(Message(.fitMinimum1Rule, "\(loaded)", "\(minimum)"))
        case let (minimum?, false): context.say(Message(.fitMinimumRules, "\(loaded)", "\(minimum)", "\(integer: rules)"))
        case (nil, true): context.say(Message(.oneRule, "\(loaded)"))
        case (nil, false): context.say(Message(.rules, "\(loaded)", "\(integer: rules)"))
        }
        let qualified = result.qualified.count
        let changed: Message = result.changed == 1 ? Message(.oneScoreChanged) : Message(.scoresChanged, "\(integer: result.changed)")
        let qualifies: Message = qualified == 1 ? Message(.oneLeadNowQualifies) : Message(.leadsNowQualify, "\(integer: qualified)")
        let unqualified: Message =
            result.unqualified.count == 1 ? Message(.oneNoLongerDoes) : Message(.noLongerDo, "\(integer: result.unqualified.count)")
        let rescored: Message = result.rescored == 1 ? Message(.oneOpenLead) : Message(.openLeads, "\(integer: result.rescored)")
        context.say(Message(.rescoredInS, "\(rescored)", "\(decimal: seconds)", "\(changed)", "\(qualifies)", "\(unqualified)"))
        if !result.handedOff.isEmpty {
            context.say(
                result.handedOff.count == 1
                    ? Message(.handedOff1Lead)
                    : Message(.handedOffLeadsTo, "\(integer: result.handedOff.count)"))
        } else if qualified > 0 && !result.autoHandoff {
            context.say(Message(.autoHandoffIsOff))
        }
        // The summary counts both directions, so both are listed: a lead that stops qualifying
        // leaves marketing's shortlist, news as much as one that joins it.
        for id in result.qualified.prefix(listed) {
            guard let lead = try store.lead(id: id) else { continue }
            let place: Message =
                result.handedOff.contains(id) ? Message(.handedOff) : Message(.inPlace, "\(context.stageTitle(lead.stage, in: store))")
            context.say(Message(.nowQualifiesScore, "\(context.describe(lead))", "\(integer: lead.score)", "\(place)"))
        }
        if result.qualified.count > listed { context.say(Message(.andMore, "\(integer: result.qualified.count - listed)")) }
        for id in result.unqualified.prefix(listed) {
            guard let lead = try store.lead(id: id) else { continue }
            context.say(
                Message(
                    .noLongerQualifiesScore, "\(context.describe(lead))", "\(integer: lead.score)",
                    "\(context.stageTitle(lead.stage, in: store))")
            )
        }
        if result.unqualified.count > listed {
            context.say(Message(.andMoreThatNo, "\(integer: result.unqualified.count - listed)"))
        }
        return 0
    }

    /// Leads named in each direction after a load; the rest are counted, and the log has them all.
    static let listed = 10

    static func show(_ context: CommandContext) throws -> Int32 {
        let store = try context.openStore(readOnly: true)
        let version = try requestedVersion(context, store: store)
        let header: Message =
            Message(.scoringVersionLoadedBy, "\(version.id)", "\(TerminalText.sanitize(version.author))", "\(Timestamp.short(version.at))")
        context.say(version.comment.isEmpty ? header : Message(.labelAndValue, "\(header)", "\(TerminalText.sanitize(version.comment))"))
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
            context.say(Message(.noScoringDefinitionYet))
            return 0
        }
        let widths = [7, 16, 12, 9, 5]
        func row(_ cells: [String], comment: String) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                TerminalText.fit(TerminalText.sanitize(pair.0), to: pair.1, alignRight: index >= 3)
            }.joined(separator: "  ") + "  " + TerminalText.sanitize(comment)
        }
        let strings = context.strings
        let headers: [Message] = [Message(.version), Message(.loadedUTC), Message(.by), Message(.threshold), Message(.rulesHeader)]
        context.print(row(headers.map { strings($0) }, comment: strings(Message(.comment))))
        for version in versions {
            context.print(
                row(
                    [
                        String(version.id), Timestamp.short(version.at), version.author, String(version.definition.threshold),
                        strings.integer(version.definition.rules.count),
                    ], comment: version.comment
                ).trimmingCharacters(in: .whitespaces))
        }
        context.say(Message(.versionIsInForce, "\(current.id)"))
        return 0
    }

    static func autoHandoff(_ context: CommandContext) throws -> Int32 {
        guard let word = context.parsed.arguments.first else {
            let store = try context.openStore(readOnly: true)
            context.say(
                try store.autoHandoff()
                    ? Message(.autoHandoffIsOn)
                    : Message(.autoHandoffIsOffLeads))
            return 0
        }
        guard word == "on" || word == "off" else {
            throw HandoffError.invalidInput(Message(.autoHandoffTakesOn, "\(TerminalText.sanitize(word))"))
        }
        let store = try context.openStore()
        try store.setAutoHandoff(word == "on", actor: try context.actor(in: store))
        context.say(
            word == "on"
                ? Message(.autoHandoffIsOnFrom)
                : Message(.autoHandoffIsOffLeads))
        return 0
    }

    /// The VERSION argument, else the version in force.
    static func requestedVersion(_ context: CommandContext, store: Store) throws -> ScoringVersion {
        if let text = context.parsed.arguments.first {
            guard let id = Int(text), id > 0 else {
                throw HandoffError.invalidInput(
                    Message(.versionMustBeA, "\(TerminalText.sanitize(text))"))
            }
            guard let version = try store.scoringVersion(id: id) else {
                throw HandoffError.invalidInput(Message(.thereIsNoScoring, "\(id)"))
            }
            return version
        }
        guard let version = try store.currentScoring() else {
            throw HandoffError.invalidInput(Message(.noScoringDefinitionYetLoad))
        }
        return version
    }

}
