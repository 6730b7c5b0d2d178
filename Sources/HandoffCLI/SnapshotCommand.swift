import HandoffCore
import HandoffStore
import HandoffTUI

/// `handoff snapshot`: the board rendered as plain text, by the same renderer as the terminal.
enum SnapshotCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "snapshot", summary: Message(.printAViewAs),
        options: [
            OptionSpec(
                "--view", value: "VIEW", choices: ["board", "inbox", "scoring", "dashboard", "content", "insights", "meeting"],
                Message(.viewToPrintBoard)),
            OptionSpec("--width", value: "W", Message(.columnsOfTextDefault)),
            OptionSpec("--height", value: "H", Message(.linesOfTextDefault)),
        ])

    static func run(_ context: CommandContext) throws -> Int32 {
        let width = try context.integer("--width", default: 120, range: 20...1000)
        let height = try context.integer("--height", default: 40, range: 5...1000)
        let view = context.parsed.value("--view") ?? "board"
        let mode = ViewMode.allCases.first { $0.title.lowercased() == view }
        guard mode != nil || view == "meeting" else {
            let views = ViewMode.allCases.map { $0.title.lowercased() } + ["meeting"]
            throw HandoffError.invalidInput(
                Message(.unknownViewViews, "\(TerminalText.sanitize(view))", "\(views.joined(separator: ", "))"))
        }
        let store = try context.openStore(readOnly: true)
        let runtime = AppRuntime(
            store: store, actor: try context.actor(in: store), width: width, height: height, options: try context.appOptions())
        // The same way a person gets there: the key the key map gives the view.
        let key = mode.flatMap { KeyMap.standard.key(showing: $0) } ?? KeyMap.standard.key(for: .openMeeting)
        if let key { runtime.send(.key(key)) }
        context.print(runtime.render().text)
        return 0
    }
}
