import Foundation
import HandoffCore

let spec = CommandSpec(
    name: "bench",
    summary: Message(verbatim: "Measure Handoff at 10,000, 100,000 and 1,000,000 leads against its targets and the sqlite3 tool."),
    options: [
        OptionSpec("--leads", value: "N", Message(verbatim: "only this size (default: 10000, 100000 and 1000000)")),
        OptionSpec("--json", Message(verbatim: "print the figures as JSON instead of a table")),
        OptionSpec(
            "--data", value: "DIR",
            Message(
                verbatim:
                    "keep the data sets in DIR and reuse the ones found there (default: .build/handoff-bench, or $TMPDIR/handoff-bench)")),
        OptionSpec("--moves", value: "M", Message(verbatim: "lead moves timed for key to screen (default 1000)")),
        OptionSpec(
            "--db", value: "URI",
            Message(
                verbatim:
                    "measure a PostgreSQL board at this address instead (filled with --leads, default 1,000,000, when empty), beside psql")),
        OptionSpec(
            "--trace", value: "FILE",
            Message(verbatim: "with --db: write the statements timed through psql to FILE (what a move, a page, the open cost)")),
        OptionSpec(
            "--only", value: "MEASURES",
            Message(verbatim: "only these measures, comma-separated: \(Measure.allCases.map(\.rawValue).joined(separator: ", "))")
        ),
    ],
    details: Message(
        verbatim: """
            Build first (`swift build -c release`, or `swift run -c release handoff-bench`): the measures run the handoff
            executable built beside this one. Needs sqlite3 and tmux. See BENCHMARKS.md.
            """))
let parser = CommandLineParser(program: "handoff-bench", defaultCommand: "bench", commands: [spec], globalOptions: [])

func number(_ parsed: ParsedCommand, _ option: String, range: ClosedRange<Int>) throws -> Int? {
    guard let text = parsed.value(option) else { return nil }
    guard let value = Int(text), range.contains(value) else {
        throw UsageError(
            Message(
                verbatim:
                    "\(option) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(TerminalText.sanitize(text))'"
            ),
            usage: parser.usage(for: spec))
    }
    return value
}

func runBenchmark() -> Int32 {
    let parsed: ParsedCommand
    let sizes: [Int]
    let moves: Int
    var measures = Set(Measure.allCases)
    do {
        parsed = try parser.parse(Array(CommandLine.arguments.dropFirst()))
        if parsed.wantsHelp {
            print(parser.usage(for: spec))
            return 0
        }
        sizes = try number(parsed, "--leads", range: 100...50_000_000).map { [$0] } ?? [10_000, 100_000, 1_000_000]
        moves = try number(parsed, "--moves", range: 2...1_000_000) ?? 1_000
        if let only = parsed.value("--only") {
            measures = []
            for name in only.split(separator: ",", omittingEmptySubsequences: false) {
                guard let measure = Measure(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw UsageError(
                        Message(
                            verbatim:
                                "--only: no measure '\(TerminalText.sanitize(String(name)))'; the measures are \(Measure.allCases.map(\.rawValue).joined(separator: ", "))"
                        ),
                        usage: parser.usage(for: spec))
                }
                measures.insert(measure)
            }
        }
    } catch {
        FileHandle.standardError.write(Data((String(describing: error) + "\n").utf8))
        return 2
    }
    var scratch = Array((NSTemporaryDirectory() + "handoff-bench-XXXXXX").utf8CString)
    guard let made = mkdtemp(&scratch) else {
        FileHandle.standardError.write(
            Data("handoff-bench: cannot create a folder in \(NSTemporaryDirectory()): \(String(cString: strerror(errno)))\n".utf8))
        return 1
    }
    let temporary = String(cString: made)
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    do {
        let folder = parsed.value("--data") ?? DataSet.cacheFolder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let tools = try Tools(scratch: temporary)
        if let address = parsed.value("--db") {
            var bench = ServerBench(address: address, leads: sizes.count == 1 ? sizes[0] : 1_000_000, moves: moves, tools: tools)
            bench.measures = measures
            bench.traceFile = parsed.value("--trace")
            let lines = try bench.run()
            print(ServerBench.table(lines))
            return 0
        }
        var report = Report(machine: Machine(tools: tools))
        let benchmark = Benchmark(tools: tools, folder: folder, moves: moves, measures: measures)
        for leads in sizes { try benchmark.run(leads: leads, into: &report) }
        print(parsed.has("--json") ? try report.jsonText() : report.table)
        return 0
    } catch {
        FileHandle.standardError.write(Data("handoff-bench: \(error)\n".utf8))
        return 1
    }
}

exit(runBenchmark())
