import Foundation
import HandoffCore
import HandoffStore

/// `handoff demo`: a board filled from `sample-data/`, to try everything without real data.
enum DemoCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "demo", summary: Message(.createOrResetA),
        options: [
            OptionSpec("--reset", Message(.replaceAnExistingDemo)),
            OptionSpec("--no-open", Message(.createTheDemoDatabase)),
        ],
        details: Message(.defaultDemoDatabaseXDG)
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let path = context.parsed.value("--db") ?? context.dataFolder + "/demo.db"
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        guard let folder = DemoLoader.locate(executable: executable, environment: context.environment) else {
            throw HandoffError.storage(
                Message(.cannotFindTheDemo))
        }
        if FileManager.default.fileExists(atPath: path) {
            if !context.parsed.has("--reset") {
                guard isatty(STDIN_FILENO) == 1 else {
                    throw HandoffError.invalidInput(Message(.demoDatabaseAlreadyExists, "\(path)"))
                }
                FileHandle.standardError.write(
                    Data(context.strings(Message(.demoDatabaseExistsAt, "\(path)")).utf8))
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                // A Spanish speaker answers "s" or "sí" to the Spanish question; "y" works in both.
                let yes: Set<String> = context.strings.language == .spanish ? ["y", "yes", "s", "si", "sí"] : ["y", "yes"]
                if !yes.contains(answer) {
                    if context.parsed.has("--no-open") { return 0 }
                    return try openDemo(path: path, context: context)
                }
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try Store(path: path)
        do {
            try DemoLoader(folder: folder).load(into: store)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
        context.sayError(Message(.demoBoardWithLeads, "\(integer: try store.leadCount())", "\(path)"))
        if context.parsed.has("--no-open") { return 0 }
        return try openDemo(store, context: context)
    }

    private static func openDemo(path: String, context: CommandContext) throws -> Int32 {
        try openDemo(try Store(path: path), context: context)
    }

    /// Someone who is not on the demo team (the team of `sample-data/members.csv`) tries it as its
    /// admin rather than read-only; `--as` picks any role.
    private static func openDemo(_ store: Store, context: CommandContext) throws -> Int32 {
        var actor: String?
        if context.parsed.value("--as") == nil, try store.member(login: context.osLogin) == nil,
            let admin = try store.members(team: "admin").first
        {
            // As with --as: the demo lets everyone act as another member, and records who really did.
            actor = try store.actingLogin(osLogin: context.osLogin, requested: admin.login)
            context.sayError(
                Message(.youAreNotOn, "\(admin.login)", "\(admin.name)"))
        }
        try BoardCommand.open(store, context: context, as: actor)
        return 0
    }
}
