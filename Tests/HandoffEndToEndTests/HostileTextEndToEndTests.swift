import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Hostile text through the real binary: in a real terminal (tmux), where what curses and tmux
/// draw must equal what the renderer computed, cell for cell; and in the raw bytes every command
/// prints.
@Suite struct HostileTextEndToEndTests {
    enum Keystroke {
        case key(String, Key)
        case text(String)

        static func character(_ character: Character) -> Keystroke { .key(String(character), .character(character)) }
    }

    /// Screens reached one after the other, each compared with the renderer in this process.
    static let steps: [(name: String, keys: [Keystroke])] = [
        ("board", []),
        ("inbox", [.character("2")]),
        ("inbox by campaign", [.character("b")]),
        ("reject form with a hostile reason label", [.character("x"), .key("Left", .left)]),
        (
            "detail of lead 6",
            [.key("Escape", .escape), .character("1"), .character(":"), .text("goto 6"), .key("Enter", .enter), .key("Enter", .enter)]
        ),
        ("detail scrolled to the notes", Array(repeating: .character("j"), count: 8)),
        ("edit form of lead 6", [.key("Escape", .escape), .character("e")]),
        ("detail of lead 3", [.key("Escape", .escape), .character(":"), .text("goto 3"), .key("Enter", .enter), .key("Enter", .enter)]),
        ("help", [.key("Escape", .escape), .character("?")]),
    ]

    @Test func theTerminalShowsWhatTheRendererDrewAndNoEscapeFromTheData() throws {
        // The file name itself is hostile: the status bar shows it.
        let board = TemporaryBoard(name: "hostile\u{1B}[2J\u{202E}.db")
        try board.seedHostileBoard()
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--as", "tom"], width: 120, height: 40)
        let expected = AppRuntime(store: try board.open(), actor: "tom", width: 120, height: 40)
        for step in HostileTextEndToEndTests.steps {
            for keystroke in step.keys {
                switch keystroke {
                case let .key(name, key):
                    try session.send(name)
                    expected.send(.key(key))
                case let .text(text):
                    try session.type(text)
                    for character in text { expected.send(.key(.character(character))) }
                }
            }
            let shown = try session.waitUntilShowing(expected)
            #expect(shown.matched, "\(step.name): the terminal shows\n\(shown.screen)\nbut the renderer drew\n\(shown.expected)")
            let findings = HostileText.findings(in: Array(try session.captureWithEscapes().utf8), allowingColour: true)
            #expect(findings.isEmpty, "\(step.name): \(findings.prefix(5))")
            if step.name == "board" { #expect(shown.screen.contains("Evil␛[2J") && shown.screen.contains("hostile␛[2J�.db")) }
        }
        try session.send("q")
        try session.send("q")
        #expect(try session.waitUntilDead(timeout: 10))
    }

    @Test func aStatusMessageNamingAHostileLeadIsSafe() throws {
        let board = TemporaryBoard()
        try board.seedHostileBoard()
        let session = try TmuxSession(command: [HandoffBinary.path, "--db", board.path, "--as", "lucia"], width: 100, height: 30)
        #expect(try session.waitFor(timeout: 20) { $0.contains("MARKETING") }.matched)
        try session.send(":")
        try session.type("goto 1")
        try session.send("Enter")
        try session.send("L")
        let moved = try session.waitFor(timeout: 20) { $0.contains("Moved Evil␛[2J␛[H Corp to Nurturing") }
        #expect(moved.matched, "\(moved.screen)")
        #expect(HostileText.findings(in: Array(try session.captureWithEscapes().utf8), allowingColour: true).isEmpty)
        #expect(try board.open().lead(id: 1)?.stage == "nurture")
    }

    /// A CSV export whose every field is hostile goes in through `handoff import` and comes out
    /// safe on every screen and in every command's output; `export` to a pipe gives it back exactly.
    @Test func anImportedHostileFileIsShownSafelyAndExportedExactly() throws {
        let board = try TemporaryBoard.withDemoData()
        func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var csv = "first_name,last_name,company,email,source,industry\n"
        for (index, text) in HostileText.all.enumerated() {
            // A name has at most 200 characters (the importer refuses longer ones); the other fields take all.
            csv +=
                [
                    quoted(String(text.prefix(150))), quoted("Row \(index)"), quoted(text), "row\(index)@hostile.example", quoted(text),
                    quoted(text),
                ]
                .joined(separator: ",") + "\n"
        }
        let file = board.folder + "/hostile.csv"
        #expect(FileManager.default.createFile(atPath: file, contents: Data(csv.utf8)))
        let imported = try HandoffBinary.run(["import", file, "--db", board.path, "--as", "lucia"])
        #expect(imported.status == 0, "\(imported.error)")
        for arguments in [["snapshot", "--width", "160", "--height", "45"], ["inbox"], ["log", "--limit", "40"], ["kpi"], ["report"]] {
            let result = try HandoffBinary.run(arguments + ["--db", board.path, "--as", "lucia"])
            let findings = HostileText.findings(in: Array((result.output + result.error).utf8), allowingColour: false)
            #expect(
                result.status == 0 && findings.isEmpty, "handoff \(arguments.joined(separator: " ")): \(findings.prefix(3)) \(result.error)"
            )
        }
        let exported = try HandoffBinary.run(["export", "--db", board.path, "--as", "lucia"])
        #expect(exported.status == 0)
        for text in HostileText.all where !text.contains("\u{0}") {
            #expect(
                exported.output.contains(text.replacingOccurrences(of: "\"", with: "\"\"")),
                "export to a pipe must keep \(text.debugDescription.prefix(40)) exactly")
        }
    }

    /// Amounts and times at the edges of 64 bits, written by another program: every command that
    /// reads them still answers.
    @Test func commandsReadNumbersAtTheEdges() throws {
        let board = TemporaryBoard()
        try board.addHostileNumbers(to: try board.seedHostileBoard())
        for arguments in [
            ["kpi"], ["kpi", "--json"], ["report"], ["report", "--format", "json"], ["inbox"], ["inbox", "--json"],
            ["log"], ["feedback"], ["snapshot", "--view", "dashboard"], ["snapshot"], ["check"],
        ] {
            let result = try HandoffBinary.run(arguments + ["--db", board.path, "--as", "tom"])
            #expect(
                result.status == 0 || (arguments == ["check"] && result.status == 1),
                "handoff \(arguments.joined(separator: " ")): \(result.error)")
            #expect(
                !result.error.contains("Fatal error") && !result.error.contains("unexpected database error"),
                "\(arguments): \(result.error)")
        }
    }

    /// Every command that prints data, and every refusal that quotes an argument: the bytes hold
    /// no escape sequence, control, bidi override or zero-width character, yet JSON keeps the text
    /// exactly.
    @Test func commandOutputCarriesNothingATerminalWouldObey() throws {
        let board = TemporaryBoard(name: "hostile\u{1B}]52;c;SGVsbG8=\u{07}.db")
        try board.seedHostileBoard()
        let db = ["--db", board.path]
        let runs: [[String]] = [
            ["snapshot", "--width", "160", "--height", "45"], ["snapshot", "--view", "inbox", "--width", "90"],
            ["snapshot", "--width", "20", "--height", "5"],
            ["inbox"], ["inbox", "--json"], ["inbox", "--as", TemporaryBoard.hostileLogin, "--filter", "mine"],
            ["feedback"], ["feedback", "--by", "campaign", "--json"], ["feedback", "--by", "campaign", "--days", "3650"],
            ["move", "2", "mql", "--as", "lucia"], ["accept", "4", "--as", "tom"], ["note", "3", "seen", "\u{1B}[2J", "--as", "tom"],
            ["move", "1", "\u{1B}]52;c;SGVsbG8=\u{07}"], ["move", "\u{1B}[2J", "mql"], ["inbox", "--filter", "\u{9B}31m"],
            ["--\u{1B}[2J"], ["\u{1B}[2J"], ["accept", "3", "--owner", "\u{202E}eve"], ["check"],
            ["undo", "--as", TemporaryBoard.hostileLogin],
            ["kpi"], ["kpi", "--json"], ["report"], ["report", "--format", "json"], ["log"], ["log", "--json"], ["member", "list"],
        ]
        for arguments in runs {
            let result = try HandoffBinary.run(arguments + db)
            let findings = HostileText.findings(in: Array((result.output + result.error).utf8), allowingColour: false)
            #expect(findings.isEmpty, "handoff \(arguments.joined(separator: " ")): \(findings.prefix(3))")
            #expect(
                [0, 1, 2].contains(result.status),
                "handoff \(arguments.joined(separator: " ")) ended with \(result.status): \(result.error)")
        }
        let json = try HandoffBinary.run(["inbox", "--json"] + db)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let names = Set(items.compactMap { $0["name"] as? String })
        #expect(names.contains(HostileText.c0) && names.contains(HostileText.hyperlink), "JSON must keep the text exactly: \(names)")
        #expect(!json.output.contains("\u{202E}") && json.output.contains("\\u202e"))
        let log = try HandoffBinary.run(["log", "--json"] + db)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        #expect(entries.contains { $0["actor"] as? String == TemporaryBoard.hostileLogin }, "the log's JSON must keep the actor exactly")
    }
}
