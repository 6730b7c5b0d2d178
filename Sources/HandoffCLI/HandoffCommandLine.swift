import HandoffCore

/// What `handoff` understands on its command line, in one place: the commands, the options every
/// command takes, and the version. `--help`, shell completion and the manual page are all made
/// from it, so none of them can tell a different story.
public enum HandoffCommandLine {
    public static let version = "0.1.0"
    /// When this version was made, as the manual page states it.
    static let releaseDate = "2026-12-07"

    static let commands: [HandoffCommand.Type] = [
        BoardCommand.self, DemoCommand.self, InitCommand.self, SnapshotCommand.self, MoveCommand.self, InboxCommand.self,
        AcceptCommand.self,
        RejectCommand.self, WonCommand.self, LostCommand.self, NoteCommand.self, UndoCommand.self, RedoCommand.self, FeedbackCommand.self,
        LogCommand.self, InsightCommand.self, ContentCommand.self, MemberCommand.self, StageCommand.self, KPICommand.self,
        ReportCommand.self,
        MeetingCommand.self, ScoringCommand.self, AccountsCommand.self, FollowUpCommand.self, SatisfactionCommand.self, ReferCommand.self,
        ImportCommand.self, ExportCommand.self, GenerateCommand.self, CheckCommand.self, BackupCommand.self, RestoreCommand.self,
        CopyCommand.self, WatchCommand.self, CompletionCommand.self,
        ManualCommand.self, SettingsCommand.self,
    ]

    static let globalOptions = [
        OptionSpec("--db", value: "PATH", Message(.boardsDatabaseFile)),
        OptionSpec("--as", value: "LOGIN", Message(.actAsThisMember)),
        OptionSpec("--read-only", Message(.openWithoutWritingAnything)),
        OptionSpec(
            "--theme", value: "NAME|PATH",
            Message(.colourThemeDefaultLight)),
        OptionSpec("--lang", value: "en|es", Message(.languageOfTheBoard)),
        OptionSpec("--ascii", Message(.drawBordersAndSymbols)),
        OptionSpec("--mouse", Message(.clickToSelectCards)),
    ]

    public static func parser(strings: Strings) -> CommandLineParser {
        CommandLineParser(
            program: "handoff", defaultCommand: "board", commands: commands.map { $0.spec }, globalOptions: globalOptions, strings: strings)
    }
}
