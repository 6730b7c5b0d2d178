import Foundation
import HandoffCore
import HandoffStore

/// `handoff init`: creates an empty board with the default pipeline.
enum InitCommand: HandoffCommand {
    static let spec = CommandSpec(name: "init", summary: "Create an empty board with the default pipeline, then exit.")

    static func run(_ context: CommandContext) throws -> Int32 {
        let path = context.databasePath
        let existed = FileManager.default.fileExists(atPath: path)
        let store = try context.openStore()
        if existed {
            context.print("A board already exists at \(path) (\(try store.leadCount()) leads); nothing changed.")
        } else {
            context.print("Created an empty board at \(path).\nNext: `handoff import FILE --db \(path)`, or try `handoff demo`.")
        }
        return 0
    }
}
