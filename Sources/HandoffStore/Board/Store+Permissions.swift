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
        let (permissions, member) = try access(of: actor)
        guard permissions.hasMembers else { return }
        if let refusal = permissions.refusal(ability, login: actor, member: member, doing: doing) {
            throw HandoffError.notPermitted(refusal)
        }
    }

    /// What `permissions()`, `hasMembers()` and `member(login:)` read, in one statement: every
    /// write asks all three, and on a server each statement is a round trip on the way from a key
    /// to the screen. Read afresh each time, inside the write's transaction, so a grant or a
    /// member changed a moment ago by anyone counts at once.
    func access(of actor: String) throws -> (permissions: Permissions, member: Member?) {
        let rows = try connection.prepare(
            """
            SELECT 0, team, ability, '' FROM permissions
            UNION ALL SELECT 1, login, name, team FROM members WHERE login = ?
            UNION ALL SELECT 2, '', '', '' WHERE EXISTS (SELECT 1 FROM members)
            """
        ).rows([.text(actor)]) { (kind: $0.int(0), $0.string(1), $0.string(2), $0.string(3)) }
        var grants: [String: Set<String>] = [:]
        var member: Member?
        var hasMembers = false
        for row in rows {
            switch row.kind {
            case 0: grants[row.1, default: []].insert(row.2)
            case 1: member = Member(login: row.1, name: row.2, team: row.3)
            default: hasMembers = true
            }
        }
        return (Permissions(grants: grants, hasMembers: hasMembers), member)
    }

    static let readOnlyRefusal = HandoffError.notPermitted(Message(.thisBoardIsOpen))

    /// The check for one command of `apply`. The ability of a move or an edit depends on where
    /// the lead is now, read inside the same transaction that will change it. Undo and redo only
    /// revert the actor's own changes, so they need membership and nothing more.
    func authorize(_ command: Command, in context: WriteContext) throws {
        let lead = try command.leadID.flatMap { try self.lead(id: $0) }
        // The command reads the same row next (see `current`): nothing is written in between.
        context.checkedLead = lead
        if let ability = try Permissions.ability(for: command, lead: lead, pipeline: pipeline) {
            try require(ability, actor: context.actor, doing: Permissions.attempt(command, lead: lead, pipeline: pipeline))
        } else if command == .undo || command == .redo, try hasMembers(), try member(login: context.actor) == nil {
            throw HandoffError.notPermitted(Permissions.notAMember(context.actor))
        }
    }
}
