import Foundation
import HandoffCore
import HandoffStore

/// `handoff init`: creates an empty board with the default pipeline, private to its owner, or
/// shared with a group for a team on one host.
enum InitCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "init", summary: "Create an empty board with the default pipeline, then exit.",
        options: [
            OptionSpec("--shared-group", value: "GROUP", "share the board with this group (mode 0660) instead of keeping it private (0600)")
        ],
        details: """
            A new board is readable by its owner only (mode 0600). With --shared-group, the board and the files SQLite
            keeps beside it (-wal, -shm) get mode 0660 and that group, so every member of the group can open it; a
            missing folder is created group-owned and setgid (2770). On an existing board you own, --shared-group
            shares it.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        let path = context.databasePath
        if DatabaseEngine.isServerAddress(path) { return try initOnServer(path, context: context) }
        let existed = FileManager.default.fileExists(atPath: path)
        let group = try context.parsed.value("--shared-group").map(BoardFiles.groupID(named:))
        let store = try Store(path: path, sharedGroup: group)
        let groupName = context.parsed.value("--shared-group") ?? ""
        if let group, existed { try BoardFiles.share(path, group: group) }
        if existed {
            let count = try store.leadCount()
            let leads: Message = count == 1 ? "1 lead" : "\(integer: count) leads"
            context.say(
                group == nil
                    ? "A board already exists at \(path) (\(leads)); nothing changed."
                    : "A board already exists at \(path) (\(leads)); it is now shared with the group \(groupName).")
        } else {
            context.say(
                group == nil
                    ? "Created an empty board at \(path) (mode 0600: only you can open it)."
                    : "Created an empty board at \(path) (mode 0660, group \(groupName)).")
            context.say(
                "Next: `handoff import FILE --db \(path)`, or try `handoff demo`. Add your team with `handoff member add LOGIN --name NAME --team admin` (first an admin)."
            )
        }
        if let group, let advice = BoardFiles.sharedFolderAdvice(for: path, group: group) {
            context.sayError("warning: \(advice)")
        }
        return 0
    }

    /// On a server the database exists already (its administrator made it); init creates the
    /// board's schema in it, owned by the role that runs init.
    private static func initOnServer(_ path: String, context: CommandContext) throws -> Int32 {
        if context.parsed.value("--shared-group") != nil {
            throw HandoffError.invalidInput(
                "--shared-group shares a board file; on a server, members are the server's roles: add them with `handoff member add`")
        }
        let store = try Store(path: path)
        if store.createdSchema {
            context.say("Created an empty board in \(store.displayName) (schema owned by \(store.sessionLogin ?? "")).")
            context.say(
                "Next: `handoff copy --to \(path)` to bring a board in, or add your team with `handoff member add LOGIN --name NAME --team admin` (first an admin)."
            )
        } else {
            let count = try store.leadCount()
            let leads: Message = count == 1 ? "1 lead" : "\(integer: count) leads"
            context.say("A board already exists in \(store.displayName) (\(leads)); nothing changed.")
        }
        return 0
    }
}
