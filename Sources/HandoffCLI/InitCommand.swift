import Foundation
import HandoffCore
import HandoffStore

/// `handoff init`: creates an empty board with the default pipeline, private to its owner, or
/// shared with a group for a team on one host.
enum InitCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "init", summary: Message(.createAnEmptyBoard),
        options: [
            OptionSpec("--shared-group", value: "GROUP", Message(.shareTheBoardWith))
        ],
        details: Message(.newBoardIsReadable))

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
            let leads: Message = count == 1 ? Message(.oneLead) : Message(.leads, "\(integer: count)")
            context.say(
                group == nil
                    ? Message(.boardAlreadyExistsAt, "\(path)", "\(leads)")
                    : Message(.boardAlreadyExistsAtIt, "\(path)", "\(leads)", "\(groupName)"))
        } else {
            context.say(
                group == nil
                    ? Message(.createdAnEmptyBoard, "\(path)")
                    : Message(.createdAnEmptyBoardAt, "\(path)", "\(groupName)"))
            context.say(
                Message(.nextHandoffImportFILE, "\(path)")
            )
        }
        if let group, let advice = BoardFiles.sharedFolderAdvice(for: path, group: group) {
            context.sayError(Message(.warning, "\(advice)"))
        }
        return 0
    }

    /// On a server the database exists already (its administrator made it); init creates the
    /// board's schema in it, owned by the role that runs init.
    private static func initOnServer(_ path: String, context: CommandContext) throws -> Int32 {
        if context.parsed.value("--shared-group") != nil {
            throw HandoffError.invalidInput(
                Message(.sharedGroupSharesA))
        }
        let store = try Store(path: path)
        if store.createdSchema {
            context.say(Message(.createdAnEmptyBoardIn, "\(store.displayName)", "\(store.sessionLogin ?? "")"))
            context.say(
                Message(.nextHandoffCopyTo, "\(path)")
            )
        } else {
            let count = try store.leadCount()
            let leads: Message = count == 1 ? Message(.oneLead) : Message(.leads, "\(integer: count)")
            context.say(Message(.boardAlreadyExistsIn, "\(store.displayName)", "\(leads)"))
        }
        return 0
    }
}
