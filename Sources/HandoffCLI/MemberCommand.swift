import Foundation
import HandoffCore
import HandoffStore

/// `handoff member add|list|remove`: the team. Once a board has members, only a team with
/// `manage_members` (admins) may add, change or remove them; the first member must be an admin
/// and the last admin stays.
enum MemberCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "member", summary: "Add or remove a member (admins), or list the members and what each team may do.",
        arguments: ["add|list|remove", "LOGIN"], optionalArguments: 1,
        options: [
            OptionSpec("--name", value: "NAME", "add: the name people see"),
            OptionSpec(
                "--team", value: "TEAM", choices: ["marketing", "sales", "success", "admin", "viewer"],
                "add: marketing, sales, success or admin; on a server also viewer (reads, never writes)"),
            OptionSpec("--json", "list: print JSON instead of tables"),
        ],
        details: """
            handoff member add LOGIN --name NAME --team marketing|sales|success|admin   (again to rename or change team)
            handoff member list
            handoff member remove LOGIN   (not the last admin; their past events keep their name)
            handoff member add LOGIN --team viewer   (on a server: the meeting room's screen, which reads and never writes)
            LOGIN is the person's login on this machine ($USER). A board without members is personal: whoever
            opens it may do everything. The first member must be an admin, who then adds the others.
            """)

    static func run(_ context: CommandContext) throws -> Int32 {
        switch context.parsed.arguments[0] {
        case "add": return try add(context)
        case "list": return try list(context)
        case "remove": return try remove(context)
        default:
            throw UsageError("unknown action '\(TerminalText.sanitize(context.parsed.arguments[0]))'; use add, list or remove", usage: "")
        }
    }

    static func add(_ context: CommandContext) throws -> Int32 {
        guard context.parsed.arguments.count == 2 else { throw UsageError("'member add' needs LOGIN", usage: "") }
        guard let team = context.parsed.value("--team") else {
            throw UsageError("'member add' needs --team marketing|sales|success|admin", usage: "")
        }
        let login = context.parsed.arguments[1]
        if team == "viewer" {
            let store = try context.openStore()
            try store.addViewer(login: login, actor: try context.actor(in: store))
            context.say("Added \(TerminalText.sanitize(login)) as a viewer: they read every view and write nothing.")
            return 0
        }
        guard let name = context.parsed.value("--name") else { throw UsageError("'member add' needs --name NAME", usage: "") }
        let store = try context.openStore()
        let existing = try store.member(login: login)
        try store.addMember(Member(login: login, name: name, team: team), actor: try context.actor(in: store))
        let who = "\(TerminalText.sanitize(login)) (\(TerminalText.sanitize(name)), \(team))"
        context.say(existing == nil ? "Added \(who)." : "Updated \(who).")
        return 0
    }

    static func remove(_ context: CommandContext) throws -> Int32 {
        guard context.parsed.arguments.count == 2 else { throw UsageError("'member remove' needs LOGIN", usage: "") }
        let store = try context.openStore()
        let login = context.parsed.arguments[1]
        if try store.member(login: login) == nil, try store.viewers().contains(login) {
            try store.removeViewer(login: login, actor: try context.actor(in: store))
            context.say("Removed \(login), a viewer: they can no longer read the board.")
            return 0
        }
        let removal = try store.removeMember(login: login, actor: try context.actor(in: store))
        let member = removal.member
        context.say("Removed \(login) (\(member.name), \(member.team)). Their past changes keep their name in the log.")
        let rules = removal.routingRules
        if rules > 0 {
            context.say(
                rules == 1
                    ? "Deleted 1 routing rule that sent them handoffs; those now go round robin."
                    : "Deleted \(integer: rules) routing rules that sent them handoffs; those now go round robin.")
        }
        if !removal.campaigns.isEmpty { context.say("Campaigns now without an owner: \(removal.campaigns.joined(separator: ", ")).") }
        let leads = removal.openLeads
        if leads > 0 {
            context.say(
                leads == 1
                    ? "1 open lead is still owned by \(login); find it with handoff inbox or the board's filter (/owner:\(login)) and give it to someone."
                    : "\(integer: leads) open leads are still owned by \(login); find them with handoff inbox or the board's filter (/owner:\(login)) and give them to someone."
            )
        }
        return 0
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        guard context.parsed.arguments.count == 1 else { throw UsageError("'member list' takes no LOGIN", usage: "") }
        let store = try context.openStore(readOnly: true)
        let members = try store.members()
        let permissions = try store.permissions()
        let viewers = try store.viewers()
        let teams = Permissions.teams + permissions.grants.keys.filter { !Permissions.teams.contains($0) }.sorted()
        if context.parsed.has("--json") {
            let object: [String: Any] = [
                "members": members.map { ["login": $0.login, "name": $0.name, "team": $0.team] },
                "permissions": Dictionary(uniqueKeysWithValues: teams.map { ($0, (permissions.grants[$0] ?? []).sorted()) }),
                "viewers": viewers,
            ]
            try context.printJSON(object)
            return 0
        }
        if members.isEmpty {
            context.say("This board has no members: it is personal, and whoever opens it may do everything.")
            context.say("To share it, add the first member, an admin: handoff member add LOGIN --name NAME --team admin")
            return 0
        }
        let strings = context.strings
        context.print(row([strings("LOGIN"), strings("NAME"), strings("TEAM")]))
        for member in members { context.print(row([member.login, member.name, member.team])) }
        for viewer in viewers { context.print(row([viewer, "", strings("viewer")])) }
        context.say("")
        context.say("What each team may do (table permissions; * is everything):")
        for team in teams {
            let abilities = (permissions.grants[team] ?? []).sorted()
            context.print(
                TerminalText.fit(team, to: 10) + "  "
                    + TerminalText.sanitize(abilities.isEmpty ? strings("(nothing: read only)") : abilities.joined(separator: ", ")))
        }
        return 0
    }

    private static func row(_ cells: [String]) -> String {
        zip(cells, [12, 30, 10]).map { TerminalText.fit(TerminalText.sanitize($0), to: $1) }.joined(separator: " ").trimmingCharacters(
            in: .whitespaces)
    }
}
