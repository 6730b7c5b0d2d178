import Foundation
import HandoffCore

// `handoff-stress`: the worker and reader processes the reliability tests start, and the same
// harnesses for longer runs on demand (`scripts/stress.sh`).
let parser = CommandLineParser(
    program: "handoff-stress", defaultCommand: "help",
    commands: [
        CommandSpec(name: "help", summary: Message(verbatim: "Show the commands.")),
        CommandSpec(
            name: "worker", summary: Message(verbatim: "Write to a board in a loop, one line per announced and acknowledged write."),
            options: [
                OptionSpec("--seed", value: "N", Message(verbatim: "random seed")),
                OptionSpec("--operations", value: "LIST", Message(verbatim: "comma-separated operations")),
                OptionSpec("--seconds", value: "S", Message(verbatim: "how long to run")),
                OptionSpec("--writes", value: "N", Message(verbatim: "stop after N acknowledged writes")),
            ]),
        CommandSpec(
            name: "reader", summary: Message(verbatim: "Read the board's bookkeeping in one transaction at a time; count torn reads."),
            options: [OptionSpec("--seconds", value: "S", Message(verbatim: "how long to run"))]),
        CommandSpec(
            name: "crash", summary: Message(verbatim: "Kill a worker with SIGKILL again and again; audit the board after each kill."),
            options: [
                OptionSpec("--kills", value: "N", Message(verbatim: "how many kills")),
                OptionSpec("--seed", value: "N", Message(verbatim: "random seed")),
                OptionSpec("--operations", value: "LIST", Message(verbatim: "comma-separated operations")),
            ]),
        CommandSpec(
            name: "concurrency", summary: Message(verbatim: "Writers, readers and `handoff note` on one board for a while; audit it."),
            options: [
                OptionSpec("--seconds", value: "S", Message(verbatim: "how long to run")),
                OptionSpec("--writers", value: "N", Message(verbatim: "writer processes")),
                OptionSpec("--operations", value: "LIST", Message(verbatim: "comma-separated operations of every other writer")),
                OptionSpec("--readers", value: "N", Message(verbatim: "reader processes")),
                OptionSpec("--seed", value: "N", Message(verbatim: "random seed")),
            ]),
        CommandSpec(
            name: "fuzz", summary: Message(verbatim: "Fuzz the CSV reader, the command-line parser and the handoff binary."),
            options: [
                OptionSpec("--cases", value: "N", Message(verbatim: "cases per in-process target")),
                OptionSpec("--binary-cases", value: "N", Message(verbatim: "cases run through the binary")),
                OptionSpec("--seed", value: "N", Message(verbatim: "random seed")),
            ]),
    ],
    globalOptions: [
        OptionSpec("--db", value: "PATH", Message(verbatim: "the board (crash and concurrency: a fresh demo board when left out)"))
    ])

do {
    let parsed = try parser.parse(Array(CommandLine.arguments.dropFirst()))
    if parsed.command == "help" || parsed.wantsHelp {
        print(parser.overview())
        exit(0)
    }
    exit(try StressRuns.run(parsed))
} catch let error as UsageError {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("handoff-stress: \(error)\n".utf8))
    exit(1)
}
