import Foundation
import HandoffCore
import HandoffStore

/// `handoff generate --leads N`: a synthetic year of pipeline, for trying Handoff at scale and
/// for the benchmarks.
enum GenerateCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "generate", summary: Message(.fillAnEmptyBoard),
        options: [
            OptionSpec("--leads", value: "N", required: true, Message(.howManyLeadsOption)),
            OptionSpec("--seed", value: "S", Message(.randomSeedOption)),
            OptionSpec("--until", value: "DATE", Message(.lastDayOfThe)),
        ],
        details: Message(.teamIsTheDemos))

    static func run(_ context: CommandContext) throws -> Int32 {
        let count = try context.integer("--leads", default: 0, range: 1...50_000_000)
        let seedText = context.parsed.value("--seed") ?? "1"
        guard let seed = UInt64(seedText) else {
            throw HandoffError.invalidInput(
                Message(.seedMustBeA, "\(UInt64.max)", "\(TerminalText.sanitize(seedText))"))
        }
        var until = Timestamp.now() / 86_400 * 86_400 + 86_400
        if let text = context.parsed.value("--until") {
            guard let day = DateInput.day(text, language: context.strings.language) else {
                throw HandoffError.invalidInput(Message(.untilMustBeA, "\(TerminalText.sanitize(text))"))
            }
            until = day + 86_400
        }
        let path = context.databasePath
        let existed = FileManager.default.fileExists(atPath: path)
        let store = try context.openStore()
        let progress = ProgressLine()
        let strings = context.strings
        let report: Store.GenerateReport
        do {
            report = try store.generate(leads: count, seed: seed, until: until, actor: try context.actor(in: store)) { written, seconds in
                let rate = seconds > 0 ? Int(Double(written) / seconds) : 0
                progress.show(
                    strings(Message(.ofLeadsLeadsS, "\(strings.integer(written))", "\(strings.integer(count))", "\(strings.integer(rate))"))
                )
            } settling: {
                progress.show(strings(Message(.savedPreparingTheBoard)))
            }
        } catch {
            progress.end()
            if !existed { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            throw error
        }
        progress.end()
        let funnel = store.pipeline.leadStages.map { "\($0.id) \(strings.integer(report.stages[$0.id] ?? 0))" }.joined(separator: ", ")
        let leads: Message = report.leads == 1 ? Message(.oneLead) : Message(.leads, "\(integer: report.leads)")
        let events: Message = report.events == 1 ? Message(.oneEvent) : Message(.events, "\(integer: report.events)")
        let answers: Message = report.responses == 1 ? Message(.oneHandoffAnswer) : Message(.handoffAnswers, "\(integer: report.responses)")
        let campaigns: Message = report.campaigns == 1 ? Message(.oneCampaign) : Message(.campaigns, "\(integer: report.campaigns)")
        context.say(
            Message(
                .generatedAndInS, "\(leads)", "\(events)", "\(answers)", "\(campaigns)", "\(decimal: report.seconds)",
                "\(TerminalText.sanitize(path))"))
        context.say(Message(.byStage, "\(funnel)"))
        return 0
    }
}
