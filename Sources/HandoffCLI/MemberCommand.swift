import Foundation
import HandoffCore
import HandoffStore

/// `handoff member add|list|remove`: the team. Once a board has members, only a team with
/// `manage_members` (admins) may add, change or remove them; the first member must be an admin
/// and the last admin stays.
enum MemberCommand: HandoffCommand {
    static let spec = CommandSpec(
        name: "member", summary: Message(.addOrRemoveA),
        arguments: ["add|list|remove", "LOGIN"], optionalArguments: 1,
        options: [
            OptionSpec("--name", value: "NAME", Message(.addTheNamePeople)),
            OptionSpec(
                "--team", value: "TEAM", choices: ["marketing", "sales", "success", "admin", "viewer"],
                Message(.addMarketingSalesSuccess)),
            OptionSpec("--json", Message(.listPrintJSONInstead)),
        ],
        details: Message(.handoffMemberAddLOGIN))

    static func run(_ context: CommandContext) throws -> Int32 {
        switch context.parsed.arguments[0] {
        case "add": return try add(context)
        case "list": return try list(context)
        case "remove": return try remove(context)
        default:
            throw UsageError(Message(.unknownActionUseAdd, "\(TerminalText.sanitize(context.parsed.arguments[0]))"), usage: "")
        }
    }

    static func add(_ context: CommandContext) throws -> Int32 {
        guard context.parsed.arguments.count == 2 else { throw UsageError(Message(.memberAddNeedsLOGIN), usage: "") }
        guard let team = context.parsed.value("--team") else {
            throw UsageError(Message(.memberAddNeedsTeam), usage: "")
        }
        let login = context.parsed.arguments[1]
        if team == "viewer" {
            let store = try context.openStore()
            try store.addViewer(login: login, actor: try context.actor(in: store))
            context.say(Message(.addedAsAViewer, "\(TerminalText.sanitize(login))"))
            return 0
        }
        guard let name = context.parsed.value("--name") else { throw UsageError(Message(.memberAddNeedsName), usage: "") }
        let store = try context.openStore()
        let existing = try store.member(login: login)
        try store.addMember(Member(login: login, name: name, team: team), actor: try context.actor(in: store))
        let who = "\(TerminalText.sanitize(login)) (\(TerminalText.sanitize(name)), \(team))"
        context.say(existing == nil ? Message(.added, "\(who)") : Message(.updated, "\(who)"))
        return 0
    }

    static func remove(_ context: CommandContext) throws -> Int32 {
        guard context.parsed.arguments.count == 2 else { throw UsageError(Message(.memberRemoveNeedsLOGIN), usage: "") }
        let store = try context.openStore()
        let login = context.parsed.arguments[1]
        if try store.member(login: login) == nil, try store.viewers().contains(login) {
            try store.removeViewer(login: login, actor: try context.actor(in: store))
            context.say(Message(.removedAViewerThey, "\(login)"))
            return 0
        }
        let removal = try store.removeMember(login: login, actor: try context.actor(in: store))
        let member = removal.member
        context.say(Message(.removedTheirPastChanges, "\(login)", "\(member.name)", "\(member.team)"))
        let rules = removal.routingRules
        if rules > 0 {
            context.say(
                rules == 1
                    ? Message(.deleted1RoutingRule)
                    : Message(.deletedRoutingRulesThat, "\(integer: rules)"))
        }
        if !removal.campaigns.isEmpty { context.say(Message(.campaignsNowWithoutAn, "\(removal.campaigns.joined(separator: ", "))")) }
        let leads = removal.openLeads
        if leads > 0 {
            context.say(
                leads == 1
                    ? Message(.oneOpenLeadIs, "\(login)", "\(login)")
                    : Message(.openLeadsAreStill, "\(integer: leads)", "\(login)", "\(login)")
            )
        }
        return 0
    }

    static func list(_ context: CommandContext) throws -> Int32 {
        guard context.parsed.arguments.count == 1 else { throw UsageError(Message(.memberListTakesNo), usage: "") }
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
            context.say(Message(.thisBoardHasNo))
            context.say(Message(.toShareItAdd))
            return 0
        }
        let strings = context.strings
        context.print(row([strings(Message(.login)), strings(Message(.name)), strings(Message(.team))]))
        for member in members { context.print(row([member.login, member.name, member.team])) }
        for viewer in viewers { context.print(row([viewer, "", strings(Message(.viewer))])) }
        context.say(Message.empty)
        context.say(Message(.whatEachTeamMay))
        for team in teams {
            let abilities = (permissions.grants[team] ?? []).sorted()
            context.print(
                TerminalText.fit(team, to: 10) + "  "
                    + TerminalText.sanitize(abilities.isEmpty ? strings(Message(.nothingReadOnly)) : abilities.joined(separator: ", ")))
        }
        return 0
    }

    private static func row(_ cells: [String]) -> String {
        zip(cells, [12, 30, 10]).map { TerminalText.fit(TerminalText.sanitize($0), to: $1) }.joined(separator: " ").trimmingCharacters(
            in: .whitespaces)
    }
}
