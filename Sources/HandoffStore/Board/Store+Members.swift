import HandoffCore

extension Store {
    public func member(login: String) throws -> Member? {
        let statement = try connection.prepare("SELECT login, name, team FROM members WHERE login = ?")
        return try statement.rows([.text(login)]) { Member(login: $0.string(0), name: $0.string(1), team: $0.string(2)) }.first
    }

    /// Everyone on the board, or one team, by login.
    public func members(team: String? = nil) throws -> [Member] {
        if let team {
            let statement = try connection.prepare("SELECT login, name, team FROM members WHERE team = ? ORDER BY login")
            return try statement.rows([.text(team)]) { Member(login: $0.string(0), name: $0.string(1), team: $0.string(2)) }
        }
        let statement = try connection.prepare("SELECT login, name, team FROM members ORDER BY login")
        return try statement.rows([]) { Member(login: $0.string(0), name: $0.string(1), team: $0.string(2)) }
    }

    /// A member's display name (also of one since removed), else the login itself: what people
    /// read in messages.
    public func displayName(login: String) throws -> String {
        try member(login: login)?.name ?? formerName(login: login) ?? login
    }

    /// Adds a member, or renames or moves one to another team. Needs `manage_members` once the
    /// board has members; the first member must be an admin, so that someone can add the others
    /// (a board whose members are all in sales would lock everyone out of managing it).
    public func addMember(_ member: Member, actor: String, now: Int64 = Timestamp.now()) throws {
        if readOnly { throw Store.readOnlyRefusal }
        let login = member.login.trimmingCharacters(in: .whitespaces)
        let name = member.name.trimmingCharacters(in: .whitespaces)
        guard Store.isValidLogin(login) else {
            throw HandoffError.invalidInput(
                Message(.loginIs1To, "\(TerminalText.sanitize(login))"))
        }
        guard !name.isEmpty, name.count <= 200 else {
            throw HandoffError.invalidInput(Message(.nameAMemberNeeds))
        }
        guard Permissions.teams.contains(member.team) else {
            throw HandoffError.invalidInput(
                Message(.teamMustBeNot, "\(Permissions.teams.joined(separator: ", "))", "\(TerminalText.sanitize(member.team))"))
        }
        try connection.transaction {
            if try hasMembers() {
                try require(.manageMembers, actor: actor)
                if let current = try self.member(login: login), current.team == "admin", member.team != "admin",
                    try members(team: "admin").count == 1
                {
                    throw HandoffError.invalidInput(
                        Message(.isTheBoardsOnly, "\(login)"))
                }
            } else if member.team != "admin" {
                throw HandoffError.invalidInput(
                    Message(.firstMemberOfA, "\(TerminalText.sanitize(actor))")
                )
            }
            let before = try self.member(login: login)
            try insertMember(Member(login: login, name: name, team: member.team))
            try enrol(login, team: member.team)
            try appendBoardEvent(
                kind: before == nil ? BoardEvent.Kind.memberAdded : BoardEvent.Kind.memberChanged, subject: login,
                detail: "\(name), \(member.team)", actor: actor, at: now)
        }
    }

    /// Takes `login` off the board. The last admin stays (someone must manage members); what
    /// pointed at the member is let go in the same transaction: routing rules that sent them
    /// handoffs, and the ownership of their campaigns. Their leads keep the login as owner and
    /// their events keep it as actor; `former_members` keeps the name those events are read with.
    @discardableResult
    public func removeMember(login: String, actor: String, now: Int64 = Timestamp.now()) throws -> MemberRemoval {
        if readOnly { throw Store.readOnlyRefusal }
        return try connection.transaction {
            try require(.manageMembers, actor: actor)
            guard let member = try self.member(login: login) else {
                let logins = try members().map(\.login).joined(separator: ", ")
                throw HandoffError.invalidInput(
                    Message(.isNotAMemberOfThisBoard, "\(TerminalText.sanitize(login))", "\(logins.isEmpty ? "none" : logins)"))
            }
            if member.team == "admin", try members(team: "admin").count == 1 {
                throw HandoffError.invalidInput(
                    Message(.isTheBoardsOnlyAdmin, "\(login)")
                )
            }
            let who: [DatabaseValue] = [.text(login)]
            let removal = MemberRemoval(
                member: member,
                routingRules: try connection.prepare("SELECT count(*) FROM routing_rules WHERE assignee = ?").rows(who) { $0.int(0) }.first
                    ?? 0,
                campaigns: try connection.prepare("SELECT id FROM campaigns WHERE owner = ? ORDER BY id").rows(who) { $0.string(0) },
                openLeads: try connection.prepare(
                    "SELECT count(*) FROM leads WHERE owner = ? AND stage IN (SELECT id FROM stages WHERE side <> 'outcome')"
                )
                .rows(who) { $0.int(0) }.first ?? 0)
            try connection.prepare("DELETE FROM routing_rules WHERE assignee = ?").run(.text(login))
            try connection.prepare("UPDATE campaigns SET owner = NULL WHERE owner = ?").run(.text(login))
            try connection.prepare("DELETE FROM members WHERE login = ?").run(.text(login))
            try enrol(login, team: nil)
            try connection.prepare(
                """
                INSERT INTO former_members(login, name, team, removed_at, removed_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(login) DO UPDATE SET name = excluded.name, team = excluded.team, removed_at = excluded.removed_at, removed_by = excluded.removed_by
                """
            ).run(.text(login), .text(member.name), .text(member.team), .integer(now), .text(actor))
            try appendBoardEvent(kind: BoardEvent.Kind.memberRemoved, subject: login, detail: removal.summary, actor: actor, at: now)
            return removal
        }
    }

    /// On a server, the meeting-room screen's login: a role in the read-only `handoff_viewer`,
    /// which reads every view and writes nothing. A viewer is not a member: it acts on no lead,
    /// so it has no team on the board, and a member who becomes one is removed first.
    public func addViewer(login: String, actor: String, now: Int64 = Timestamp.now()) throws {
        if readOnly { throw Store.readOnlyRefusal }
        guard engine == .postgres else {
            throw HandoffError.invalidInput(
                Message(.viewerIsARole))
        }
        guard Store.isValidLogin(login) else {
            throw HandoffError.invalidInput(
                Message(.loginIs1To, "\(TerminalText.sanitize(login))"))
        }
        try connection.transaction {
            try require(.manageMembers, actor: actor)
            if let member = try self.member(login: login) {
                throw HandoffError.invalidInput(
                    Message(.isAMemberOf, "\(login)", "\(member.team)", "\(login)")
                )
            }
            try enrol(login, team: "viewer")
            try appendBoardEvent(kind: BoardEvent.Kind.viewerAdded, subject: login, detail: "viewer", actor: actor, at: now)
        }
    }

    /// Takes the viewer's role back from `login`.
    public func removeViewer(login: String, actor: String, now: Int64 = Timestamp.now()) throws {
        if readOnly { throw Store.readOnlyRefusal }
        try connection.transaction {
            try require(.manageMembers, actor: actor)
            guard try viewers().contains(login) else {
                throw HandoffError.invalidInput(Message(.isNotAViewer, "\(TerminalText.sanitize(login))"))
            }
            try enrol(login, team: nil)
            try appendBoardEvent(kind: BoardEvent.Kind.viewerRemoved, subject: login, detail: "viewer", actor: actor, at: now)
        }
    }

    /// The logins in `handoff_viewer` (none on a file). Direct grants only: a superuser counts
    /// as a member of every role, and is no viewer.
    public func viewers() throws -> [String] {
        guard engine == .postgres else { return [] }
        return try connection.prepare(
            """
            SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
            WHERE g.rolname = 'handoff_viewer' ORDER BY m.rolname
            """
        ).rows([]) { $0.string(0) }
    }

    /// On a server, a member is a role: `login`'s role (made when missing) joins the team's group
    /// role, or leaves them all (`team` nil). The server refuses someone who may not add members.
    func enrol(_ login: String, team: String?) throws {
        guard engine == .postgres else { return }
        _ = try connection.scalar("SELECT 1 FROM (SELECT handoff_enrol(?, ?)) AS enrolled", .text(login), DatabaseValue(team))
    }

    /// The row alone, for loaders that fill a new board in one transaction.
    func insertMember(_ member: Member) throws {
        try connection.prepare(
            "INSERT INTO members(login, name, team) VALUES (?, ?, ?) ON CONFLICT(login) DO UPDATE SET name = excluded.name, team = excluded.team"
        )
        .run(.text(member.login), .text(member.name), .text(member.team))
    }

    static func isValidLogin(_ login: String) -> Bool {
        !login.isEmpty && login.count <= 64
            && login.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic && $0.value < 0x80) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
            }
    }

    /// Campaign ids, for checking what people type. Campaigns are few (one per marketing push).
    public func campaignIDs() throws -> [String] {
        try connection.prepare("SELECT id FROM campaigns ORDER BY id").rows([]) { $0.string(0) }
    }

    /// The board's currency code (`settings.currency`), shown wherever an amount is asked for.
    public func currency() throws -> String {
        try setting("currency") ?? "EUR"
    }

    func setting(_ key: String) throws -> String? {
        try connection.prepare("SELECT value FROM settings WHERE key = ?").rows([.text(key)]) { $0.string(0) }.first
    }

    func setSetting(_ key: String, _ value: String) throws {
        try connection.prepare("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .run(.text(key), .text(value))
    }
}
