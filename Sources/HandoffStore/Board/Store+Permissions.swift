import HandoffCore

/// The one place permissions are enforced. `apply` authorizes every command (each command of a
/// batch) inside its transaction, after reading the lead as it is now, and the other write entry
/// points (`createLead`, `addMember`, loaders that other features add) call `require`. So the
/// keys, the command line and scripts obey the same rules, and a refusal writes nothing.
extension Store {
    /// The `permissions` table, and whether the board has members (without, it is personal).
    public func permissions() throws -> Permissions {
        var grants: [String: Set<String>] = [:]
        for (team, ability) in try connection.prepare("SELECT team, ability FROM permissions").rows([], { ($0.string(0), $0.string(1)) }) {
            grants[team, default: []].insert(ability)
        }
        return Permissions(grants: grants, hasMembers: try hasMembers())
    }

    public func hasMembers() throws -> Bool {
        try connection.scalar("SELECT EXISTS (SELECT 1 FROM members)") == 1
    }

    /// Refuses, saying who may, unless `actor` may do `ability` on this board; `doing` names
    /// what was tried when the ability's words would not.
    public func require(_ ability: Ability, actor: String, doing: Message? = nil) throws {
        if readOnly { throw Store.readOnlyRefusal }
        let permissions = try permissions()
        guard permissions.hasMembers else { return }
        if let refusal = permissions.refusal(ability, login: actor, member: try member(login: actor), doing: doing) {
            throw HandoffError.notPermitted(refusal)
        }
    }

    static let readOnlyRefusal = HandoffError.notPermitted("this board is open read-only; nothing was changed")

    /// The check for one command of `apply`. The ability of a move or an edit depends on where
    /// the lead is now, read inside the same transaction that will change it. Undo and redo only
    /// revert the actor's own changes, so they need membership and nothing more.
    func authorize(_ command: Command, in context: WriteContext) throws {
        let lead = try command.leadID.flatMap { try self.lead(id: $0) }
        if let ability = try Permissions.ability(for: command, lead: lead, pipeline: pipeline) {
            try require(ability, actor: context.actor, doing: Permissions.attempt(command, lead: lead, pipeline: pipeline))
        } else if command == .undo || command == .redo, try hasMembers(), try member(login: context.actor) == nil {
            throw HandoffError.notPermitted(Permissions.notAMember(context.actor))
        }
    }
}
