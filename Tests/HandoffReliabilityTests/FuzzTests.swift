import Foundation
import HandoffCLI
import HandoffCore
import HandoffStore
import HandoffTestSupport
import Testing

/// Seeded fuzzing of every reader of outside input that exists today: thousands of cases in
/// process, and the real binary with fuzzed arguments. Each failure names the seed and the case.
@Suite struct FuzzTests {
    @Test(.timeLimit(.minutes(2))) func theCSVReaderTakesAnyBytes() {
        let report = Fuzzer(seed: 42).run(.csvReader, cases: 3_000)
        #expect(report.failures.isEmpty, "\(report)")
        #expect(report.cases == 3_000)
        // Both outcomes occur: the cases are neither all well-formed nor all broken.
        #expect(report.accepted > 300 && report.refused > 100, "\(report)")
    }

    @Test(.timeLimit(.minutes(2))) func theCommandLineParserTakesAnyWords() throws {
        let parser = HandoffCommandLine.parser(strings: Strings(.english))
        let board = try TemporaryBoard.withDemoData()
        let report = Fuzzer(seed: 43).run(
            .commandLineParser(parser, corpus: CommandLineSamples.invocations(board: board.path)), cases: 5_000)
        #expect(report.failures.isEmpty, "\(report)")
        #expect(report.accepted > 200 && report.refused > 1_000, "\(report)")
    }

    @Test(.timeLimit(.minutes(2))) func theScoringParserTakesAnyDefinition() {
        let report = Fuzzer(seed: 49).run(.scoringDefinitions(sample: Fixtures.sampleData + "/scoring.txt"), cases: 3_000)
        #expect(report.failures.isEmpty, "\(report)")
        #expect(report.accepted > 100 && report.refused > 1_000, "\(report)")
    }

    /// Imports commit whole and leave a sound board, or are refused and change nothing: the
    /// awkward files of the importer's own tests, mutated.
    @Test(.timeLimit(.minutes(3))) func theImporterTakesAnyFile() throws {
        let board = try TemporaryBoard.withDemoData()
        let corpus = try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder).sorted()
            .compactMap { FileManager.default.contents(atPath: Fixtures.path($0)).map { Array($0.prefix(6_000)) } }
        let report = Fuzzer(seed: 50).run(.importer(board: board.path, corpus: corpus), cases: 80)
        #expect(report.failures.isEmpty, "\(report)")
        #expect(report.accepted > 5 && report.refused > 5, "\(report)")
    }

    @Test(.timeLimit(.minutes(2))) func theThemeParserTakesAnyFile() {
        let report = Fuzzer(seed: 47).run(.themeFiles(folder: FileManager.default.currentDirectoryPath + "/themes"), cases: 3_000)
        #expect(report.failures.isEmpty, "\(report)")
        #expect(report.accepted > 100 && report.refused > 1_000, "\(report)")
    }

    @Test(.timeLimit(.minutes(2))) func theFilterParserTakesAnyText() {
        let report = Fuzzer(seed: 48).run(.leadFilter, cases: 3_000)
        #expect(report.failures.isEmpty, "\(report)")
        #expect(report.accepted > 300 && report.refused > 100, "\(report)")
    }

    @Test(.timeLimit(.minutes(4))) func theBinaryTakesAnyArgumentsAndLeavesTheBoardAloneWhenItRefuses() throws {
        let board = try TemporaryBoard.withDemoData()
        let target = FuzzTarget.commandLine(
            board: board.path, folder: board.folder, corpus: CommandLineSamples.invocations(board: board.path))
        let report = Fuzzer(seed: 44).run(target, cases: 100)
        #expect(report.failures.isEmpty, "\(report)")
        // Two of the cases are a mangled command beside --help (`m�ve --help`), refused as an
        // unknown command rather than answered with the board's help: three runs succeed.
        #expect(report.accepted >= 3 && report.refused > 40, "\(report)")
        #expect(BoardAudit.soundness(path: board.path).isEmpty)
    }

    /// Every command line a person can write, with the global options before or after the command,
    /// parses to exactly what was written. (Before this held, `handoff --db FILE move ...` took
    /// FILE for the command.)
    @Test func everyValidCommandLineParsesToWhatWasWritten() throws {
        let parser = HandoffCommandLine.parser(strings: Strings(.english))
        var random = SeededRandom(seed: 45)
        for _ in 0..<3_000 {
            let command = random.pick(parser.commands)
            // A command with verbs (`stage rename`) is written with one; its options are the verb's.
            let verb = command.subcommands.isEmpty ? nil : random.pick(command.subcommands)
            let spec = verb ?? command
            let required = spec.arguments.count - spec.optionalArguments - (spec.takesRest ? 1 : 0)
            let count =
                spec.takesRest
                ? required + Int.random(in: 1...3, using: &random) : Int.random(in: required...spec.arguments.count, using: &random)
            let arguments = (0..<count).map { "arg\($0)-" + random.pick(["x", "Íñigo", "1042", "a b", "--"]) }
            var options: [String: String] = [:]
            for option in spec.options + parser.globalOptions where option.required || random.chance(0.4) {
                options[option.name] = option.takesValue ? random.pick(["v", "tom", "18.5k", "/tmp/b.db", "ü", "-3"]) : ""
            }
            var before: [String] = [], after: [String] = []
            for (name, value) in options.sorted(by: { $0.key < $1.key }) {
                let written = value.isEmpty ? [name] : random.chance(0.5) ? [name, value] : ["\(name)=\(value)"]
                let isGlobal = parser.globalOptions.contains { $0.name == name }
                if isGlobal && random.chance(0.5) { before += written } else { after += written }
            }
            let words = before + [command.name] + [verb?.name].compactMap { $0 } + arguments + after
            let parsed = try parser.parse(words)
            #expect(parsed.command == command.name && parsed.subcommand == verb?.name, "\(words)")
            #expect(parsed.arguments == arguments, "\(words)")
            #expect(parsed.options == options, "\(words)")
        }
    }

    /// Records written as RFC 4180 CSV read back as the same records, whatever they hold.
    @Test func csvWrittenByTheRulesReadsBackUnchanged() {
        var random = SeededRandom(seed: 46)
        let pieces = ["a", "Íñigo", ",", "\"", "\n", "\r\n", " ", "陈伟", "", "x,y", "\"quoted\"", "👩‍💻"]
        for _ in 0..<2_000 {
            let records: [[String]] = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                (0..<Int.random(in: 1...5, using: &random)).map { _ in
                    (0..<Int.random(in: 0...4, using: &random)).map { _ in random.pick(pieces) }.joined()
                }
            }.filter { $0 != [""] }
            let newline = random.chance(0.5) ? "\r\n" : "\n"
            let text =
                records.map { fields in
                    fields.map { field in
                        field.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) })
                            || field.isEmpty && fields.count == 1
                            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                    }.joined(separator: ",")
                }.joined(separator: newline) + (random.chance(0.5) ? newline : "")
            let bytes = (random.chance(0.3) ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
            #expect(CSVReader.records(bytes) == records, "\(text.debugDescription)")
        }
    }

    @Test func theSameSeedGivesTheSameCases() {
        func inputs(seed: UInt64) -> [[UInt8]] {
            let seen = InputLog()
            let target = FuzzTarget(name: "recorder", corpus: [Array("a,b\n1,2\n".utf8)]) { input in
                seen.append(input)
                return .accepted
            }
            _ = Fuzzer(seed: seed).run(target, cases: 200)
            return seen.inputs
        }
        #expect(inputs(seed: 9) == inputs(seed: 9))
        #expect(inputs(seed: 9) != inputs(seed: 10))
    }

    /// A target that writes and then refuses is caught: "unchanged on error" is really checked.
    @Test func aRefusalThatChangedTheBoardIsCaught() throws {
        let board = TemporaryBoard()
        try board.seedSmallBoard()
        let path = board.path
        let target = FuzzTarget.againstBoard(name: "sloppy reader", board: path, corpus: [Array("x".utf8)]) { _ in
            let store = try Store(path: path)
            try store.apply(.note(leadID: 1, body: "half an import", due: nil), actor: "sloppy")
            return .refused("line 2: bad date")
        }
        let report = Fuzzer(seed: 1).run(target, cases: 3)
        #expect(report.failures.count == 3)
        #expect(report.failures.first?.message.contains("the database changed") == true)
    }
}

/// Inputs seen by a recording target, across the @Sendable boundary of `FuzzTarget.run`.
final class InputLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [[UInt8]] = []

    func append(_ input: [UInt8]) {
        lock.lock()
        recorded.append(input)
        lock.unlock()
    }

    var inputs: [[UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}
