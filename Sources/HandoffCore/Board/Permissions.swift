/// Who may do what on one board: the rows of the `permissions` table by team, and whether the
/// board has members at all. A board without members is personal: whoever opens it may do
/// everything. The store enforces these on every write; the board uses the same value to refuse
/// a key at once instead of after a form has been filled in.
public struct Permissions: Sendable, Equatable {
    /// The team name in `permissions` that grants an ability to every member; for `act_as` it
    /// also covers people who are not members (the demo board lets anyone try every role).
    public static let everyone = "everyone"
    /// The teams of `members.team`, in the order refusals name them.
    public static let teams = ["marketing", "sales", "success", "admin"]

    /// Abilities by team, as stored (unknown names are kept and ignored).
    public var grants: [String: Set<String>]
    public var hasMembers: Bool

    public init(grants: [String: Set<String>] = [:], hasMembers: Bool = false) {
        self.grants = grants
        self.hasMembers = hasMembers
    }

    func grants(_ team: String, _ ability: Ability) -> Bool {
        let rows = grants[team] ?? []
        return rows.contains(ability.rawValue) || rows.contains(Ability.everything)
    }

    /// The teams that may do `ability`, members' teams first in their usual order.
    public func teams(allowedTo ability: Ability) -> [String] {
        let named = Permissions.teams + grants.keys.filter { !Permissions.teams.contains($0) && $0 != Permissions.everyone }.sorted()
        if grants(Permissions.everyone, ability) { return [Permissions.everyone] }
        return named.filter { grants($0, ability) }
    }

    public func allows(_ member: Member?, _ ability: Ability) -> Bool {
        guard hasMembers else { return true }
        guard let member else { return false }
        return grants(member.team, ability) || grants(Permissions.everyone, ability)
    }

    /// True when the `everyone` row grants `ability` (or the board is personal): then it holds
    /// for people who are not members too.
    public func allowsAnyone(_ ability: Ability) -> Bool {
        !hasMembers || grants(Permissions.everyone, ability)
    }

    /// Nil when `login` (`member`, nil for someone who is not on the board) may do `ability`;
    /// otherwise the refusal, saying who may. `doing` names what was tried when the ability's
    /// own words do not (a move, which several abilities cover).
    public func refusal(_ ability: Ability, login: String, member: Member?, doing: Message? = nil) -> Message? {
        if allows(member, ability) { return nil }
        guard let member else { return Permissions.notAMember(login) }
        let allowed = teams(allowedTo: ability)
        let who: Message =
            allowed.isEmpty
            ? Message(.noTeamMayAdd, "\(ability.rawValue)")
            : Message(.may, "\(Permissions.list(allowed))")
        return Message(.mayNotNothingWas, "\(member.name)", "\(member.login)", "\(member.team)", "\(doing ?? ability.phrase)", "\(who)")
    }

    /// Why someone who is not a member cannot write, and exactly how to be added.
    public static func notAMember(_ login: String) -> Message {
        Message(.isNotAMemberOf, "\(TerminalText.sanitize(login))", "\(howToJoin)")
    }

    /// The short form for the board's status line, shown when it opens.
    public static func joinHint(_ login: String) -> Message {
        let safe = TerminalText.sanitize(login)
        return
            Message(.readOnlyIsNot, "\(safe)", "\(safe)")
    }

    public static let howToJoin: Message =
        Message(.adminAddsMembersWith)

    /// `marketing`, `marketing and admin`, `marketing, sales and admin`.
    public static func list(_ names: [String]) -> Message {
        guard names.count > 1 else { return Message(verbatim: names.first ?? "") }
        return Message(.and, "\(names.dropLast().joined(separator: ", "))", "\(names[names.count - 1])")
    }

    /// What `command` tries, in words, when the ability's phrase would not say it: a move.
    public static func attempt(_ command: Command, lead: Lead?, pipeline: Pipeline) -> Message? {
        guard case let .move(_, toStage, _) = command, let lead, let from = pipeline.stage(lead.stage), let to = pipeline.stage(toStage)
        else { return nil }
        return Ability.phrase(forMoveFrom: from, to: to)
    }

    /// The ability a command needs, given the lead it is about (as it is now) and the pipeline.
    /// Undo and redo need none of their own: they revert the user's own changes, which were
    /// allowed when made. A batch is checked command by command.
    public static func ability(for command: Command, lead: Lead?, pipeline: Pipeline) throws(HandoffError) -> Ability? {
        switch command {
        case let .move(_, toStage, _):
            guard let lead else { return nil }
            return Ability.forMove(from: try pipeline.requireStage(lead.stage), to: try pipeline.requireStage(toStage))
        case .accept: return .accept
        case .reject: return .reject
        case .won, .lost: return .close
        case .note: return .note
        case .create: return .createLead
        case .edit:
            guard let lead else { return nil }
            return Ability.forEdit(in: try pipeline.requireStage(lead.stage))
        case .insight: return .addInsight
        case .contentSent: return .sendContent
        case .undo, .redo, .batch: return nil
        case .openDeal: return .openDeal
        case .refer:
            guard let lead else { return nil }
            return Ability.forEdit(in: try pipeline.requireStage(lead.stage))
        }
    }
}
