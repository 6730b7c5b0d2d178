import Foundation
import HandoffCore
import HandoffStore
import HandoffTestSupport
import HandoffTUI
import Testing

/// Whole frames of every view, form and panel, exactly, at three sizes and in both languages, on
/// one fixed board at one fixed time. Any change to what a person sees shows here as a diff.
///
/// After a change made on purpose, write the frames again and read the diff before committing:
///
///     HANDOFF_GOLDEN=update swift test --filter GoldenFrameTests
///
/// The frames live in `Tests/HandoffTUITests/Golden/LANGUAGE/WIDTHxHEIGHT/VIEW.txt`.
@Suite struct GoldenFrameTests {
    static let sizes = [(80, 24), (120, 40), (200, 50)]
    static let languages: [Language] = [.english, .spanish]

    /// A frame and the keys that reach it from a board just opened.
    static let frames: [(name: String, keys: [Key])] = [
        ("board", []),
        ("board-selected", [.character("l"), .character("l"), .character("j")]),
        ("inbox", [.character("2")]),
        ("scoring", [.character("3")]),
        ("dashboard", [.character("4")]),
        ("meeting", [.character("m")]),
        ("meeting-large", [.character("m"), .character("z")]),
        ("meeting-win", [.character("m"), .character("n")]),
        ("meeting-win-large", [.character("m"), .character("n"), .character("z")]),
        ("meeting-lines", [.character("m"), .character("G"), .character("j"), .character("j")]),
        ("meeting-lines-large", [.character("m"), .character("G"), .character("j"), .character("j"), .character("z")]),
        ("meeting-action-form", [.character("m"), .character("a")]),
        ("meeting-note-form", [.character("m"), .character("w")]),
        ("meeting-close-form", [.character("m"), .character("C")]),
        ("meeting-help", [.character("m"), .character("?")]),
        ("detail", Array(":goto 8").map { Key.character($0) } + [.enter, .enter]),
        ("help", [.character("?")]),
        ("won-form", [.right, .right, .right, .right, .right, .character("w")]),
        ("reject-form", [.character("2"), .character("x")]),
        ("new-lead-form", [.character("n")]),
        ("note-form", [.right, .right, .character("c")]),
        ("command-line", [.character(":"), .character("m"), .character("o")]),
        ("palette", [.control("p"), .character("w")]),
        ("content", [.character("5")]),
        ("content-review", [.character("5"), .character("l"), .character("l")]),
        ("piece", [.character("5"), .character("l"), .character("l"), .character("l"), .enter]),
        ("insights", [.character("6")]),
        ("insights-by-kind", [.character("6"), .character("b")]),
        ("insights-drill", [.character("6"), .enter]),
        ("insight-form", [.character("i")]),
        ("send-form", Array(":goto 8").map { Key.character($0) } + [.enter, .enter, .character("s")]),
    ]

    /// The customer band's frames, as an admin (who may do everything there): the board scrolled
    /// to the band, the account won twice in the KPI week, and each of its forms.
    static let customerFrames: [(name: String, keys: [Key])] = {
        let band = Array(repeating: Key.character("l"), count: 8)
        return [
            ("board-customers", band + [.character("l")]),
            ("account", band + [.enter]),
            ("account-satisfaction-form", band + [.enter, .character("s")]),
            ("account-follow-up-form", band + [.enter, .character("c")]),
            ("account-done-form", band + [.enter, .character("t")]),
            ("account-edit-form", band + [.enter, .character("e")]),
            ("account-new-deal-form", band + [.enter, .character("n")]),
            ("referral-form", Array(repeating: Key.character("l"), count: 5) + [.character("R")]),
        ]
    }()

    static var folder: String { Repository.root + "/Tests/HandoffTUITests/Golden" }
    static var updating: Bool { ProcessInfo.processInfo.environment["HANDOFF_GOLDEN"] == "update" }

    /// The fixed board: the KPI board's week of history (handoffs, answers, wins, a loss, an open
    /// handoff past its service level), what the reps heard and the pieces made of it (see
    /// `seedContentBoard`), with a scoring definition in force.
    static func board() throws -> TemporaryBoard {
        let board = TemporaryBoard()
        let store = try board.seedContentBoard()
        _ = try store.loadScoring(
            try TemporaryBoard.scoringDefinition(), author: "elena", comment: "first shared definition",
            at: TemporaryBoard.kpiWeekStart + 86_400)
        return board
    }

    /// Thursday of the week after the KPI week, 11:30 UTC: inside the working day.
    static let now = TemporaryBoard.kpiWeekStart + 10 * 86_400 + 11 * 3_600 + 1_800

    static var cases: [String] {
        languages.flatMap { language in sizes.map { "\(language.rawValue)/\($0.0)x\($0.1)" } }
    }

    @Test(arguments: cases) func everyFrameIsAsRecorded(_ place: String) throws {
        let language = try #require(Language(code: String(place.prefix(2))))
        let size = place.dropFirst(3).split(separator: "x").compactMap { Int($0) }
        let board = try GoldenFrameTests.board()
        var problems: [String] = []
        let all =
            GoldenFrameTests.frames.map { ($0.name, $0.keys, "ana") } + GoldenFrameTests.customerFrames.map { ($0.name, $0.keys, "elena") }
        for (name, keys, actor) in all {
            let app = AppRuntime(
                store: try board.open(readOnly: false), actor: actor, width: size[0], height: size[1], now: GoldenFrameTests.now,
                options: AppOptions(strings: Strings(language)))
            for key in keys { app.send(.key(key)) }
            let frame = app.render().text + "\n"
            let path = "\(GoldenFrameTests.folder)/\(place)/\(name).txt"
            if GoldenFrameTests.updating {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try frame.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            guard let recorded = try? String(contentsOfFile: path, encoding: .utf8) else {
                problems.append("\(place)/\(name): no recorded frame at \(path)")
                continue
            }
            if let diff = GoldenFrameTests.diff(recorded: recorded, shown: frame) { problems.append("\(place)/\(name):\n\(diff)") }
        }
        if !problems.isEmpty {
            Issue.record(
                """
                \(problems.joined(separator: "\n\n"))

                If the change is meant, write the frames again and read their diff:
                    HANDOFF_GOLDEN=update swift test --filter GoldenFrameTests
                """)
        }
    }

    /// The lines that differ, numbered, recorded above shown; nil when the frames are the same.
    static func diff(recorded: String, shown: String) -> String? {
        guard recorded != shown else { return nil }
        let old = recorded.components(separatedBy: "\n"), new = shown.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : "(none)", after = index < new.count ? new[index] : "(none)"
            guard before != after else { continue }
            lines.append(String(format: "  line %2d recorded |%@|", index + 1, before))
            lines.append(String(format: "          shown    |%@|", after))
            if lines.count >= 24 {
                lines.append("  …")
                break
            }
        }
        return lines.joined(separator: "\n")
    }
}
