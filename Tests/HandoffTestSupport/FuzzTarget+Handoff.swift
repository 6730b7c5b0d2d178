import Foundation
import HandoffCore
import HandoffStore
import HandoffTUI

/// Every reader of outside input: CSV files and the importer, scoring definitions, theme files,
/// filters and the command line.
extension FuzzTarget {
    /// Theme files: the shipped themes mutated. A refusal names its line; no message may carry a
    /// control character from the file.
    public static func themeFiles(folder: String) -> FuzzTarget {
        let shipped = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().filter { $0.hasSuffix(".theme") }
            .compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { Array($0) } }
        let sample = Array("description = sample\nlayout = standard\ntitle = cyan bold\nstatus_bar = white on #303030\n".utf8)
        return FuzzTarget(
            name: "theme parser", corpus: shipped.isEmpty ? [sample] : shipped,
            dictionary: ["=", " on ", "#", "#ffffff", "bold", "underline", "reverse", "layout", "projector", "title", "\n", "\r\n", " # "]
                .map { Array($0.utf8) }
        ) { input in
            switch ThemeParser.parse(String(decoding: input, as: UTF8.self), roles: Theme.roleNames) {
            case .success:
                return .accepted
            case let .failure(error):
                let message = error.message(.english)
                if TerminalText.containsControls(message) {
                    throw Violation("the refusal carries a control character: \(message.debugDescription)")
                }
                return .refused(message)
            }
        }
    }

    /// The `/` filter a person types: any text gives a filter or a refusal that says why.
    public static let leadFilter = FuzzTarget(
        name: "filter parser",
        corpus: ["owner:me score:>50 source:webinar", "madrid -student campaign:spring", "score:10..40 owner:none", "\"Kettle & Co\""].map {
            Array($0.utf8)
        },
        dictionary: [":", ">", "<", "..", "-", "\"", "owner:", "score:", "source:", "campaign:", "me", "none", " "].map { Array($0.utf8) },
        maximumLength: 2_000
    ) { input in
        do {
            _ = try LeadFilter.parse(String(decoding: input, as: UTF8.self))
            return .accepted
        } catch let error as FilterError {
            let message = error.message(.english)
            if TerminalText.containsControls(message) {
                throw Violation("the refusal carries a control character: \(message.debugDescription)")
            }
            return .refused(message)
        }
    }

    /// The CSV reader under every import: whatever the bytes, it ends, and what it returns is
    /// consistent: records numbered 1, 2, 3 on increasing lines, no more text than it read, the
    /// same records whichever chunks the bytes arrive in and with or without a byte order mark,
    /// an unclosed quote only on the last record. Bad UTF-8 and an unclosed quote are refusals,
    /// as the importer makes them.
    public static let csvReader = FuzzTarget(
        name: "CSV reader",
        corpus: [
            "id,first_name,last_name,company,email\n1,Lucía,Fernández,\"Ñandú, S.L.\",lucia@nandu.es\n2,Tom,Baker,Brightwave,tom@bw.io\n",
            "name,notes\r\n\"Sarah O'Neill\",\"said \"\"call me\"\"\r\nnext week\"\r\n\"\",\r\n",
            "\u{FEFF}a;b;c\n1;2;3\n\n\n4;5\n",
            "\"unterminated,field\nstill,going",
        ].map { Array($0.utf8) },
        dictionary: [",", "\"", "\"\"", "\r\n", "\n", "\r", ";", "\t", "\u{FEFF}"].map { Array($0.utf8) },
        maximumLength: 8_000
    ) { input in
        typealias Seen = (fields: [String], number: Int, line: Int, invalid: [Int], unclosed: Bool)
        func seen(_ record: CSVRecord) -> Seen {
            (record.fields, record.number, record.line, record.invalidFields, record.unterminatedQuote)
        }
        func same(_ a: [Seen], _ b: [Seen]) -> Bool {
            a.count == b.count
                && zip(a, b).allSatisfy {
                    $0.fields == $1.fields && $0.number == $1.number && $0.line == $1.line
                        && $0.invalid == $1.invalid && $0.unclosed == $1.unclosed
                }
        }
        var records: [Seen] = []
        CSVReader.read(input) { record in
            records.append(seen(record))
            return true
        }
        var textBytes = 0
        for (offset, record) in records.enumerated() {
            if record.number != offset + 1 { throw Violation("record \(offset + 1) is numbered \(record.number)") }
            if offset > 0 && record.line <= records[offset - 1].line {
                throw Violation("record at line \(record.line) after one at line \(records[offset - 1].line)")
            }
            if record.unclosed && offset != records.count - 1 { throw Violation("an unclosed quote before the last record") }
            if let bad = record.invalid.first(where: { !record.fields.indices.contains($0) }) {
                throw Violation("invalid field \(bad) of \(record.fields.count)")
            }
            textBytes += record.fields.reduce(0) { $0 + $1.utf8.count }
        }
        // Invalid UTF-8 becomes U+FFFD (3 bytes) per bad byte at most.
        if textBytes > input.count * 3 { throw Violation("\(textBytes) bytes of text from \(input.count) bytes of input") }
        // A file is read in blocks whose ends fall anywhere.
        for size in [7, 61] {
            var reader = CSVReader()
            var chunked: [Seen] = []
            input.withUnsafeBufferPointer { buffer in
                var start = 0
                while start < buffer.count {
                    let end = min(buffer.count, start + size)
                    reader.feed(UnsafeBufferPointer(rebasing: buffer[start..<end])) { record in
                        chunked.append(seen(record))
                        return true
                    }
                    start = end
                }
            }
            reader.finish { record in
                chunked.append(seen(record))
                return true
            }
            if !same(chunked, records) { throw Violation("fed in chunks of \(size) bytes, the records differ") }
        }
        if !input.starts(with: [0xEF, 0xBB, 0xBF]) && CSVReader.records([0xEF, 0xBB, 0xBF] + input) != records.map(\.fields) {
            throw Violation("a byte order mark changed the records")
        }
        if let unclosed = records.last(where: \.unclosed) { return .refused("line \(unclosed.line): a quoted field is never closed") }
        if let bad = records.first(where: { !$0.invalid.isEmpty }) { return .refused("line \(bad.line): not UTF-8") }
        return .accepted
    }

    /// Scoring definitions: the demo's mutated. A refusal names a line and a column in the file.
    public static func scoringDefinitions(sample path: String) -> FuzzTarget {
        let demo = FileManager.default.contents(atPath: path).map { Array($0) }
        let small = Array("threshold 60\nfit\n  industry is retail: +10\n".utf8)
        return FuzzTarget(
            name: "scoring definitions", corpus: [demo ?? small, small],
            dictionary: [
                "threshold", "fit_minimum", "fit", "engagement", "decay", ":", "+", "-", "is", "in", "contains", ">=", "<", "\"", "#", "\n",
                "  ", "%",
            ]
            .map { Array($0.utf8) }
        ) { input in
            do {
                _ = try ScoringDefinition.parse(String(decoding: input, as: UTF8.self))
                return .accepted
            } catch let error as ScoringError {
                if error.line < 1 || error.column < 1 { throw Violation("refused at line \(error.line), column \(error.column)") }
                return .refused(error.description)
            }
        }
    }

    /// `handoff import` into the board at `path`, as a marketer: an import either commits whole
    /// and leaves a sound board, or is refused and leaves every row as it was.
    public static func importer(board path: String, corpus: [[UInt8]]) -> FuzzTarget {
        .againstBoard(
            name: "CSV importer", board: path, corpus: corpus,
            dictionary: [
                ",", "\"", "\n", "first_name", "last_name", "email", "stage", "value", "created", "won", "lost", "1e308", "2026-13-45",
                "-1", "@", "owner", "campaign",
            ].map { Array($0.utf8) },
            maximumLength: 6_000
        ) { input in
            let file = (path as NSString).deletingLastPathComponent + "/fuzz-import.csv"
            guard FileManager.default.createFile(atPath: file, contents: Data(input)) else { throw Violation("cannot write \(file)") }
            defer { unlink(file) }
            let store = try Store(path: path)
            let report: ImportReport
            do {
                report = try store.importCSV(at: file, options: ImportOptions(), actor: "lucia")
            } catch let error as HandoffError {
                return .refused(error.description)
            }
            if report.refused {
                return .refused(report.problemLines(stages: store.pipeline.stages.map(\.id)).map(\.description).joined(separator: "; "))
            }
            let problems = BoardAudit.soundness(path: path)
            if !problems.isEmpty { throw Violation("an accepted import left the board unsound: \(problems.prefix(3))") }
            return .accepted
        }
    }

    /// Command-line parsing in process: any words give a command or a usage error that says what
    /// was wrong and how the command is used.
    public static func commandLineParser(_ parser: CommandLineParser, corpus: [[String]]) -> FuzzTarget {
        FuzzTarget(
            name: "command-line parser", corpus: corpus.map(FuzzTarget.joinedArguments),
            dictionary: (parser.commands.map(\.name) + parser.commands.flatMap { $0.options.map(\.name) }
                + parser.globalOptions.map(\.name) + ["--help", "-h", "--version", "--", "-", "--db=", "--as="]).map {
                    Array($0.utf8) + [0]
                },
            maximumLength: 2_000
        ) { input in
            do {
                let parsed = try parser.parse(FuzzTarget.arguments(from: input))
                if parser.spec(parsed.command) == nil { throw Violation("parsed an unknown command '\(parsed.command)'") }
                return .accepted
            } catch let error as UsageError {
                if error.usage.isEmpty { throw Violation("a usage error without the usage") }
                return .refused(error.message.description)
            }
        }
    }

    /// The real `handoff` binary with fuzzed arguments against the board at `path`, run from
    /// `folder` with HOME and XDG_DATA_HOME inside it. Exit 0, or exit 1 or 2 with a message on
    /// stderr; never a signal, a Swift runtime error, a hang, or an escape sequence in the output;
    /// and a refused command leaves the board as it was. `/` is taken out of fuzzed words, so no
    /// fuzzed path can reach outside `folder`.
    public static func commandLine(board path: String, folder: String, corpus: [[String]]) -> FuzzTarget {
        let environment = [
            "HOME": folder, "XDG_DATA_HOME": folder + "/data", "TMPDIR": folder, "LANG": "C.UTF-8",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        return .againstBoard(
            name: "handoff command line", board: path, corpus: corpus.map(FuzzTarget.joinedArguments),
            dictionary: [
                "move", "accept", "reject", "won", "lost", "note", "inbox", "feedback", "snapshot", "check", "backup", "undo",
                "log", "member", "list", "--since", "--lead", "--actor", "--name", "--team", "--lang", "--theme",
                "7d", "999999999999999d", "9223372036854775807", "-9223372036854775808",
                "--as", "--owner", "--reason", "--amount", "--due", "--json", "--view", "--width", "--limit", "--filter",
                "--by", "--days", "--force", "--read-only", "--help", "mql", "sal", "won", "1001", "1253", "+3", "18.5k",
            ]
            .map { Array($0.utf8) + [0] },
            maximumLength: 600
        ) { input in
            let words = FuzzTarget.arguments(from: input).map { Array($0.utf8).map { $0 == UInt8(ascii: "/") ? UInt8(ascii: "_") : $0 } }
            // A later --db wins, so every run is against this board unless the words end options with `--`.
            let arguments: [[UInt8]] =
                [
                    Array("sh".utf8), Array("-c".utf8), Array("cd \"$0\" && exec \"$@\"".utf8), Array(folder.utf8),
                    Array(HandoffBinary.path.utf8),
                ] + words + [Array("--db".utf8), Array(path.utf8)]
            let process = try SpawnedProcess(arguments: arguments, environment: environment)
            guard let status = process.wait(until: Date().addingTimeInterval(60)) else {
                process.send(SIGKILL)
                throw Violation("did not finish in 60 s")
            }
            let findings = HostileText.findings(in: process.output + process.errorOutput, allowingColour: false)
            if !findings.isEmpty { throw Violation("unsafe output: \(findings.prefix(3))") }
            let error = process.errorText
            if error.contains("Fatal error") || error.contains("Swift runtime failure") { throw Violation("crashed: \(error.prefix(300))") }
            switch status {
            case 0:
                return .accepted
            case 1, 2:
                let said = error.trimmingCharacters(in: .whitespacesAndNewlines)
                guard said.hasPrefix("handoff: ") || said.hasPrefix("error: ") else {
                    throw Violation("exit \(status) with stderr: \(said.prefix(300))")
                }
                return .refused(said)
            default:
                throw Violation("exit status \(status); stderr: \(error.prefix(300))")
            }
        }
    }

    /// Arguments travel as their bytes joined by NUL, so mutations can split and join words.
    static func joinedArguments(_ words: [String]) -> [UInt8] {
        Array(words.map { Array($0.utf8) }.joined(separator: [0]))
    }

    static func arguments(from input: [UInt8]) -> [String] {
        input.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
