import Foundation
import HandoffCLI
import HandoffCore
import HandoffStore
import HandoffTestSupport

/// Each subcommand of `handoff-stress`. The long runs print one summary line each, which
/// `scripts/stress.sh` collects into RELIABILITY.md.
enum StressRuns {
    static func run(_ parsed: ParsedCommand) throws -> Int32 {
        func number(_ option: String, _ fallback: Int) throws -> Int {
            guard let text = parsed.value(option) else { return fallback }
            guard let value = Int(text), value >= 0 else {
                throw HandoffError.invalidInput(Message(verbatim: "\(option) takes a whole number, not '\(text)'"))
            }
            return value
        }
        let seed = UInt64(try number("--seed", 1))
        let secondsText = parsed.value("--seconds") ?? "5"
        guard let seconds = Double(secondsText), seconds >= 0 else {
            throw HandoffError.invalidInput(Message(verbatim: "--seconds takes a number of seconds, not '\(secondsText)'"))
        }
        let operations = parsed.value("--operations")?.split(separator: ",").map(String.init) ?? WorkloadOperation.all.map(\.name)
        switch parsed.command {
        case "worker":
            return try Worker.run(
                path: try require(parsed, "--db"), operations: try WorkloadOperation.named(operations), seed: seed,
                until: Date().addingTimeInterval(seconds), maxWrites: try number("--writes", .max), write: line)
        case "reader":
            return try TornStateReader.run(path: try require(parsed, "--db"), until: Date().addingTimeInterval(seconds), write: line)
        case "crash":
            let board = try boardPath(parsed)
            let started = Date()
            let report = CrashHarness(board: board.path, operations: operations, seed: seed).run(kills: try number("--kills", 20)) {
                report in
                if report.kills % 25 == 0 { FileHandle.standardError.write(Data("  \(report)\n".utf8)) }
            }
            return summary("crash", "\(report) in \(elapsed(since: started))", problems: report.problems)
        case "concurrency":
            let board = try boardPath(parsed)
            let writers = try number("--writers", 3)
            let mixes = (0..<writers).map { index in index % 2 == 0 ? operations : ["accept", "note", "advance"] }
            let started = Date()
            let report = ConcurrencyHarness(
                board: board.path, writers: mixes, readers: try number("--readers", 2), seconds: seconds, seed: seed
            ).run()
            return summary("concurrency", "\(writers) writers, \(report) in \(elapsed(since: started))", problems: report.problems)
        case "fuzz":
            return try fuzz(cases: try number("--cases", 5_000), binaryCases: try number("--binary-cases", 300), seed: seed)
        default:
            return 2
        }
    }

    static func fuzz(cases: Int, binaryCases: Int, seed: UInt64) throws -> Int32 {
        let fuzzer = Fuzzer(seed: seed)
        let realParser = HandoffCommandLine.parser(strings: Strings(.english))
        let board = try TemporaryBoard.withDemoData()
        let reports = [
            fuzzer.run(.csvReader, cases: cases),
            fuzzer.run(.themeFiles(folder: FileManager.default.currentDirectoryPath + "/themes"), cases: cases),
            fuzzer.run(.leadFilter, cases: cases),
            fuzzer.run(.scoringDefinitions(sample: Fixtures.sampleData + "/scoring.txt"), cases: cases),
            fuzzer.run(.importer(board: board.path, corpus: importCorpus()), cases: binaryCases),
            fuzzer.run(.commandLineParser(realParser, corpus: CommandLineSamples.invocations(board: board.path)), cases: cases),
            fuzzer.run(
                .commandLine(board: board.path, folder: board.folder, corpus: CommandLineSamples.invocations(board: board.path)),
                cases: binaryCases),
        ]
        let total = reports.reduce(0) { $0 + $1.cases }
        for report in reports { line("fuzz: \(report)") }
        return summary("fuzz", "\(total) inputs fuzzed", problems: reports.flatMap { $0.failures.map(\.description) })
    }

    /// The awkward files of the importer's own tests.
    static func importCorpus() -> [[UInt8]] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.folder)) ?? []).sorted()
            .compactMap { FileManager.default.contents(atPath: Fixtures.path($0)).map { Array($0.prefix(6_000)) } }
    }

    static func require(_ parsed: ParsedCommand, _ option: String) throws -> String {
        guard let value = parsed.value(option) else {
            throw HandoffError.invalidInput(Message(verbatim: "\(parsed.command) needs \(option)"))
        }
        return value
    }

    /// The board named by --db, or a fresh demo board kept for the run.
    static func boardPath(_ parsed: ParsedCommand) throws -> (path: String, keep: TemporaryBoard?) {
        if let path = parsed.value("--db") { return (path, nil) }
        let board = try TemporaryBoard.withDemoData()
        return (board.path, board)
    }

    static func summary(_ name: String, _ text: String, problems: [String]) -> Int32 {
        line("\(name): \(text)")
        for problem in problems.prefix(20) { line("  problem: \(problem)") }
        return problems.isEmpty ? 0 : 1
    }

    static func elapsed(since start: Date) -> String { String(format: "%.0f s", Date().timeIntervalSince(start)) }

    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
